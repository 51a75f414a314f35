use crate::context::Context;
use crate::rules::support::require_all;

declare_rule! {
    /// ## What it does
    /// Reports an SCF backend behind a WEBSOCKET frontend without
    /// `ServiceWebsocketTransportFunctionName`.
    ///
    /// ## Why
    /// The transport function handles every message of the connection; without it the
    /// WebSocket API has nothing to deliver to. The registration and cleanup functions are
    /// optional.
    ///
    /// ## Example
    /// ```json invalid
    /// {"ServiceId": "service-ody35h5e", "ServiceType": "SCF", "ServiceTimeout": 15,
    ///  "Protocol": "WEBSOCKET", "RequestConfig": {"Path": "/ws", "Method": "GET"},
    ///  "ServiceWebsocketRegisterFunctionName": "register"}
    /// ```
    /// ```json valid
    /// {"ServiceId": "service-ody35h5e", "ServiceType": "SCF", "ServiceTimeout": 15,
    ///  "Protocol": "WEBSOCKET", "RequestConfig": {"Path": "/ws", "Method": "GET"},
    ///  "ServiceWebsocketTransportFunctionName": "transport"}
    /// ```
    ///
    /// ## Source
    /// CreateApi reference (ServiceWebsocket* fields); tencent-component-toolkit requires
    /// only the transport function (tencent-apigw-facts.md §8.5, §10).
    RULE {
        id: "scf-websocket-requires-transport-function",
        severity: Error,
        error_code: Some("MissingParameter"),
        summary: "An SCF backend behind a WEBSOCKET frontend needs the transport function",
    }
}

pub(crate) fn check(ctx: &mut Context<'_>) {
    if ctx.service_type() == Some("SCF") && ctx.protocol() == Some("WEBSOCKET") {
        require_all(
            ctx,
            &RULE,
            &[],
            &["ServiceWebsocketTransportFunctionName"],
            "Protocol",
            "when an SCF backend serves a WEBSOCKET frontend",
        );
    }
}
