use crate::context::Context;
use crate::document::Seg;

declare_rule! {
    /// ## What it does
    /// Reports a `ServiceTimeout` below 1 second.
    ///
    /// ## Why
    /// A backend timeout of zero or less seconds can never be met; out-of-range values are
    /// refused with `InvalidParameterValue.RangeExceeded`.
    ///
    /// ## Decisions
    /// No upper bound is checked: none is documented, and working tools send values up to
    /// 1800 (FaasJS's default).
    ///
    /// ## Example
    /// ```json invalid
    /// {"ServiceId": "service-ody35h5e", "ServiceType": "MOCK", "ServiceTimeout": 0,
    ///  "Protocol": "HTTP", "RequestConfig": {"Path": "/test", "Method": "GET"},
    ///  "ServiceMockReturnMessage": "mock"}
    /// ```
    /// ```json valid
    /// {"ServiceId": "service-ody35h5e", "ServiceType": "MOCK", "ServiceTimeout": 1800,
    ///  "Protocol": "HTTP", "RequestConfig": {"Path": "/test", "Method": "GET"},
    ///  "ServiceMockReturnMessage": "mock"}
    /// ```
    ///
    /// ## Source
    /// CreateApi reference (ServiceTimeout, seconds); error code RangeExceeded; values in
    /// practice (tencent-apigw-facts.md §8.4).
    RULE {
        id: "service-timeout-range",
        severity: Error,
        error_code: Some("InvalidParameterValue.RangeExceeded"),
        summary: "ServiceTimeout is below 1 second",
    }
}

pub(crate) fn check(ctx: &mut Context<'_>) {
    let Some(node) = ctx.get(key!("ServiceTimeout")) else {
        return;
    };
    if let Some(timeout) = node.as_i64().filter(|t| *t < 1) {
        ctx.report(
            &RULE,
            node.span,
            &[Seg::Key("ServiceTimeout")],
            format!("`ServiceTimeout` is {timeout}, but a backend timeout must be at least 1 second"),
        )
        .help("give the backend timeout in seconds, e.g. 15");
    }
}
