use crate::context::Context;
use crate::rules::support::require_all;

declare_rule! {
    /// ## What it does
    /// Reports an UPSTREAM backend (a VPC channel) without `ServiceConfig.UpstreamId`.
    ///
    /// ## Why
    /// The UPSTREAM backend forwards through a VPC channel; UpstreamId names the channel,
    /// and the service answers `InvalidParameterValue.InvalidUpstream` when it is missing
    /// or does not exist.
    ///
    /// ## Example
    /// ```json invalid
    /// {"ServiceId": "service-ody35h5e", "ServiceType": "UPSTREAM", "ServiceTimeout": 15,
    ///  "Protocol": "HTTP", "RequestConfig": {"Path": "/test", "Method": "GET"},
    ///  "ServiceConfig": {"Path": "/", "Method": "GET"}}
    /// ```
    /// ```json valid
    /// {"ServiceId": "service-ody35h5e", "ServiceType": "UPSTREAM", "ServiceTimeout": 15,
    ///  "Protocol": "HTTP", "RequestConfig": {"Path": "/test", "Method": "GET"},
    ///  "ServiceConfig": {"UpstreamId": "upstream-sadad", "Path": "/", "Method": "GET"}}
    /// ```
    ///
    /// ## Source
    /// CreateApi data types, ServiceConfig.UpstreamId ("needed when binding a VPC channel")
    /// (tencent-apigw-facts.md §5).
    RULE {
        id: "upstream-requires-upstream-id",
        severity: Error,
        error_code: Some("MissingParameter"),
        summary: "An UPSTREAM backend needs ServiceConfig.UpstreamId",
    }
}

pub(crate) fn check(ctx: &mut Context<'_>) {
    if ctx.service_type() == Some("UPSTREAM") {
        require_all(ctx, &RULE, &["ServiceConfig"], &["UpstreamId"], "ServiceType", "when ServiceType is UPSTREAM");
    }
}
