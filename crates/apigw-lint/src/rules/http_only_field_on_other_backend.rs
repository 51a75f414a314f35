use crate::context::Context;
use crate::rules::support::warn_ineffective;
use crate::schema::{FieldKey, request_key};

declare_rule! {
    /// ## What it does
    /// Warns when `ConstantParameters` or `ServiceParameters` is set (non-empty) while
    /// `ServiceType` is not HTTP.
    ///
    /// ## Why
    /// Constant and backend parameters are passed to an HTTP backend only; for other
    /// backends they are ignored.
    ///
    /// ## Example
    /// ```json invalid
    /// {"ServiceId": "service-ody35h5e", "ServiceType": "MOCK", "ServiceTimeout": 15,
    ///  "Protocol": "HTTP", "RequestConfig": {"Path": "/test", "Method": "GET"},
    ///  "ServiceMockReturnMessage": "mock",
    ///  "ConstantParameters": [{"Name": "env", "Position": "HEADER", "DefaultValue": "prod"}]}
    /// ```
    /// ```json valid
    /// {"ServiceId": "service-ody35h5e", "ServiceType": "MOCK", "ServiceTimeout": 15,
    ///  "Protocol": "HTTP", "RequestConfig": {"Path": "/test", "Method": "GET"},
    ///  "ServiceMockReturnMessage": "mock", "ConstantParameters": []}
    /// ```
    ///
    /// ## Source
    /// CreateApi data types, ConstantParameter and ServiceParameter ("only used when
    /// ServiceType is HTTP") (tencent-apigw-facts.md §5, §7).
    RULE {
        id: "http-only-field-on-other-backend",
        severity: Warning,
        error_code: None,
        summary: "ConstantParameters or ServiceParameters on a backend that is not HTTP",
    }
}

const FIELDS: &[FieldKey] = &[request_key("ConstantParameters"), request_key("ServiceParameters")];

pub(crate) fn check(ctx: &mut Context<'_>) {
    if ctx.service_type().is_some_and(|backend| backend != "HTTP") {
        warn_ineffective(ctx, &RULE, FIELDS, "it is used only when ServiceType is HTTP", "ServiceType");
    }
}
