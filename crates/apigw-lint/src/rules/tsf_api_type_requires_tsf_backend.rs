use crate::context::Context;
use crate::document::Seg;
use crate::schema::API_TYPES;

declare_rule! {
    /// ## What it does
    /// Reports `ApiType` TSF (a microservice API) with a backend type other than TSF.
    ///
    /// ## Why
    /// The service refuses it: "the microservice API only supports the TSF backend service
    /// type" (`InvalidParameterValue.InvalidApiType`).
    ///
    /// ## Example
    /// ```json invalid
    /// {"ServiceId": "service-ody35h5e", "ServiceType": "MOCK", "ApiType": "TSF",
    ///  "ServiceTimeout": 15, "Protocol": "HTTP",
    ///  "RequestConfig": {"Path": "/test", "Method": "GET"}, "ServiceMockReturnMessage": "mock"}
    /// ```
    /// ```json valid
    /// {"ServiceId": "service-ody35h5e", "ServiceType": "MOCK", "ApiType": "NORMAL",
    ///  "ServiceTimeout": 15, "Protocol": "HTTP",
    ///  "RequestConfig": {"Path": "/test", "Method": "GET"}, "ServiceMockReturnMessage": "mock"}
    /// ```
    ///
    /// ## Source
    /// CreateApi error codes: InvalidApiType.
    RULE {
        id: "tsf-api-type-requires-tsf-backend",
        severity: Error,
        error_code: Some("InvalidParameterValue.InvalidApiType"),
        summary: "ApiType TSF needs the TSF backend",
    }
}

pub(crate) fn check(ctx: &mut Context<'_>) {
    let (Some("TSF"), Some(backend)) = (ctx.choice(key!("ApiType"), &API_TYPES), ctx.service_type()) else {
        return;
    };
    if backend == "TSF" {
        return;
    }
    let Some(api_type) = ctx.span_of("ApiType") else {
        return;
    };
    let cause = ctx.span_of("ServiceType");
    ctx.report(
        &RULE,
        api_type,
        &[Seg::Key("ApiType")],
        format!("a microservice API (ApiType TSF) only supports the TSF backend, not {backend}"),
    )
    .help("set `ApiType` to `NORMAL`, or use the TSF backend with MicroServices")
    .related(cause, &[Seg::Key("ServiceType")], "the backend type is set here");
}
