use crate::context::Context;
use crate::document::Seg;

declare_rule! {
    /// ## What it does
    /// Reports a WEBSOCKET backend whose frontend `RequestConfig.Method` is not GET.
    ///
    /// ## Why
    /// A WebSocket connection opens with an HTTP GET (RFC 6455 §4.1); the service refuses
    /// other methods with `InvalidParameterValue.InvalidWSMethod`.
    ///
    /// ## Example
    /// ```json invalid
    /// {"ServiceId": "service-ody35h5e", "ServiceType": "WEBSOCKET", "ServiceTimeout": 15,
    ///  "Protocol": "WEBSOCKET", "RequestConfig": {"Path": "/ws", "Method": "POST"},
    ///  "ServiceConfig": {"Url": "ws://10.0.0.5:8080", "Path": "/", "Method": "GET"}}
    /// ```
    /// ```json valid
    /// {"ServiceId": "service-ody35h5e", "ServiceType": "WEBSOCKET", "ServiceTimeout": 15,
    ///  "Protocol": "WEBSOCKET", "RequestConfig": {"Path": "/ws", "Method": "GET"},
    ///  "ServiceConfig": {"Url": "ws://10.0.0.5:8080", "Path": "/", "Method": "GET"}}
    /// ```
    ///
    /// ## Source
    /// CreateApi error codes: InvalidWSMethod ("for backend services in the WEBSOCKET type,
    /// the frontend method should be configured as GET").
    RULE {
        id: "websocket-requires-get",
        severity: Error,
        error_code: Some("InvalidParameterValue.InvalidWSMethod"),
        summary: "A WEBSOCKET backend needs the frontend method GET",
    }
}

pub(crate) fn check(ctx: &mut Context<'_>) {
    if ctx.service_type() != Some("WEBSOCKET") {
        return;
    }
    let (Some(method), Some(node)) =
        (ctx.method(), ctx.request_config().and_then(|c| c.field(key!(API_REQUEST_CONFIG, "Method"))))
    else {
        return;
    };
    if method == "GET" {
        return;
    }
    let (span, text_span) = (node.span, node.text_span(ctx.format));
    let cause = ctx.span_of("ServiceType");
    ctx.report(
        &RULE,
        span,
        &[Seg::Key("RequestConfig"), Seg::Key("Method")],
        format!("a WEBSOCKET backend needs the frontend method GET, not {method}"),
    )
    .help("set `RequestConfig.Method` to `GET`: WebSocket connections open with a GET")
    .related(cause, &[Seg::Key("ServiceType")], "the backend type is WEBSOCKET here")
    .fix("Change the method to `GET`", vec![(text_span, "GET".to_owned())]);
}
