//! The typed model of a `CreateApi` request (API version 2018-08-08).
//!
//! Every type serialises with the wire names the service expects (PascalCase, with the
//! service's own spellings such as `EnableCORS` and `EIAMAppId`). Every field is optional in
//! the Rust type, even where the service requires it, so that an incomplete request can still
//! be built, deserialised and linted; the linter reports what is missing. `None` is not
//! serialised, which the service treats the same as an explicit `null`.
//!
//! Descriptions are from the official reference page (`CreateApi-2018-08-08.txt`) and the
//! constraints collected in `tencent-apigw-facts.md`.

use serde::{Deserialize, Serialize};

/// A `CreateApi` request body, as sent in the API 3.0 JSON form.
///
/// ```
/// use apigw_lint::model::{ApiRequestConfig, CreateApiRequest};
///
/// let request = CreateApiRequest {
///     service_id: Some("service-ody35h5e".into()),
///     service_type: Some("MOCK".into()),
///     service_timeout: Some(15),
///     protocol: Some("HTTP".into()),
///     request_config: Some(ApiRequestConfig {
///         path: Some("/test".into()),
///         method: Some("GET".into()),
///     }),
///     service_mock_return_message: Some("mock".into()),
///     ..Default::default()
/// };
/// assert!(!apigw_lint::lint_request(&request).has_errors());
/// ```
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "typescript", derive(tsify::Tsify))]
#[serde(rename_all = "PascalCase", deny_unknown_fields)]
pub struct CreateApiRequest {
    /// Unique service ID of the API (required), e.g. `service-ody35h5e`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub service_id: Option<String>,
    /// Backend service type (required): HTTP, MOCK, TSF, SCF, EB, TARGET, VPC, UPSTREAM, GRPC,
    /// COS or WEBSOCKET.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub service_type: Option<String>,
    /// Backend service timeout in seconds (required).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub service_timeout: Option<i64>,
    /// Frontend request protocol (required): HTTP or WEBSOCKET (the English table says HTTPS,
    /// WEBSOCKET; the official example sends HTTP).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub protocol: Option<String>,
    /// Frontend path and method (required).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub request_config: Option<ApiRequestConfig>,
    /// Custom API name (at most 60 characters in the console).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub api_name: Option<String>,
    /// Custom API description.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub api_desc: Option<String>,
    /// API type: NORMAL (general API, the default) or TSF (microservice API).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub api_type: Option<String>,
    /// Authentication type: SECRET, NONE (the default), OAUTH or APP.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub auth_type: Option<String>,
    /// Whether to enable CORS.
    #[serde(rename = "EnableCORS", skip_serializing_if = "Option::is_none")]
    pub enable_cors: Option<bool>,
    /// Constant parameters (used only with an HTTP backend).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub constant_parameters: Option<Vec<ConstantParameter>>,
    /// Frontend request parameters (at most 100).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub request_parameters: Option<Vec<RequestParameter>>,
    /// Meaningful when AuthType is OAUTH: NORMAL (business API) or OAUTH (authorization API).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub api_business_type: Option<String>,
    /// Message returned by a MOCK backend; required when ServiceType is MOCK.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub service_mock_return_message: Option<String>,
    /// Microservices bound to the API (TSF backend).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub micro_services: Option<Vec<MicroServiceReq>>,
    /// Load balancing of the microservice (TSF backend).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub service_tsf_load_balance_conf: Option<TsfLoadBalanceConfResp>,
    /// Health check of the microservice (TSF backend).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub service_tsf_health_check_conf: Option<HealthCheckConf>,
    /// Backend resources of a TARGET backend (beta).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub target_services: Option<Vec<TargetServicesReq>>,
    /// Load balancing of a TARGET backend (beta).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub target_services_load_balance_conf: Option<i64>,
    /// Health check of a TARGET backend (beta).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub target_services_health_check_conf: Option<HealthCheckConf>,
    /// SCF function name; takes effect when the backend is SCF.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub service_scf_function_name: Option<String>,
    /// SCF WebSocket registration function (WEBSOCKET frontend with SCF backend).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub service_websocket_register_function_name: Option<String>,
    /// SCF WebSocket cleanup function (WEBSOCKET frontend with SCF backend).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub service_websocket_cleanup_function_name: Option<String>,
    /// SCF WebSocket transport function (WEBSOCKET frontend with SCF backend).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub service_websocket_transport_function_name: Option<String>,
    /// SCF function namespace; takes effect when the backend is SCF.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub service_scf_function_namespace: Option<String>,
    /// SCF function version or alias (`$LATEST`, `$DEFAULT`, ...); backend SCF.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub service_scf_function_qualifier: Option<String>,
    /// Namespace of the WebSocket registration function.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub service_websocket_register_function_namespace: Option<String>,
    /// Version of the WebSocket registration function.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub service_websocket_register_function_qualifier: Option<String>,
    /// Namespace of the WebSocket transport function.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub service_websocket_transport_function_namespace: Option<String>,
    /// Version of the WebSocket transport function.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub service_websocket_transport_function_qualifier: Option<String>,
    /// Namespace of the WebSocket cleanup function.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub service_websocket_cleanup_function_namespace: Option<String>,
    /// Version of the WebSocket cleanup function.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub service_websocket_cleanup_function_qualifier: Option<String>,
    /// Whether to enable response integration; takes effect when the backend is SCF.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub service_scf_is_integrated_response: Option<bool>,
    /// Billing after debugging starts (reserved for the cloud marketplace).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub is_debug_after_charge: Option<bool>,
    /// If true, deletes all custom response error codes of the API.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub is_delete_response_error_codes: Option<bool>,
    /// Return type: HTML, JSON, TEXT, BINARY or XML.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub response_type: Option<String>,
    /// Sample success response of the custom response configuration.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub response_success_example: Option<String>,
    /// Sample failure response of the custom response configuration.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub response_fail_example: Option<String>,
    /// Backend service configuration (HTTP, WEBSOCKET, COS, VPC and UPSTREAM backends).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub service_config: Option<ServiceConfig>,
    /// ID of the OAuth 2.0 authorization API bound to this business API (AuthType OAUTH,
    /// ApiBusinessType NORMAL).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub auth_relation_api_id: Option<String>,
    /// Backend parameters (used only with an HTTP backend).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub service_parameters: Option<Vec<ServiceParameter>>,
    /// OAuth configuration; takes effect when AuthType is OAUTH.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub oauth_config: Option<OauthConfig>,
    /// Custom error codes.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub response_error_codes: Option<Vec<ResponseErrorCodeReq>>,
    /// TSF Serverless namespace ID (beta).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub target_namespace_id: Option<String>,
    /// User type (values undocumented).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub user_type: Option<String>,
    /// Whether to enable Base64 encoding; takes effect only when the backend is SCF.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub is_base64_encoded: Option<bool>,
    /// Event bus ID (EB backend), e.g. `eb-xsae3sdf`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub event_bus_id: Option<String>,
    /// SCF function type: EVENT or HTTP; takes effect when the backend is SCF.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub service_scf_function_type: Option<String>,
    /// Whether an SCF event function is called asynchronously (in the Chinese spec only).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub service_scf_event_is_async_call: Option<bool>,
    /// EIAM application type, e.g. `Client`.
    #[serde(rename = "EIAMAppType", skip_serializing_if = "Option::is_none")]
    pub eiam_app_type: Option<String>,
    /// EIAM authentication type: AuthenticationOnly, Authentication or Authorization.
    #[serde(rename = "EIAMAuthType", skip_serializing_if = "Option::is_none")]
    pub eiam_auth_type: Option<String>,
    /// Validity of the EIAM application token in seconds (default 7200).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub token_timeout: Option<i64>,
    /// EIAM application ID.
    #[serde(rename = "EIAMAppId", skip_serializing_if = "Option::is_none")]
    pub eiam_app_id: Option<String>,
    /// Owner of the resource.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub owner: Option<String>,
}

/// Frontend request configuration.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "typescript", derive(tsify::Tsify))]
#[serde(rename_all = "PascalCase", deny_unknown_fields)]
pub struct ApiRequestConfig {
    /// Frontend path (required), e.g. `/user/{id}`; `=` and `^~` prefixes select exact and
    /// priority-prefix matching.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub path: Option<String>,
    /// Frontend method (required): ANY, BEGIN, GET, POST, DELETE, HEAD, PUT, OPTIONS, TRACE or PATCH.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub method: Option<String>,
}

/// A constant parameter sent to the backend (HTTP backend only).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "typescript", derive(tsify::Tsify))]
#[serde(rename_all = "PascalCase", deny_unknown_fields)]
pub struct ConstantParameter {
    /// Constant parameter name.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Constant parameter description.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub desc: Option<String>,
    /// Constant parameter position (header or query).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub position: Option<String>,
    /// Constant parameter value.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub default_value: Option<String>,
}

/// A frontend request parameter.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "typescript", derive(tsify::Tsify))]
#[serde(rename_all = "PascalCase", deny_unknown_fields)]
pub struct RequestParameter {
    /// Parameter name.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Parameter description.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub desc: Option<String>,
    /// Parameter position: PATH, QUERY or HEADER.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub position: Option<String>,
    /// Parameter type, e.g. `String` or `int`.
    #[serde(rename = "Type", skip_serializing_if = "Option::is_none")]
    pub r#type: Option<String>,
    /// Default value (always a string, even for numeric parameters).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub default_value: Option<String>,
    /// Whether the parameter is mandatory.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub required: Option<bool>,
}

/// A TSF microservice bound to the API.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "typescript", derive(tsify::Tsify))]
#[serde(rename_all = "PascalCase", deny_unknown_fields)]
pub struct MicroServiceReq {
    /// Microservice cluster ID (required).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cluster_id: Option<String>,
    /// Microservice namespace ID (required).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub namespace_id: Option<String>,
    /// Microservice name (required).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub micro_service_name: Option<String>,
}

/// Load balancing configuration of a TSF microservice.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "typescript", derive(tsify::Tsify))]
#[serde(rename_all = "PascalCase", deny_unknown_fields)]
pub struct TsfLoadBalanceConfResp {
    /// Whether load balancing is enabled.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub is_load_balance: Option<bool>,
    /// Load balancing method (values undocumented).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub method: Option<String>,
    /// Whether session stickiness is required.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub session_stick_required: Option<bool>,
    /// Session stickiness timeout.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub session_stick_timeout: Option<i64>,
}

/// Health check configuration (TSF microservice or TARGET backend).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "typescript", derive(tsify::Tsify))]
#[serde(rename_all = "PascalCase", deny_unknown_fields)]
pub struct HealthCheckConf {
    /// Whether health checking is enabled.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub is_health_check: Option<bool>,
    /// Health check request volume threshold.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub request_volume_threshold: Option<i64>,
    /// Window size in milliseconds.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sleep_window_in_milliseconds: Option<i64>,
    /// Error threshold in percent (0 to 100).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub error_threshold_percentage: Option<i64>,
}

/// A backend resource of a TARGET backend (beta).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "typescript", derive(tsify::Tsify))]
#[serde(rename_all = "PascalCase", deny_unknown_fields)]
pub struct TargetServicesReq {
    /// IP of the CVM (required).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub vm_ip: Option<String>,
    /// VPC ID (required).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub vpc_id: Option<String>,
    /// Port of the CVM (required), 1 to 65535.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub vm_port: Option<i64>,
    /// IP of the host the CVM runs on (required).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub host_ip: Option<String>,
    /// Docker IP.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub docker_ip: Option<String>,
}

/// Backend service configuration.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "typescript", derive(tsify::Tsify))]
#[serde(rename_all = "PascalCase", deny_unknown_fields)]
pub struct ServiceConfig {
    /// Backend type when a VPC is used: clb, cvm or upstream.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub product: Option<String>,
    /// Unique VPC ID, e.g. `vpc-ssaasd`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub uniq_vpc_id: Option<String>,
    /// Backend URL (required for HTTP and WEBSOCKET backends), e.g. `http://example.com:8080`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// Backend path (required for HTTP and WEBSOCKET backends), e.g. `/`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub path: Option<String>,
    /// Backend method (required for HTTP and WEBSOCKET backends).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub method: Option<String>,
    /// VPC channel (upstream) ID, e.g. `upstream-sadad`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub upstream_id: Option<String>,
    /// COS backend configuration (required when ServiceType is COS).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cos_config: Option<CosConfig>,
}

/// COS backend configuration.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "typescript", derive(tsify::Tsify))]
#[serde(rename_all = "PascalCase", deny_unknown_fields)]
pub struct CosConfig {
    /// COS operation (required): GetObject, PutObject, PostObject, AppendObject, HeadObject or
    /// DeleteObject, paired with the frontend method.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub action: Option<String>,
    /// Bucket name (required).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub bucket_name: Option<String>,
    /// Whether the backend signs COS requests (default false).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub authorization: Option<bool>,
    /// Path match mode: BackEndPath (default) or FullPath.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub path_match_mode: Option<String>,
}

/// A backend parameter and the frontend parameter it maps from (HTTP backend only).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "typescript", derive(tsify::Tsify))]
#[serde(rename_all = "PascalCase", deny_unknown_fields)]
pub struct ServiceParameter {
    /// Backend parameter name.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Backend parameter position, e.g. `head`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub position: Option<String>,
    /// Position of the frontend parameter it maps from.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub relevant_request_parameter_position: Option<String>,
    /// Name of the frontend parameter it maps from.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub relevant_request_parameter_name: Option<String>,
    /// Default value.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub default_value: Option<String>,
    /// Description of the frontend parameter.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub relevant_request_parameter_desc: Option<String>,
    /// Type of the frontend parameter.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub relevant_request_parameter_type: Option<String>,
}

/// OAuth 2.0 configuration.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "typescript", derive(tsify::Tsify))]
#[serde(rename_all = "PascalCase", deny_unknown_fields)]
pub struct OauthConfig {
    /// Public key that verifies user tokens, as a JWK JSON string (required).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub public_key: Option<String>,
    /// Where the token is read from (required), e.g. `method.req.header.authorization`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub token_location: Option<String>,
    /// Redirect address of the login page.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub login_redirect_url: Option<String>,
}

/// A custom error code.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "typescript", derive(tsify::Tsify))]
#[serde(rename_all = "PascalCase", deny_unknown_fields)]
pub struct ResponseErrorCodeReq {
    /// Custom response code, e.g. 400.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub code: Option<i64>,
    /// Custom response message.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub msg: Option<String>,
    /// Description.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub desc: Option<String>,
    /// Code the custom code is converted to (requires NeedConvert).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub converted_code: Option<i64>,
    /// Whether the code is converted.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub need_convert: Option<bool>,
}
