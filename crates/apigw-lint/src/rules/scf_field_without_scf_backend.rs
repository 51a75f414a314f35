use crate::context::Context;
use crate::rules::support::warn_ineffective;
use crate::schema::{FieldKey, request_key};

declare_rule! {
    /// ## What it does
    /// Warns when an SCF-only parameter (ServiceScfFunctionName, Namespace, Qualifier,
    /// ServiceScfIsIntegratedResponse, ServiceScfFunctionType, ServiceScfEventIsAsyncCall,
    /// IsBase64Encoded) is set while `ServiceType` is not SCF.
    ///
    /// ## Why
    /// These take effect only for an SCF backend; set elsewhere they are ignored, which
    /// usually means the backend type is not the one intended.
    ///
    /// ## Decisions
    /// `null`, the empty string and `false` count as not set: deployers send them for every
    /// unused field (the Serverless toolkit always sends `IsBase64Encoded: false`).
    ///
    /// ## Example
    /// ```json invalid
    /// {"ServiceId": "service-ody35h5e", "ServiceType": "MOCK", "ServiceTimeout": 15,
    ///  "Protocol": "HTTP", "RequestConfig": {"Path": "/test", "Method": "GET"},
    ///  "ServiceMockReturnMessage": "mock", "ServiceScfFunctionName": "hello"}
    /// ```
    /// ```json valid
    /// {"ServiceId": "service-ody35h5e", "ServiceType": "MOCK", "ServiceTimeout": 15,
    ///  "Protocol": "HTTP", "RequestConfig": {"Path": "/test", "Method": "GET"},
    ///  "ServiceMockReturnMessage": "mock", "IsBase64Encoded": false}
    /// ```
    ///
    /// ## Source
    /// CreateApi reference ("takes effect if the backend type is SCF"); toolkit defaults
    /// (tencent-apigw-facts.md §7, §10).
    RULE {
        id: "scf-field-without-scf-backend",
        severity: Warning,
        error_code: None,
        summary: "An SCF-only parameter is set on a backend that is not SCF",
    }
}

const FIELDS: &[FieldKey] = &[
    request_key("ServiceScfFunctionName"),
    request_key("ServiceScfFunctionNamespace"),
    request_key("ServiceScfFunctionQualifier"),
    request_key("ServiceScfIsIntegratedResponse"),
    request_key("ServiceScfFunctionType"),
    request_key("ServiceScfEventIsAsyncCall"),
    request_key("IsBase64Encoded"),
];

pub(crate) fn check(ctx: &mut Context<'_>) {
    if ctx.service_type().is_some_and(|backend| backend != "SCF") {
        warn_ineffective(ctx, &RULE, FIELDS, "it takes effect only when ServiceType is SCF", "ServiceType");
    }
}
