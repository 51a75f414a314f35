use crate::context::Context;
use crate::rules::support::require_all;
use crate::schema::API_BUSINESS_TYPES;

declare_rule! {
    /// ## What it does
    /// Reports an OAuth 2.0 authorization API (`AuthType` OAUTH, `ApiBusinessType` OAUTH)
    /// without `OauthConfig`. Its PublicKey and TokenLocation are required fields, checked by
    /// `missing-parameter`.
    ///
    /// ## Why
    /// The authorization API holds the public key that verifies tokens and says where
    /// clients put the token; without OauthConfig no business API bound to it can verify
    /// anything.
    ///
    /// ## Example
    /// ```json invalid
    /// {"ServiceId": "service-ody35h5e", "ServiceType": "MOCK", "ServiceTimeout": 15,
    ///  "Protocol": "HTTP", "RequestConfig": {"Path": "/oauth", "Method": "GET"},
    ///  "ServiceMockReturnMessage": "token", "AuthType": "OAUTH", "ApiBusinessType": "OAUTH"}
    /// ```
    /// ```json valid
    /// {"ServiceId": "service-ody35h5e", "ServiceType": "MOCK", "ServiceTimeout": 15,
    ///  "Protocol": "HTTP", "RequestConfig": {"Path": "/oauth", "Method": "GET"},
    ///  "ServiceMockReturnMessage": "token", "AuthType": "OAUTH", "ApiBusinessType": "OAUTH",
    ///  "OauthConfig": {"PublicKey": "{\"kty\":\"RSA\",\"e\":\"AQAB\",\"n\":\"u1SU1LfVLPHCozMxH2Mo4lgOEePzNm0tRgeLezV6ffAt0gunVTLw7onLRnrq0_IzW7yWR7QkrmBL7jTKEn5u-qKhbwKfBstIs-bMY2Zkp18gnTxKLxoS2tFczGkPLPgizskuemMghRniWaoLcyehkd3qqGElvW_VDL5AaWTg0nLVkjRo9z-40RQzuVaE8AkAFmxZzow3x-VJYKdjykkJ0iT9wCS0DRTXu269V264Vf_3jvredZiKRkgwlL9xNAwxXFg0x_XFw005UWVRIkdgcKWTjpBP2dPwVZ4WWC-9aGVd-Gyn1o0CLelf4rEjGoXbAAEgAqeGUxrcIlbjXfbcmw\"}",
    ///                  "TokenLocation": "method.req.header.authorization"}}
    /// ```
    ///
    /// ## Source
    /// CreateApi reference (OauthConfig "takes effect if AuthType is OAUTH"); OAuth 2.0 API
    /// guides; serverless-components/tencent-apigateway docs (tencent-apigw-facts.md §5, §8.5).
    RULE {
        id: "oauth-authorization-api-requires-config",
        severity: Error,
        error_code: Some("MissingParameter"),
        summary: "An OAuth 2.0 authorization API needs OauthConfig",
    }
}

pub(crate) fn check(ctx: &mut Context<'_>) {
    if ctx.auth_type() == Some("OAUTH") && ctx.choice(key!("ApiBusinessType"), &API_BUSINESS_TYPES) == Some("OAUTH") {
        require_all(ctx, &RULE, &[], &["OauthConfig"], "ApiBusinessType", "for an OAuth 2.0 authorization API");
    }
}
