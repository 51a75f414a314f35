use crate::context::Context;
use crate::document::{Member, Node};
use crate::schema::{MODIFY_API_ONLY, Struct};

declare_rule! {
    /// ## What it does
    /// Reports a key that CreateApi (or the nested structure it appears in) does not define,
    /// and says what was probably meant:
    /// - a close misspelling (`Postion`) gets "did you mean `Position`?" and, when there is
    ///   exactly one close name, a fix;
    /// - a parameter in the wrong letter case (`serviceId`, API 2.0's lower-camel style, or
    ///   `ServiceID`) gets the right spelling as a fix;
    /// - a ModifyApi-only parameter (ApiId, AuthRequired, TagSpecifications,
    ///   IsBase64Trigger, Base64EncodedTriggerRules) is named as such.
    ///
    /// ## Why
    /// API 3.0 refuses parameters an action does not define (`UnknownParameter`), and the Go
    /// SDK refuses unknown top-level keys before sending. A misspelt optional parameter is
    /// worse than an error when a lenient client drops it: the setting silently never applies.
    ///
    /// ## Example
    /// ```json invalid
    /// {"ServiceId": "service-ody35h5e", "ServiceType": "MOCK", "ServiceTimeout": 15,
    ///  "Protocol": "HTTP", "RequestConfig": {"Path": "/test", "Method": "GET"},
    ///  "ServiceMockReturnMessage": "mock",
    ///  "RequestParameters": [{"Name": "id", "Postion": "QUERY"}]}
    /// ```
    /// ```json valid
    /// {"ServiceId": "service-ody35h5e", "ServiceType": "MOCK", "ServiceTimeout": 15,
    ///  "Protocol": "HTTP", "RequestConfig": {"Path": "/test", "Method": "GET"},
    ///  "ServiceMockReturnMessage": "mock",
    ///  "RequestParameters": [{"Name": "id", "Position": "QUERY"}]}
    /// ```
    ///
    /// ## Source
    /// API 3.0 common error `UnknownParameter` (document 628/45245); Go SDK
    /// `CreateApiRequest.FromJsonString`; ModifyApi-only fields from the tccli api.json
    /// comparison; API 2.0 keys from the legacy docs (tencent-apigw-facts.md §2, §4, §8.7,
    /// §8.8). The `Postion` typo is shipped by a real deployer (cellbang/malagu).
    RULE {
        id: "unknown-parameter",
        severity: Error,
        error_code: Some("UnknownParameter"),
        summary: "A parameter that CreateApi does not define",
    }
}

pub(crate) fn check(ctx: &mut Context<'_>, object: Node<'_>, schema: &'static Struct) {
    for member in object.unknown_members() {
        check_member(ctx, member, schema);
    }
}

fn check_member(ctx: &mut Context<'_>, member: Member<'_>, schema: &'static Struct) {
    let format = ctx.format;
    let path = &member.value.path();
    let key: &str = member.key;
    let owner = if path.len() <= 1 { "CreateApi".to_owned() } else { format!("`{}`", schema.name) };
    let span = member.key_span;
    let text_span = member.key_text_span(format);
    let pascal = upper_first(key);
    if path.len() == 1 && (MODIFY_API_ONLY.contains(&key) || MODIFY_API_ONLY.contains(&pascal.as_str())) {
        let help = if key.eq_ignore_ascii_case("ApiId") {
            "the service assigns the API ID and returns it as `Result.ApiId`; remove it".to_owned()
        } else {
            format!("create the API first, then set `{pascal}` with ModifyApi")
        };
        ctx.report(&RULE, span, path, format!("`{key}` is a ModifyApi parameter; CreateApi does not take it"))
            .help(help);
        return;
    }
    if let Some(correct) = schema.fields.iter().find(|f| f.name.eq_ignore_ascii_case(key)) {
        let message = if key.starts_with(|c: char| c.is_ascii_lowercase()) {
            format!("`{key}` is an API 2.0 (legacy) key; API 3.0 (2018-08-08) names it `{}`", correct.name)
        } else {
            format!("`{key}` is not a parameter of {owner}; names are case-sensitive: `{}`", correct.name)
        };
        ctx.report(&RULE, span, path, message)
            .help(format!("rename it to `{}`", correct.name))
            .fix(format!("Rename to `{}`", correct.name), vec![(text_span, correct.name.to_owned())]);
        return;
    }
    if key.contains('.') && key.starts_with(|c: char| c.is_ascii_lowercase()) {
        ctx.report(&RULE, span, path, format!("`{key}` is an API 2.0 (legacy) flattened key"))
            .help("API 3.0 JSON bodies nest structures (`\"RequestConfig\": {\"Path\": ...}`) and name parameters in PascalCase");
        return;
    }
    let close = close_names(schema, key);
    match close.as_slice() {
        [only] => {
            ctx.report(&RULE, span, path, format!("`{key}` is not a parameter of {owner}; did you mean `{only}`?"))
                .help(format!("rename it to `{only}`"))
                .fix(format!("Rename to `{only}`"), vec![(text_span, (*only).to_owned())]);
        }
        [] => {
            ctx.report(&RULE, span, path, format!("`{key}` is not a parameter of {owner}"))
                .help("remove it: the service refuses parameters it does not define");
        }
        several => {
            let list = several.iter().map(|n| format!("`{n}`")).collect::<Vec<_>>().join(", ");
            ctx.report(&RULE, span, path, format!("`{key}` is not a parameter of {owner}"))
                .help(format!("did you mean one of {list}?"));
        }
    }
}

fn upper_first(key: &str) -> String {
    let mut chars = key.chars();
    chars.next().map(|first| first.to_ascii_uppercase().to_string() + chars.as_str()).unwrap_or_default()
}

/// The field names nearest to `key`: within an edit distance (with transpositions) of about
/// a quarter of its length, and only the nearest ones.
fn close_names(schema: &Struct, key: &str) -> Vec<&'static str> {
    let key = key.to_ascii_lowercase();
    let length = key.chars().count();
    let limit = (length / 4).clamp(1, 3);
    let scored: Vec<(usize, &'static str)> = schema
        .fields
        .iter()
        .filter(|f| f.name.len().abs_diff(length) <= limit)
        .map(|f| (strsim::osa_distance(&key, &f.name.to_ascii_lowercase()), f.name))
        .filter(|(distance, _)| *distance <= limit)
        .collect();
    let best = scored.iter().map(|(d, _)| *d).min();
    scored.into_iter().filter(|(d, _)| Some(*d) == best).map(|(_, name)| name).collect()
}
