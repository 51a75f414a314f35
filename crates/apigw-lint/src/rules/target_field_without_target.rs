use crate::context::Context;
use crate::rules::support::warn_ineffective;
use crate::schema::{FieldKey, request_key};

declare_rule! {
    /// ## What it does
    /// Warns when `TargetServices`, `TargetServicesLoadBalanceConf` or
    /// `TargetServicesHealthCheckConf` is set while `ServiceType` is not TARGET.
    ///
    /// ## Why
    /// They describe the CVMs of a TARGET backend and are ignored for any other.
    ///
    /// ## Decisions
    /// `TargetServicesLoadBalanceConf` 0 is the documented example value and counts as set.
    ///
    /// ## Example
    /// ```json invalid
    /// {"ServiceId": "service-ody35h5e", "ServiceType": "MOCK", "ServiceTimeout": 15,
    ///  "Protocol": "HTTP", "RequestConfig": {"Path": "/test", "Method": "GET"},
    ///  "ServiceMockReturnMessage": "mock",
    ///  "TargetServices": [{"VmIp": "10.0.0.5", "VpcId": "vpc-ssaasd", "VmPort": 8080,
    ///                      "HostIp": "10.0.0.1"}]}
    /// ```
    /// ```json valid
    /// {"ServiceId": "service-ody35h5e", "ServiceType": "MOCK", "ServiceTimeout": 15,
    ///  "Protocol": "HTTP", "RequestConfig": {"Path": "/test", "Method": "GET"},
    ///  "ServiceMockReturnMessage": "mock", "TargetServices": []}
    /// ```
    ///
    /// ## Source
    /// CreateApi reference (TargetServices*, "target type backend") (tencent-apigw-facts.md §7).
    RULE {
        id: "target-field-without-target",
        severity: Warning,
        error_code: None,
        summary: "A TARGET backend parameter on a backend that is not TARGET",
    }
}

const FIELDS: &[FieldKey] = &[
    request_key("TargetServices"),
    request_key("TargetServicesLoadBalanceConf"),
    request_key("TargetServicesHealthCheckConf"),
];

pub(crate) fn check(ctx: &mut Context<'_>) {
    if ctx.service_type().is_some_and(|backend| backend != "TARGET") {
        warn_ineffective(ctx, &RULE, FIELDS, "it is used only when ServiceType is TARGET", "ServiceType");
    }
}
