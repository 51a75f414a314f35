use crate::context::Context;
use crate::document::Seg;

declare_rule! {
    /// ## What it does
    /// Warns when two entries of `ResponseErrorCodes` have the same `Code`.
    ///
    /// ## Why
    /// A response code can have only one custom message and conversion; one of the two
    /// definitions cannot take effect.
    ///
    /// ## Decisions
    /// A warning: the service's handling of the duplicate is not documented.
    ///
    /// ## Example
    /// ```json invalid
    /// {"ServiceId": "service-ody35h5e", "ServiceType": "MOCK", "ServiceTimeout": 15,
    ///  "Protocol": "HTTP", "RequestConfig": {"Path": "/test", "Method": "GET"},
    ///  "ServiceMockReturnMessage": "mock",
    ///  "ResponseErrorCodes": [{"Code": 400, "Msg": "Invalid Format"},
    ///                         {"Code": 400, "Msg": "Bad Request"}]}
    /// ```
    /// ```json valid
    /// {"ServiceId": "service-ody35h5e", "ServiceType": "MOCK", "ServiceTimeout": 15,
    ///  "Protocol": "HTTP", "RequestConfig": {"Path": "/test", "Method": "GET"},
    ///  "ServiceMockReturnMessage": "mock",
    ///  "ResponseErrorCodes": [{"Code": 400, "Msg": "Invalid Format"},
    ///                         {"Code": 404, "Msg": "Not Found"}]}
    /// ```
    ///
    /// ## Source
    /// ResponseErrorCodeReq in the CreateApi data types (tencent-apigw-facts.md §5).
    RULE {
        id: "duplicate-response-error-code",
        severity: Warning,
        error_code: None,
        summary: "Two custom error codes have the same Code",
    }
}

pub(crate) fn check(ctx: &mut Context<'_>) {
    let Some(codes) = ctx.get(key!("ResponseErrorCodes")) else {
        return;
    };
    let mut seen: Vec<(i64, usize)> = Vec::new();
    for (index, entry) in codes.elements().iter().enumerate() {
        let Some(node) = entry.field(key!(RESPONSE_ERROR_CODE_REQ, "Code")) else {
            continue;
        };
        let Some(code) = node.as_i64() else {
            continue;
        };
        match seen.iter().find(|(c, _)| *c == code) {
            Some((_, first)) => {
                let first_span = codes
                    .elements()
                    .get(*first)
                    .and_then(|e| e.field(key!(RESPONSE_ERROR_CODE_REQ, "Code")))
                    .map(|n| n.span);
                ctx.report(
                    &RULE,
                    node.span,
                    &[Seg::Key("ResponseErrorCodes"), Seg::Index(index), Seg::Key("Code")],
                    format!("the custom error code {code} is defined twice"),
                )
                .help("keep one definition per code")
                .related(
                    first_span,
                    &[Seg::Key("ResponseErrorCodes"), Seg::Index(*first), Seg::Key("Code")],
                    "first defined here",
                );
            }
            None => seen.push((code, index)),
        }
    }
}
