use crate::context::Context;
use crate::rules::support::require_all;

declare_rule! {
    /// ## What it does
    /// Reports a MOCK backend (`ServiceType` MOCK) without `ServiceMockReturnMessage`.
    ///
    /// ## Why
    /// A mock API answers with this message; the service requires it for MOCK.
    ///
    /// ## Decisions
    /// The doc text says "if ServiceType is Mock"; the enumeration value is MOCK, which is
    /// what this rule keys on (in any letter case, so that a case error is reported once, by
    /// `invalid-enum-value`).
    ///
    /// ## Example
    /// ```json invalid
    /// {"ServiceId": "service-ody35h5e", "ServiceType": "MOCK", "ServiceTimeout": 15,
    ///  "Protocol": "HTTP", "RequestConfig": {"Path": "/test", "Method": "GET"}}
    /// ```
    /// ```json valid
    /// {"ServiceId": "service-ody35h5e", "ServiceType": "MOCK", "ServiceTimeout": 15,
    ///  "Protocol": "HTTP", "RequestConfig": {"Path": "/test", "Method": "GET"},
    ///  "ServiceMockReturnMessage": "mock"}
    /// ```
    ///
    /// ## Source
    /// CreateApi reference, ServiceMockReturnMessage ("required if ServiceType is Mock");
    /// Terraform and the Serverless toolkit refuse it client-side.
    RULE {
        id: "mock-requires-message",
        severity: Error,
        error_code: Some("MissingParameter"),
        summary: "A MOCK backend needs ServiceMockReturnMessage",
    }
}

pub(crate) fn check(ctx: &mut Context<'_>) {
    if ctx.service_type() == Some("MOCK") {
        require_all(ctx, &RULE, &[], &["ServiceMockReturnMessage"], "ServiceType", "when ServiceType is MOCK");
    }
}
