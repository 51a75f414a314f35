//! A deploy tool's request builders, as a project that uses apigw-lint would have them:
//! functions that turn its own description of an endpoint into CreateApi requests.

use apigw_lint::model::{ApiRequestConfig, CreateApiRequest, RequestParameter, ServiceConfig};

/// An endpoint as this tool's users describe it.
pub struct Endpoint<'a> {
    pub service_id: &'a str,
    pub path: &'a str,
    pub method: &'a str,
    /// Names of the `{variables}` in `path`.
    pub path_parameters: &'a [&'a str],
}

/// An HTTP API forwarding to `backend_url`.
pub fn http_api(endpoint: &Endpoint<'_>, backend_url: &str) -> CreateApiRequest {
    CreateApiRequest {
        service_id: Some(endpoint.service_id.to_owned()),
        service_type: Some("HTTP".to_owned()),
        service_timeout: Some(15),
        protocol: Some("HTTP".to_owned()),
        request_config: Some(ApiRequestConfig {
            path: Some(endpoint.path.to_owned()),
            method: Some(endpoint.method.to_owned()),
        }),
        request_parameters: Some(
            endpoint
                .path_parameters
                .iter()
                .map(|name| RequestParameter {
                    name: Some((*name).to_owned()),
                    position: Some("PATH".to_owned()),
                    r#type: Some("String".to_owned()),
                    required: Some(true),
                    ..Default::default()
                })
                .collect(),
        ),
        service_config: Some(ServiceConfig {
            url: Some(backend_url.to_owned()),
            path: Some("/".to_owned()),
            method: Some(endpoint.method.to_owned()),
            ..Default::default()
        }),
        ..Default::default()
    }
}

/// A WebSocket API served by an SCF function.
pub fn websocket_api(endpoint: &Endpoint<'_>, function: &str) -> CreateApiRequest {
    CreateApiRequest {
        service_id: Some(endpoint.service_id.to_owned()),
        service_type: Some("SCF".to_owned()),
        service_timeout: Some(15),
        protocol: Some("WEBSOCKET".to_owned()),
        request_config: Some(ApiRequestConfig {
            path: Some(endpoint.path.to_owned()),
            method: Some(endpoint.method.to_owned()),
        }),
        service_websocket_transport_function_name: Some(function.to_owned()),
        ..Default::default()
    }
}
