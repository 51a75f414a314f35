use crate::context::Context;
use crate::document::Seg;

declare_rule! {
    /// ## What it does
    /// Reports a `TokenTimeout` (EIAM token validity) below 1 second.
    ///
    /// ## Why
    /// A token valid for zero or fewer seconds is expired when issued; out-of-range values
    /// are refused with `InvalidParameterValue.RangeExceeded`.
    ///
    /// ## Decisions
    /// No upper bound is documented, so none is checked; the default is 7200.
    ///
    /// ## Example
    /// ```json invalid
    /// {"ServiceId": "service-ody35h5e", "ServiceType": "MOCK", "ServiceTimeout": 15,
    ///  "Protocol": "HTTP", "RequestConfig": {"Path": "/test", "Method": "GET"},
    ///  "ServiceMockReturnMessage": "mock", "TokenTimeout": -1}
    /// ```
    /// ```json valid
    /// {"ServiceId": "service-ody35h5e", "ServiceType": "MOCK", "ServiceTimeout": 15,
    ///  "Protocol": "HTTP", "RequestConfig": {"Path": "/test", "Method": "GET"},
    ///  "ServiceMockReturnMessage": "mock", "TokenTimeout": 7200}
    /// ```
    ///
    /// ## Source
    /// CreateApi reference (TokenTimeout: seconds, default 7200).
    RULE {
        id: "token-timeout-range",
        severity: Error,
        error_code: Some("InvalidParameterValue.RangeExceeded"),
        summary: "TokenTimeout is below 1 second",
    }
}

pub(crate) fn check(ctx: &mut Context<'_>) {
    let Some(node) = ctx.get(key!("TokenTimeout")) else {
        return;
    };
    if let Some(timeout) = node.as_i64().filter(|t| *t < 1) {
        ctx.report(
            &RULE,
            node.span,
            &[Seg::Key("TokenTimeout")],
            format!("`TokenTimeout` is {timeout}, but a token must be valid for at least 1 second"),
        )
        .help("give the token validity in seconds; the default is 7200");
    }
}
