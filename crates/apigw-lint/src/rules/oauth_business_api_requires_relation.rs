use crate::context::Context;
use crate::rules::support::require_all;
use crate::schema::API_BUSINESS_TYPES;

declare_rule! {
    /// ## What it does
    /// Reports an OAuth 2.0 business API (`AuthType` OAUTH, `ApiBusinessType` NORMAL)
    /// without `AuthRelationApiId`.
    ///
    /// ## Why
    /// A business API is protected by the tokens of an authorization API; AuthRelationApiId
    /// names that API, which must already exist (create it first).
    ///
    /// ## Example
    /// ```json invalid
    /// {"ServiceId": "service-ody35h5e", "ServiceType": "MOCK", "ServiceTimeout": 15,
    ///  "Protocol": "HTTP", "RequestConfig": {"Path": "/test", "Method": "GET"},
    ///  "ServiceMockReturnMessage": "mock", "AuthType": "OAUTH", "ApiBusinessType": "NORMAL"}
    /// ```
    /// ```json valid
    /// {"ServiceId": "service-ody35h5e", "ServiceType": "MOCK", "ServiceTimeout": 15,
    ///  "Protocol": "HTTP", "RequestConfig": {"Path": "/test", "Method": "GET"},
    ///  "ServiceMockReturnMessage": "mock", "AuthType": "OAUTH", "ApiBusinessType": "NORMAL",
    ///  "AuthRelationApiId": "api-xxx"}
    /// ```
    ///
    /// ## Source
    /// CreateApi reference, AuthRelationApiId ("takes effect only if AuthType is OAUTH and
    /// ApiBusinessType is NORMAL"); `ResourceNotFound.InvalidOauthApi` when it names no API.
    RULE {
        id: "oauth-business-api-requires-relation",
        severity: Error,
        error_code: Some("MissingParameter"),
        summary: "An OAuth 2.0 business API needs AuthRelationApiId",
    }
}

pub(crate) fn check(ctx: &mut Context<'_>) {
    if ctx.auth_type() == Some("OAUTH") && ctx.choice(key!("ApiBusinessType"), &API_BUSINESS_TYPES) == Some("NORMAL") {
        require_all(ctx, &RULE, &[], &["AuthRelationApiId"], "ApiBusinessType", "for an OAuth 2.0 business API");
    }
}
