use crate::context::Context;
use crate::document::{Node, Seg};

declare_rule! {
    /// ## What it does
    /// Reports a custom error code with `NeedConvert` true but no `ConvertedCode`.
    ///
    /// ## Why
    /// Converting a code needs the code to convert it to. Terraform refuses this before
    /// calling the API.
    ///
    /// ## Example
    /// ```json invalid
    /// {"ServiceId": "service-ody35h5e", "ServiceType": "MOCK", "ServiceTimeout": 15,
    ///  "Protocol": "HTTP", "RequestConfig": {"Path": "/test", "Method": "GET"},
    ///  "ServiceMockReturnMessage": "mock",
    ///  "ResponseErrorCodes": [{"Code": 400, "Msg": "Invalid Format", "NeedConvert": true}]}
    /// ```
    /// ```json valid
    /// {"ServiceId": "service-ody35h5e", "ServiceType": "MOCK", "ServiceTimeout": 15,
    ///  "Protocol": "HTTP", "RequestConfig": {"Path": "/test", "Method": "GET"},
    ///  "ServiceMockReturnMessage": "mock",
    ///  "ResponseErrorCodes": [{"Code": 400, "Msg": "Invalid Format", "NeedConvert": true,
    ///                          "ConvertedCode": 401}]}
    /// ```
    ///
    /// ## Source
    /// ResponseErrorCodeReq (tencent-apigw-facts.md §5); Terraform
    /// `tencentcloud_api_gateway_api` client-side check (§9).
    RULE {
        id: "need-convert-requires-converted-code",
        severity: Error,
        error_code: Some("MissingParameter"),
        summary: "NeedConvert without ConvertedCode",
    }
}

pub(crate) fn check(ctx: &mut Context<'_>) {
    let Some(codes) = ctx.get(key!("ResponseErrorCodes")) else {
        return;
    };
    for (index, entry) in codes.elements().iter().enumerate() {
        let Some(need_convert) =
            entry.field(key!(RESPONSE_ERROR_CODE_REQ, "NeedConvert")).filter(|n| n.as_bool() == Some(true))
        else {
            continue;
        };
        if entry.field(key!(RESPONSE_ERROR_CODE_REQ, "ConvertedCode")).is_some_and(Node::is_provided) {
            continue;
        }
        ctx.report(
            &RULE,
            need_convert.span,
            &[Seg::Key("ResponseErrorCodes"), Seg::Index(index), Seg::Key("ConvertedCode")],
            "`NeedConvert` is true but `ConvertedCode` is not given",
        )
        .help("add `ConvertedCode`, the code to return instead, or set `NeedConvert` to false");
    }
}
