use crate::context::Context;
use crate::rules::support::warn_ineffective;
use crate::schema::{FieldKey, request_key};

declare_rule! {
    /// ## What it does
    /// Warns when `MicroServices`, `ServiceTsfLoadBalanceConf` or
    /// `ServiceTsfHealthCheckConf` is set while `ServiceType` is not TSF.
    ///
    /// ## Why
    /// They configure the TSF microservice backend and are ignored for any other.
    ///
    /// ## Example
    /// ```json invalid
    /// {"ServiceId": "service-ody35h5e", "ServiceType": "MOCK", "ServiceTimeout": 15,
    ///  "Protocol": "HTTP", "RequestConfig": {"Path": "/test", "Method": "GET"},
    ///  "ServiceMockReturnMessage": "mock",
    ///  "MicroServices": [{"ClusterId": "cluster-1", "NamespaceId": "namespace-1",
    ///                     "MicroServiceName": "orders"}]}
    /// ```
    /// ```json valid
    /// {"ServiceId": "service-ody35h5e", "ServiceType": "MOCK", "ServiceTimeout": 15,
    ///  "Protocol": "HTTP", "RequestConfig": {"Path": "/test", "Method": "GET"},
    ///  "ServiceMockReturnMessage": "mock", "MicroServices": []}
    /// ```
    ///
    /// ## Source
    /// CreateApi reference (MicroServices, ServiceTsf* structures) (tencent-apigw-facts.md §7).
    RULE {
        id: "tsf-field-without-tsf",
        severity: Warning,
        error_code: None,
        summary: "A TSF microservice parameter on a backend that is not TSF",
    }
}

const FIELDS: &[FieldKey] =
    &[request_key("MicroServices"), request_key("ServiceTsfLoadBalanceConf"), request_key("ServiceTsfHealthCheckConf")];

pub(crate) fn check(ctx: &mut Context<'_>) {
    if ctx.service_type().is_some_and(|backend| backend != "TSF") {
        warn_ineffective(ctx, &RULE, FIELDS, "microservices are used only when ServiceType is TSF", "ServiceType");
    }
}
