use crate::context::Context;
use crate::rules::support::warn_ineffective;
use crate::schema::{FieldKey, request_key};

declare_rule! {
    /// ## What it does
    /// Warns when `ServiceMockReturnMessage` is set while `ServiceType` is not MOCK.
    ///
    /// ## Why
    /// Only a mock backend returns this message; with another backend it is ignored, which
    /// usually means a mock API was switched to a real backend and the message left behind,
    /// or the backend type is wrong.
    ///
    /// ## Example
    /// ```json invalid
    /// {"ServiceId": "service-ody35h5e", "ServiceType": "SCF", "ServiceTimeout": 15,
    ///  "Protocol": "HTTP", "RequestConfig": {"Path": "/test", "Method": "GET"},
    ///  "ServiceScfFunctionName": "hello", "ServiceMockReturnMessage": "mock"}
    /// ```
    /// ```json valid
    /// {"ServiceId": "service-ody35h5e", "ServiceType": "SCF", "ServiceTimeout": 15,
    ///  "Protocol": "HTTP", "RequestConfig": {"Path": "/test", "Method": "GET"},
    ///  "ServiceScfFunctionName": "hello", "ServiceMockReturnMessage": ""}
    /// ```
    ///
    /// ## Source
    /// CreateApi reference, ServiceMockReturnMessage (tencent-apigw-facts.md §4).
    RULE {
        id: "mock-message-without-mock",
        severity: Warning,
        error_code: None,
        summary: "ServiceMockReturnMessage on a backend that is not MOCK",
    }
}

const FIELDS: &[FieldKey] = &[request_key("ServiceMockReturnMessage")];

pub(crate) fn check(ctx: &mut Context<'_>) {
    if ctx.service_type().is_some_and(|backend| backend != "MOCK") {
        warn_ineffective(ctx, &RULE, FIELDS, "it is returned only by a MOCK backend", "ServiceType");
    }
}
