use crate::context::Context;
use crate::rules::support::warn_ineffective;
use crate::schema::{FieldKey, request_key};

declare_rule! {
    /// ## What it does
    /// Warns when one of the nine ServiceWebsocket* function parameters is set unless the
    /// frontend `Protocol` is WEBSOCKET and `ServiceType` is SCF.
    ///
    /// ## Why
    /// The registration, transport and cleanup functions exist only for WebSocket APIs
    /// backed by SCF. A known toolkit bug (reading `protocolType` but keying on `protocol`)
    /// sends them with Protocol HTTP, producing an API that never calls them.
    ///
    /// ## Example
    /// ```json invalid
    /// {"ServiceId": "service-ody35h5e", "ServiceType": "SCF", "ServiceTimeout": 15,
    ///  "Protocol": "HTTP", "RequestConfig": {"Path": "/ws", "Method": "GET"},
    ///  "ServiceScfFunctionName": "hello",
    ///  "ServiceWebsocketTransportFunctionName": "transport"}
    /// ```
    /// ```json valid
    /// {"ServiceId": "service-ody35h5e", "ServiceType": "SCF", "ServiceTimeout": 15,
    ///  "Protocol": "WEBSOCKET", "RequestConfig": {"Path": "/ws", "Method": "GET"},
    ///  "ServiceWebsocketTransportFunctionName": "transport"}
    /// ```
    ///
    /// ## Source
    /// CreateApi reference ("takes effect if the frontend type is WEBSOCKET and the backend
    /// type is SCF"); tencent-component-toolkit history (tencent-apigw-facts.md §7, §10).
    RULE {
        id: "websocket-function-without-websocket-scf",
        severity: Warning,
        error_code: None,
        summary: "A WebSocket function parameter is set without a WEBSOCKET frontend and SCF backend",
    }
}

const FIELDS: &[FieldKey] = &[
    request_key("ServiceWebsocketRegisterFunctionName"),
    request_key("ServiceWebsocketRegisterFunctionNamespace"),
    request_key("ServiceWebsocketRegisterFunctionQualifier"),
    request_key("ServiceWebsocketTransportFunctionName"),
    request_key("ServiceWebsocketTransportFunctionNamespace"),
    request_key("ServiceWebsocketTransportFunctionQualifier"),
    request_key("ServiceWebsocketCleanupFunctionName"),
    request_key("ServiceWebsocketCleanupFunctionNamespace"),
    request_key("ServiceWebsocketCleanupFunctionQualifier"),
];

pub(crate) fn check(ctx: &mut Context<'_>) {
    if ctx.service_type().is_some()
        && ctx.protocol().is_some()
        && !(ctx.service_type() == Some("SCF") && ctx.protocol() == Some("WEBSOCKET"))
    {
        warn_ineffective(
            ctx,
            &RULE,
            FIELDS,
            "it takes effect only when the frontend is WEBSOCKET and the backend is SCF",
            "Protocol",
        );
    }
}
