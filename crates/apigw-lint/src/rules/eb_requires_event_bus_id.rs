use crate::context::Context;
use crate::rules::support::require_all;

declare_rule! {
    /// ## What it does
    /// Reports an EB (EventBridge) backend without `EventBusId`.
    ///
    /// ## Why
    /// An EB backend delivers requests to an event bus; EventBusId names it.
    ///
    /// ## Example
    /// ```json invalid
    /// {"ServiceId": "service-ody35h5e", "ServiceType": "EB", "ServiceTimeout": 15,
    ///  "Protocol": "HTTP", "RequestConfig": {"Path": "/events", "Method": "POST"}}
    /// ```
    /// ```json valid
    /// {"ServiceId": "service-ody35h5e", "ServiceType": "EB", "ServiceTimeout": 15,
    ///  "Protocol": "HTTP", "RequestConfig": {"Path": "/events", "Method": "POST"},
    ///  "EventBusId": "eb-xsae3sdf"}
    /// ```
    ///
    /// ## Source
    /// CreateApi reference (EventBusId); the EB backend type of the current Chinese spec
    /// (tencent-apigw-facts.md §4, §11 item 2).
    RULE {
        id: "eb-requires-event-bus-id",
        severity: Error,
        error_code: Some("MissingParameter"),
        summary: "An EB backend needs EventBusId",
    }
}

pub(crate) fn check(ctx: &mut Context<'_>) {
    if ctx.service_type() == Some("EB") {
        require_all(ctx, &RULE, &[], &["EventBusId"], "ServiceType", "when ServiceType is EB");
    }
}
