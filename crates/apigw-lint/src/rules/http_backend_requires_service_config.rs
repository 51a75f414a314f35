use crate::context::Context;
use crate::rules::support::require_all;

declare_rule! {
    /// ## What it does
    /// Reports an HTTP or WEBSOCKET backend without `ServiceConfig`, or whose `ServiceConfig`
    /// lacks `Url`, `Path` or `Method`.
    ///
    /// ## Why
    /// The gateway needs to know where to forward requests: the backend address, path and
    /// method. The spec marks them "required if ServiceType is HTTP"; Terraform and the
    /// Serverless toolkit refuse HTTP and WEBSOCKET backends without all three.
    ///
    /// ## Decisions
    /// An empty `Path` counts as given (the FAQ describes forwarding to the remainder of the
    /// path when the backend path is empty); an empty `Url` or `Method` does not.
    ///
    /// ## Example
    /// ```json invalid
    /// {"ServiceId": "service-ody35h5e", "ServiceType": "HTTP", "ServiceTimeout": 15,
    ///  "Protocol": "HTTP", "RequestConfig": {"Path": "/test", "Method": "GET"},
    ///  "ServiceConfig": {"Url": "http://example.com", "Path": "/"}}
    /// ```
    /// ```json valid
    /// {"ServiceId": "service-ody35h5e", "ServiceType": "HTTP", "ServiceTimeout": 15,
    ///  "Protocol": "HTTP", "RequestConfig": {"Path": "/test", "Method": "GET"},
    ///  "ServiceConfig": {"Url": "http://example.com", "Path": "/", "Method": "GET"}}
    /// ```
    ///
    /// ## Source
    /// CreateApi reference, ServiceConfig (Url, Path, Method "required if ServiceType is
    /// HTTP"); Terraform `tencentcloud_api_gateway_api` and tencent-component-toolkit checks
    /// (tencent-apigw-facts.md §5, §9, §10).
    RULE {
        id: "http-backend-requires-service-config",
        severity: Error,
        error_code: Some("MissingParameter"),
        summary: "An HTTP or WEBSOCKET backend needs ServiceConfig Url, Path and Method",
    }
}

pub(crate) fn check(ctx: &mut Context<'_>) {
    let Some(backend @ ("HTTP" | "WEBSOCKET")) = ctx.service_type() else {
        return;
    };
    let because = format!("when ServiceType is {backend}");
    if ctx.service_config().is_none() {
        require_all(ctx, &RULE, &["ServiceConfig"], &["Url", "Path", "Method"], "ServiceType", &because);
        return;
    }
    require_all(ctx, &RULE, &["ServiceConfig"], &["Url", "Method"], "ServiceType", &because);
    if ctx.service_config().and_then(|c| c.field(key!(SERVICE_CONFIG, "Path"))).is_none() {
        require_all(ctx, &RULE, &["ServiceConfig"], &["Path"], "ServiceType", &because);
    }
}
