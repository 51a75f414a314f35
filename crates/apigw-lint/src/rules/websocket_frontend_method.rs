use crate::context::Context;
use crate::document::Seg;

declare_rule! {
    /// ## What it does
    /// Warns when the frontend `Protocol` is WEBSOCKET, the backend is not WEBSOCKET (for
    /// example SCF), and `RequestConfig.Method` is neither GET nor ANY.
    ///
    /// ## Why
    /// Every WebSocket connection opens with an HTTP GET, so a WebSocket API on another
    /// method can never be reached. The service enforces GET only for WEBSOCKET backends
    /// (`websocket-requires-get`), hence a warning here; the Serverless toolkit forces GET
    /// for every WebSocket API.
    ///
    /// ## Example
    /// ```json invalid
    /// {"ServiceId": "service-ody35h5e", "ServiceType": "SCF", "ServiceTimeout": 15,
    ///  "Protocol": "WEBSOCKET", "RequestConfig": {"Path": "/ws", "Method": "POST"},
    ///  "ServiceWebsocketTransportFunctionName": "transport"}
    /// ```
    /// ```json valid
    /// {"ServiceId": "service-ody35h5e", "ServiceType": "SCF", "ServiceTimeout": 15,
    ///  "Protocol": "WEBSOCKET", "RequestConfig": {"Path": "/ws", "Method": "GET"},
    ///  "ServiceWebsocketTransportFunctionName": "transport"}
    /// ```
    ///
    /// ## Source
    /// RFC 6455 §4.1; tencent-component-toolkit (forces GET when the protocol is WEBSOCKET)
    /// (tencent-apigw-facts.md §8.2).
    RULE {
        id: "websocket-frontend-method",
        severity: Warning,
        error_code: None,
        summary: "A WEBSOCKET frontend on a method other than GET cannot be reached",
    }
}

pub(crate) fn check(ctx: &mut Context<'_>) {
    if ctx.protocol() != Some("WEBSOCKET") || ctx.service_type() == Some("WEBSOCKET") {
        return;
    }
    let (Some(method), Some(node)) =
        (ctx.method(), ctx.request_config().and_then(|c| c.field(key!(API_REQUEST_CONFIG, "Method"))))
    else {
        return;
    };
    if matches!(method, "GET" | "ANY") {
        return;
    }
    let (span, text_span) = (node.span, node.text_span(ctx.format));
    let cause = ctx.span_of("Protocol");
    ctx.report(
        &RULE,
        span,
        &[Seg::Key("RequestConfig"), Seg::Key("Method")],
        format!(
            "a WEBSOCKET frontend on the method {method} can never be reached: WebSocket connections open with a GET"
        ),
    )
    .help("set `RequestConfig.Method` to `GET`")
    .related(cause, &[Seg::Key("Protocol")], "the frontend protocol is WEBSOCKET here")
    .fix("Change the method to `GET`", vec![(text_span, "GET".to_owned())]);
}
