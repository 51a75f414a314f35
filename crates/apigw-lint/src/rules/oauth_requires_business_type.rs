use crate::context::Context;
use crate::rules::support::require_all;

declare_rule! {
    /// ## What it does
    /// Reports `AuthType` OAUTH without `ApiBusinessType`.
    ///
    /// ## Why
    /// An OAuth 2.0 API is either the authorization API that issues tokens
    /// (ApiBusinessType OAUTH) or a business API that tokens protect (NORMAL); the service
    /// needs to know which.
    ///
    /// ## Example
    /// ```json invalid
    /// {"ServiceId": "service-ody35h5e", "ServiceType": "MOCK", "ServiceTimeout": 15,
    ///  "Protocol": "HTTP", "RequestConfig": {"Path": "/test", "Method": "GET"},
    ///  "ServiceMockReturnMessage": "mock", "AuthType": "OAUTH", "AuthRelationApiId": "api-xxx"}
    /// ```
    /// ```json valid
    /// {"ServiceId": "service-ody35h5e", "ServiceType": "MOCK", "ServiceTimeout": 15,
    ///  "Protocol": "HTTP", "RequestConfig": {"Path": "/test", "Method": "GET"},
    ///  "ServiceMockReturnMessage": "mock", "AuthType": "OAUTH", "ApiBusinessType": "NORMAL",
    ///  "AuthRelationApiId": "api-xxx"}
    /// ```
    ///
    /// ## Source
    /// CreateApi reference, ApiBusinessType ("valid if AuthType is OAUTH")
    /// (tencent-apigw-facts.md §4, §7).
    RULE {
        id: "oauth-requires-business-type",
        severity: Error,
        error_code: Some("MissingParameter"),
        summary: "AuthType OAUTH needs ApiBusinessType",
    }
}

pub(crate) fn check(ctx: &mut Context<'_>) {
    if ctx.auth_type() == Some("OAUTH") {
        require_all(ctx, &RULE, &[], &["ApiBusinessType"], "AuthType", "when AuthType is OAUTH");
    }
}
