use crate::context::Context;
use crate::document::Seg;

declare_rule! {
    /// ## What it does
    /// In a request that carries the signature v1 common parameters, warns about values the
    /// service would not treat as meant: a `Timestamp` or `Nonce` that is not a positive
    /// integer, a `SignatureMethod` other than HmacSHA256 or HmacSHA1, and a `Language`
    /// other than zh-CN or en-US. (Their types are checked by `invalid-type`; the values of
    /// SecretId, Signature and Token are never shown.)
    ///
    /// ## Why
    /// Any SignatureMethod other than HmacSHA256 is silently treated as HmacSHA1, so the
    /// signature fails to verify; Nonce and Timestamp protect against replay and must be
    /// positive.
    ///
    /// ## Example
    /// ```query invalid
    /// Action=CreateApi&SignatureMethod=HmacSHA512&ServiceId=service-ody35h5e&ServiceType=MOCK&ServiceTimeout=15&Protocol=HTTP&RequestConfig.Path=/test&RequestConfig.Method=GET&ServiceMockReturnMessage=mock
    /// ```
    /// ```query valid
    /// Action=CreateApi&SignatureMethod=HmacSHA256&Nonce=11886&Timestamp=1465185768&Language=en-US&ServiceId=service-ody35h5e&ServiceType=MOCK&ServiceTimeout=15&Protocol=HTTP&RequestConfig.Path=/test&RequestConfig.Method=GET&ServiceMockReturnMessage=mock
    /// ```
    ///
    /// ## Source
    /// Tencent Cloud common request parameters, signature v1 (tencent-apigw-facts.md §2).
    RULE {
        id: "common-parameter-value",
        severity: Warning,
        error_code: None,
        summary: "A common request parameter has a value the service will not use as meant",
    }
}

pub(crate) fn check(ctx: &mut Context<'_>) {
    for key in [key!("Timestamp"), key!("Nonce")] {
        let name = key.name();
        let Some(node) = ctx.get(key) else {
            continue;
        };
        if let Some(value) = node.as_i64().filter(|v| *v <= 0) {
            ctx.report(
                &RULE,
                node.span,
                &[Seg::Key(name)],
                format!("`{name}` is {value}, but it must be a positive integer"),
            );
        }
    }
    if let Some(node) = ctx.get(key!("SignatureMethod"))
        && let Some(method) = node.as_str().filter(|m| !matches!(*m, "HmacSHA256" | "HmacSHA1"))
    {
        ctx.report(
            &RULE,
            node.span,
            &[Seg::Key("SignatureMethod")],
            format!("`SignatureMethod` `{method}` is treated as HmacSHA1"),
        )
        .help("use `HmacSHA256` or `HmacSHA1`");
    }
    if let Some(node) = ctx.get(key!("Language"))
        && let Some(language) = node.as_str().filter(|l| !matches!(*l, "zh-CN" | "en-US"))
    {
        ctx.report(&RULE, node.span, &[Seg::Key("Language")], format!("`Language` `{language}` is not zh-CN or en-US"))
            .help("use `zh-CN` or `en-US`");
    }
}
