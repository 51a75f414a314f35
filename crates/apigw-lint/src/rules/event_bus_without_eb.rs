use crate::context::Context;
use crate::rules::support::warn_ineffective;
use crate::schema::{FieldKey, request_key};

declare_rule! {
    /// ## What it does
    /// Warns when `EventBusId` is set while `ServiceType` is not EB.
    ///
    /// ## Why
    /// The event bus receives requests only for an EB (EventBridge) backend.
    ///
    /// ## Example
    /// ```json invalid
    /// {"ServiceId": "service-ody35h5e", "ServiceType": "MOCK", "ServiceTimeout": 15,
    ///  "Protocol": "HTTP", "RequestConfig": {"Path": "/test", "Method": "GET"},
    ///  "ServiceMockReturnMessage": "mock", "EventBusId": "eb-xsae3sdf"}
    /// ```
    /// ```json valid
    /// {"ServiceId": "service-ody35h5e", "ServiceType": "EB", "ServiceTimeout": 15,
    ///  "Protocol": "HTTP", "RequestConfig": {"Path": "/events", "Method": "POST"},
    ///  "EventBusId": "eb-xsae3sdf"}
    /// ```
    ///
    /// ## Source
    /// CreateApi reference (EventBusId) (tencent-apigw-facts.md §4).
    RULE {
        id: "event-bus-without-eb",
        severity: Warning,
        error_code: None,
        summary: "EventBusId on a backend that is not EB",
    }
}

const FIELDS: &[FieldKey] = &[request_key("EventBusId")];

pub(crate) fn check(ctx: &mut Context<'_>) {
    if ctx.service_type().is_some_and(|backend| backend != "EB") {
        warn_ineffective(ctx, &RULE, FIELDS, "it is used only when ServiceType is EB", "ServiceType");
    }
}
