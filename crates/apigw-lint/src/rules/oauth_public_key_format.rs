use crate::context::Context;
use crate::document::Seg;

declare_rule! {
    /// ## What it does
    /// Checks that `OauthConfig.PublicKey` is a well-formed public JWK (RFC 7517) written as
    /// a JSON string: an object with `kty` RSA (and `n`, `e`), EC (`crv`, `x`, `y`) or OKP
    /// (`crv`, `x`), whose key members are base64url.
    ///
    /// ## Why
    /// The gateway verifies tokens with this key; a PEM block, a key set (`{"keys": [...]}`),
    /// a truncated copy-paste or a missing member is refused with
    /// `InvalidParameterValue.InvalidPublicKey`.
    ///
    /// ## Decisions
    /// Only the JWK form is accepted, as every documented and tested configuration uses it.
    ///
    /// ## Example
    /// ```json invalid
    /// {"ServiceId": "service-ody35h5e", "ServiceType": "MOCK", "ServiceTimeout": 15,
    ///  "Protocol": "HTTP", "RequestConfig": {"Path": "/oauth", "Method": "GET"},
    ///  "ServiceMockReturnMessage": "token", "AuthType": "OAUTH", "ApiBusinessType": "OAUTH",
    ///  "OauthConfig": {"PublicKey": "{\"kty\":\"RSA\",\"e\":\"AQAB\"}",
    ///                  "TokenLocation": "method.req.header.authorization"}}
    /// ```
    /// ```json valid
    /// {"ServiceId": "service-ody35h5e", "ServiceType": "MOCK", "ServiceTimeout": 15,
    ///  "Protocol": "HTTP", "RequestConfig": {"Path": "/oauth", "Method": "GET"},
    ///  "ServiceMockReturnMessage": "token", "AuthType": "OAUTH", "ApiBusinessType": "OAUTH",
    ///  "OauthConfig": {"PublicKey": "{\"kty\":\"EC\",\"crv\":\"P-256\",\"x\":\"f83OJ3D2xF1Bg8vub9tLe1gHMzV76e8Tus9uPHvRVEU\",\"y\":\"x_FEzRu9m36HLN_tue659LNpXW6pCyStikYjKIWI5a0\"}",
    ///                  "TokenLocation": "method.req.header.cookie"}}
    /// ```
    ///
    /// ## Source
    /// CreateApi error codes: InvalidPublicKey; JWK examples in the
    /// serverless-components/tencent-apigateway docs and tests; RFC 7517, RFC 7518 §6.
    RULE {
        id: "oauth-public-key-format",
        severity: Error,
        error_code: Some("InvalidParameterValue.InvalidPublicKey"),
        summary: "OauthConfig.PublicKey is not a well-formed public JWK",
    }
}

pub(crate) fn check(ctx: &mut Context<'_>) {
    let Some(node) = ctx.get(key!("OauthConfig")).and_then(|c| c.field(key!(OAUTH_CONFIG, "PublicKey"))) else {
        return;
    };
    let Some(key) = node.as_str() else {
        return;
    };
    let Err((problem, help)) = check_jwk(key) else {
        return;
    };
    let span = node.span;
    ctx.report(
        &RULE,
        span,
        &[Seg::Key("OauthConfig"), Seg::Key("PublicKey")],
        format!("`OauthConfig.PublicKey` is not a well-formed JWK: {problem}"),
    )
    .help(help);
}

type Problem = (String, &'static str);

fn check_jwk(text: &str) -> Result<(), Problem> {
    const AS_JWK: &str =
        "give the public key as a JWK JSON string, e.g. {\"kty\":\"RSA\",\"e\":\"AQAB\",\"n\":\"...\"}";
    let trimmed = text.trim();
    if trimmed.starts_with("-----BEGIN") {
        return Err(("it is a PEM block".to_owned(), "convert the PEM key to a JWK (e.g. with `jose` or `pem-jwk`)"));
    }
    let value: serde_json::Value =
        serde_json::from_str(trimmed).map_err(|e| (format!("it is not JSON ({e})"), AS_JWK))?;
    let Some(object) = value.as_object() else {
        return Err(("it is not a JSON object".to_owned(), AS_JWK));
    };
    if object.contains_key("keys") && !object.contains_key("kty") {
        return Err((
            "it is a key set (`keys`), not a single key".to_owned(),
            "give one key of the set, the object inside `keys`",
        ));
    }
    let kty =
        object.get("kty").and_then(|k| k.as_str()).ok_or_else(|| ("it has no `kty` member".to_owned(), AS_JWK))?;
    let members: &[&str] = match kty {
        "RSA" => &["n", "e"],
        "EC" => &["crv", "x", "y"],
        "OKP" => &["crv", "x"],
        other => {
            return Err((
                format!("the key type `{other}` is not a public-key type"),
                "use an RSA, EC or OKP public key",
            ));
        }
    };
    for member in members {
        let Some(value) = object.get(*member).and_then(|v| v.as_str()) else {
            return Err((
                format!("{} {kty} key needs the string member `{member}`", if kty == "RSA" { "an" } else { "a" }),
                AS_JWK,
            ));
        };
        let is_base64url = !value.is_empty()
            && value.trim_end_matches('=').bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_');
        if *member != "crv" && !is_base64url {
            return Err((
                format!("the member `{member}` is not base64url"),
                "JWK key members are base64url without padding (RFC 7518 §6)",
            ));
        }
    }
    Ok(())
}
