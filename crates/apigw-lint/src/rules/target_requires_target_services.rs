use crate::context::Context;
use crate::rules::support::require_all;

declare_rule! {
    /// ## What it does
    /// Reports a TARGET backend without `TargetServices` (or with an empty list). Each
    /// target's VmIp, VpcId, VmPort and HostIp are checked by `missing-parameter`.
    ///
    /// ## Why
    /// A TARGET backend forwards to the CVMs listed in TargetServices; with none it has no
    /// backend. TargetServices can only be set at creation: ModifyApi does not take it.
    ///
    /// ## Example
    /// ```json invalid
    /// {"ServiceId": "service-ody35h5e", "ServiceType": "TARGET", "ServiceTimeout": 15,
    ///  "Protocol": "HTTP", "RequestConfig": {"Path": "/test", "Method": "GET"}}
    /// ```
    /// ```json valid
    /// {"ServiceId": "service-ody35h5e", "ServiceType": "TARGET", "ServiceTimeout": 15,
    ///  "Protocol": "HTTP", "RequestConfig": {"Path": "/test", "Method": "GET"},
    ///  "TargetServices": [{"VmIp": "10.0.0.5", "VpcId": "vpc-ssaasd", "VmPort": 8080,
    ///                      "HostIp": "10.0.0.1"}]}
    /// ```
    ///
    /// ## Source
    /// CreateApi reference (TargetServices.N, TargetServicesReq required fields)
    /// (tencent-apigw-facts.md §4, §5).
    RULE {
        id: "target-requires-target-services",
        severity: Error,
        error_code: Some("MissingParameter"),
        summary: "A TARGET backend needs TargetServices",
    }
}

pub(crate) fn check(ctx: &mut Context<'_>) {
    if ctx.service_type() == Some("TARGET") {
        require_all(ctx, &RULE, &[], &["TargetServices"], "ServiceType", "when ServiceType is TARGET");
    }
}
