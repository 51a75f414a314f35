use crate::context::Context;
use crate::document::Seg;

declare_rule! {
    /// ## What it does
    /// Reports a WEBSOCKET backend whose frontend `Protocol` is not WEBSOCKET.
    ///
    /// ## Why
    /// A WebSocket backend can only be reached through a WebSocket frontend; the service
    /// refuses the combination with `InvalidParameterValue.InvalidServiceType`.
    ///
    /// ## Example
    /// ```json invalid
    /// {"ServiceId": "service-ody35h5e", "ServiceType": "WEBSOCKET", "ServiceTimeout": 15,
    ///  "Protocol": "HTTP", "RequestConfig": {"Path": "/ws", "Method": "GET"},
    ///  "ServiceConfig": {"Url": "ws://10.0.0.5:8080", "Path": "/", "Method": "GET"}}
    /// ```
    /// ```json valid
    /// {"ServiceId": "service-ody35h5e", "ServiceType": "WEBSOCKET", "ServiceTimeout": 15,
    ///  "Protocol": "WEBSOCKET", "RequestConfig": {"Path": "/ws", "Method": "GET"},
    ///  "ServiceConfig": {"Url": "ws://10.0.0.5:8080", "Path": "/", "Method": "GET"}}
    /// ```
    ///
    /// ## Source
    /// CreateApi error codes: InvalidServiceType ("for backend services in WEBSOCKET type,
    /// the frontend protocol should be configured as WEBSOCKET").
    RULE {
        id: "websocket-requires-websocket-protocol",
        severity: Error,
        error_code: Some("InvalidParameterValue.InvalidServiceType"),
        summary: "A WEBSOCKET backend needs Protocol WEBSOCKET",
    }
}

pub(crate) fn check(ctx: &mut Context<'_>) {
    if ctx.service_type() != Some("WEBSOCKET") {
        return;
    }
    let Some(protocol_node) = ctx.get(key!("Protocol")) else {
        return;
    };
    let Some(protocol) = ctx.protocol() else {
        return;
    };
    if protocol == "WEBSOCKET" {
        return;
    }
    let span = protocol_node.span;
    let text_span = protocol_node.text_span(ctx.format);
    let cause = ctx.span_of("ServiceType");
    ctx.report(
        &RULE,
        span,
        &[Seg::Key("Protocol")],
        format!("a WEBSOCKET backend needs the frontend protocol WEBSOCKET, not {protocol}"),
    )
    .help("set `Protocol` to `WEBSOCKET`, or choose another ServiceType")
    .related(cause, &[Seg::Key("ServiceType")], "the backend type is WEBSOCKET here")
    .fix("Change Protocol to `WEBSOCKET`", vec![(text_span, "WEBSOCKET".to_owned())]);
}
