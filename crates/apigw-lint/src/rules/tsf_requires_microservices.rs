use crate::context::Context;
use crate::rules::support::require_all;

declare_rule! {
    /// ## What it does
    /// Reports a TSF backend without `MicroServices` (or with an empty list). Each
    /// microservice's ClusterId, NamespaceId and MicroServiceName are checked by
    /// `missing-parameter`.
    ///
    /// ## Why
    /// A microservice API forwards to the TSF microservices bound to it; with none bound it
    /// has no backend.
    ///
    /// ## Example
    /// ```json invalid
    /// {"ServiceId": "service-ody35h5e", "ServiceType": "TSF", "ApiType": "TSF",
    ///  "ServiceTimeout": 15, "Protocol": "HTTP",
    ///  "RequestConfig": {"Path": "/orders", "Method": "GET"}}
    /// ```
    /// ```json valid
    /// {"ServiceId": "service-ody35h5e", "ServiceType": "TSF", "ApiType": "TSF",
    ///  "ServiceTimeout": 15, "Protocol": "HTTP",
    ///  "RequestConfig": {"Path": "/orders", "Method": "GET"},
    ///  "MicroServices": [{"ClusterId": "cluster-1", "NamespaceId": "namespace-1",
    ///                     "MicroServiceName": "orders"}]}
    /// ```
    ///
    /// ## Source
    /// CreateApi reference (MicroServices.N, MicroServiceReq required fields);
    /// `InvalidParameterValue.InvalidTsfConfig` (tencent-apigw-facts.md §5, §7).
    RULE {
        id: "tsf-requires-microservices",
        severity: Error,
        error_code: Some("MissingParameter"),
        summary: "A TSF backend needs MicroServices",
    }
}

pub(crate) fn check(ctx: &mut Context<'_>) {
    if ctx.service_type() == Some("TSF") {
        require_all(ctx, &RULE, &[], &["MicroServices"], "ServiceType", "when ServiceType is TSF");
    }
}
