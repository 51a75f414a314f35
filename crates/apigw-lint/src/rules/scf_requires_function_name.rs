use crate::context::Context;
use crate::rules::support::require_all;

declare_rule! {
    /// ## What it does
    /// Reports an SCF backend behind an HTTP frontend without `ServiceScfFunctionName`.
    ///
    /// ## Why
    /// The gateway must know which cloud function to invoke. The Serverless toolkit and
    /// Terraform refuse an SCF backend without a function name.
    ///
    /// ## Decisions
    /// Namespace and qualifier are not required: the service and the toolkit default them
    /// (`default`, `$LATEST`). Terraform requires them, but only client-side. A WEBSOCKET
    /// frontend uses the transport function instead (`scf-websocket-requires-transport-function`).
    ///
    /// ## Example
    /// ```json invalid
    /// {"ServiceId": "service-ody35h5e", "ServiceType": "SCF", "ServiceTimeout": 15,
    ///  "Protocol": "HTTP", "RequestConfig": {"Path": "/test", "Method": "GET"}}
    /// ```
    /// ```json valid
    /// {"ServiceId": "service-ody35h5e", "ServiceType": "SCF", "ServiceTimeout": 15,
    ///  "Protocol": "HTTP", "RequestConfig": {"Path": "/test", "Method": "GET"},
    ///  "ServiceScfFunctionName": "hello", "ServiceScfFunctionNamespace": "default",
    ///  "ServiceScfFunctionQualifier": "$LATEST"}
    /// ```
    ///
    /// ## Source
    /// CreateApi reference (ServiceScfFunctionName takes effect for SCF); toolkit and
    /// Terraform client-side checks (tencent-apigw-facts.md §8.5, §9, §10).
    RULE {
        id: "scf-requires-function-name",
        severity: Error,
        error_code: Some("MissingParameter"),
        summary: "An SCF backend behind an HTTP frontend needs ServiceScfFunctionName",
    }
}

pub(crate) fn check(ctx: &mut Context<'_>) {
    // Without a (valid) Protocol, which function the backend needs is unknown.
    if ctx.service_type() == Some("SCF") && ctx.protocol().is_some_and(|p| p != "WEBSOCKET") {
        require_all(ctx, &RULE, &[], &["ServiceScfFunctionName"], "ServiceType", "when ServiceType is SCF");
    }
}
