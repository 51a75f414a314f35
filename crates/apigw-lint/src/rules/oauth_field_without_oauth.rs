use crate::context::Context;
use crate::rules::support::warn_ineffective;
use crate::schema::API_BUSINESS_TYPES;
use crate::schema::request_key;

declare_rule! {
    /// ## What it does
    /// Warns about OAuth settings that cannot take effect: `OauthConfig` or
    /// `ApiBusinessType` OAUTH while `AuthType` is not OAUTH, and `AuthRelationApiId` unless
    /// `AuthType` is OAUTH and `ApiBusinessType` is NORMAL.
    ///
    /// ## Why
    /// These configure OAuth 2.0 authentication; without it they are ignored, and the API is
    /// left unprotected although it looks protected.
    ///
    /// ## Decisions
    /// `ApiBusinessType` NORMAL with another AuthType is not reported: the official example
    /// sends `AuthType=NONE&ApiBusinessType=NORMAL`, and the Serverless toolkit always sends
    /// NORMAL.
    ///
    /// ## Example
    /// ```json invalid
    /// {"ServiceId": "service-ody35h5e", "ServiceType": "MOCK", "ServiceTimeout": 15,
    ///  "Protocol": "HTTP", "RequestConfig": {"Path": "/test", "Method": "GET"},
    ///  "ServiceMockReturnMessage": "mock", "AuthType": "SECRET",
    ///  "AuthRelationApiId": "api-xxx"}
    /// ```
    /// ```json valid
    /// {"ServiceId": "service-ody35h5e", "ServiceType": "MOCK", "ServiceTimeout": 15,
    ///  "Protocol": "HTTP", "RequestConfig": {"Path": "/test", "Method": "GET"},
    ///  "ServiceMockReturnMessage": "mock", "AuthType": "NONE", "ApiBusinessType": "NORMAL"}
    /// ```
    ///
    /// ## Source
    /// CreateApi reference (ApiBusinessType, AuthRelationApiId, OauthConfig) and the
    /// official example (tencent-apigw-facts.md §7, §11 item 6).
    RULE {
        id: "oauth-field-without-oauth",
        severity: Warning,
        error_code: None,
        summary: "An OAuth setting is set where it cannot take effect",
    }
}

pub(crate) fn check(ctx: &mut Context<'_>) {
    let oauth = ctx.auth_type() == Some("OAUTH");
    let business = ctx.choice(key!("ApiBusinessType"), &API_BUSINESS_TYPES);
    if !oauth {
        warn_ineffective(
            ctx,
            &RULE,
            const { &[request_key("OauthConfig")] },
            "it takes effect only when AuthType is OAUTH",
            "AuthType",
        );
        if business == Some("OAUTH") {
            warn_ineffective(
                ctx,
                &RULE,
                const { &[request_key("ApiBusinessType")] },
                "an authorization API needs AuthType OAUTH",
                "AuthType",
            );
        }
    }
    if !(oauth && business == Some("NORMAL")) {
        let cause = if oauth { "ApiBusinessType" } else { "AuthType" };
        warn_ineffective(
            ctx,
            &RULE,
            const { &[request_key("AuthRelationApiId")] },
            "it takes effect only when AuthType is OAUTH and ApiBusinessType is NORMAL",
            cause,
        );
    }
}
