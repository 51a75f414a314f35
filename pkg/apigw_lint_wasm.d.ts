/* tslint:disable */
/* eslint-disable */
/**
 * A TSF microservice bound to the API.
 */
export interface MicroServiceReq {
    /**
     * Microservice cluster ID (required).
     */
    ClusterId?: string;
    /**
     * Microservice namespace ID (required).
     */
    NamespaceId?: string;
    /**
     * Microservice name (required).
     */
    MicroServiceName?: string;
}

/**
 * A `CreateApi` request body, as sent in the API 3.0 JSON form.
 *
 * ```
 * use apigw_lint::model::{ApiRequestConfig, CreateApiRequest};
 *
 * let request = CreateApiRequest {
 *     service_id: Some("service-ody35h5e".into()),
 *     service_type: Some("MOCK".into()),
 *     service_timeout: Some(15),
 *     protocol: Some("HTTP".into()),
 *     request_config: Some(ApiRequestConfig {
 *         path: Some("/test".into()),
 *         method: Some("GET".into()),
 *     }),
 *     service_mock_return_message: Some("mock".into()),
 *     ..Default::default()
 * };
 * assert!(!apigw_lint::lint_request(&request).has_errors());
 * ```
 */
export interface CreateApiRequest {
    /**
     * Unique service ID of the API (required), e.g. `service-ody35h5e`.
     */
    ServiceId?: string;
    /**
     * Backend service type (required): HTTP, MOCK, TSF, SCF, EB, TARGET, VPC, UPSTREAM, GRPC,
     * COS or WEBSOCKET.
     */
    ServiceType?: string;
    /**
     * Backend service timeout in seconds (required).
     */
    ServiceTimeout?: number;
    /**
     * Frontend request protocol (required): HTTP or WEBSOCKET (the English table says HTTPS,
     * WEBSOCKET; the official example sends HTTP).
     */
    Protocol?: string;
    /**
     * Frontend path and method (required).
     */
    RequestConfig?: ApiRequestConfig;
    /**
     * Custom API name (at most 60 characters in the console).
     */
    ApiName?: string;
    /**
     * Custom API description.
     */
    ApiDesc?: string;
    /**
     * API type: NORMAL (general API, the default) or TSF (microservice API).
     */
    ApiType?: string;
    /**
     * Authentication type: SECRET, NONE (the default), OAUTH or APP.
     */
    AuthType?: string;
    /**
     * Whether to enable CORS.
     */
    EnableCORS?: boolean;
    /**
     * Constant parameters (used only with an HTTP backend).
     */
    ConstantParameters?: ConstantParameter[];
    /**
     * Frontend request parameters (at most 100).
     */
    RequestParameters?: RequestParameter[];
    /**
     * Meaningful when AuthType is OAUTH: NORMAL (business API) or OAUTH (authorization API).
     */
    ApiBusinessType?: string;
    /**
     * Message returned by a MOCK backend; required when ServiceType is MOCK.
     */
    ServiceMockReturnMessage?: string;
    /**
     * Microservices bound to the API (TSF backend).
     */
    MicroServices?: MicroServiceReq[];
    /**
     * Load balancing of the microservice (TSF backend).
     */
    ServiceTsfLoadBalanceConf?: TsfLoadBalanceConfResp;
    /**
     * Health check of the microservice (TSF backend).
     */
    ServiceTsfHealthCheckConf?: HealthCheckConf;
    /**
     * Backend resources of a TARGET backend (beta).
     */
    TargetServices?: TargetServicesReq[];
    /**
     * Load balancing of a TARGET backend (beta).
     */
    TargetServicesLoadBalanceConf?: number;
    /**
     * Health check of a TARGET backend (beta).
     */
    TargetServicesHealthCheckConf?: HealthCheckConf;
    /**
     * SCF function name; takes effect when the backend is SCF.
     */
    ServiceScfFunctionName?: string;
    /**
     * SCF WebSocket registration function (WEBSOCKET frontend with SCF backend).
     */
    ServiceWebsocketRegisterFunctionName?: string;
    /**
     * SCF WebSocket cleanup function (WEBSOCKET frontend with SCF backend).
     */
    ServiceWebsocketCleanupFunctionName?: string;
    /**
     * SCF WebSocket transport function (WEBSOCKET frontend with SCF backend).
     */
    ServiceWebsocketTransportFunctionName?: string;
    /**
     * SCF function namespace; takes effect when the backend is SCF.
     */
    ServiceScfFunctionNamespace?: string;
    /**
     * SCF function version or alias (`$LATEST`, `$DEFAULT`, ...); backend SCF.
     */
    ServiceScfFunctionQualifier?: string;
    /**
     * Namespace of the WebSocket registration function.
     */
    ServiceWebsocketRegisterFunctionNamespace?: string;
    /**
     * Version of the WebSocket registration function.
     */
    ServiceWebsocketRegisterFunctionQualifier?: string;
    /**
     * Namespace of the WebSocket transport function.
     */
    ServiceWebsocketTransportFunctionNamespace?: string;
    /**
     * Version of the WebSocket transport function.
     */
    ServiceWebsocketTransportFunctionQualifier?: string;
    /**
     * Namespace of the WebSocket cleanup function.
     */
    ServiceWebsocketCleanupFunctionNamespace?: string;
    /**
     * Version of the WebSocket cleanup function.
     */
    ServiceWebsocketCleanupFunctionQualifier?: string;
    /**
     * Whether to enable response integration; takes effect when the backend is SCF.
     */
    ServiceScfIsIntegratedResponse?: boolean;
    /**
     * Billing after debugging starts (reserved for the cloud marketplace).
     */
    IsDebugAfterCharge?: boolean;
    /**
     * If true, deletes all custom response error codes of the API.
     */
    IsDeleteResponseErrorCodes?: boolean;
    /**
     * Return type: HTML, JSON, TEXT, BINARY or XML.
     */
    ResponseType?: string;
    /**
     * Sample success response of the custom response configuration.
     */
    ResponseSuccessExample?: string;
    /**
     * Sample failure response of the custom response configuration.
     */
    ResponseFailExample?: string;
    /**
     * Backend service configuration (HTTP, WEBSOCKET, COS, VPC and UPSTREAM backends).
     */
    ServiceConfig?: ServiceConfig;
    /**
     * ID of the OAuth 2.0 authorization API bound to this business API (AuthType OAUTH,
     * ApiBusinessType NORMAL).
     */
    AuthRelationApiId?: string;
    /**
     * Backend parameters (used only with an HTTP backend).
     */
    ServiceParameters?: ServiceParameter[];
    /**
     * OAuth configuration; takes effect when AuthType is OAUTH.
     */
    OauthConfig?: OauthConfig;
    /**
     * Custom error codes.
     */
    ResponseErrorCodes?: ResponseErrorCodeReq[];
    /**
     * TSF Serverless namespace ID (beta).
     */
    TargetNamespaceId?: string;
    /**
     * User type (values undocumented).
     */
    UserType?: string;
    /**
     * Whether to enable Base64 encoding; takes effect only when the backend is SCF.
     */
    IsBase64Encoded?: boolean;
    /**
     * Event bus ID (EB backend), e.g. `eb-xsae3sdf`.
     */
    EventBusId?: string;
    /**
     * SCF function type: EVENT or HTTP; takes effect when the backend is SCF.
     */
    ServiceScfFunctionType?: string;
    /**
     * Whether an SCF event function is called asynchronously (in the Chinese spec only).
     */
    ServiceScfEventIsAsyncCall?: boolean;
    /**
     * EIAM application type, e.g. `Client`.
     */
    EIAMAppType?: string;
    /**
     * EIAM authentication type: AuthenticationOnly, Authentication or Authorization.
     */
    EIAMAuthType?: string;
    /**
     * Validity of the EIAM application token in seconds (default 7200).
     */
    TokenTimeout?: number;
    /**
     * EIAM application ID.
     */
    EIAMAppId?: string;
    /**
     * Owner of the resource.
     */
    Owner?: string;
}

/**
 * A backend parameter and the frontend parameter it maps from (HTTP backend only).
 */
export interface ServiceParameter {
    /**
     * Backend parameter name.
     */
    Name?: string;
    /**
     * Backend parameter position, e.g. `head`.
     */
    Position?: string;
    /**
     * Position of the frontend parameter it maps from.
     */
    RelevantRequestParameterPosition?: string;
    /**
     * Name of the frontend parameter it maps from.
     */
    RelevantRequestParameterName?: string;
    /**
     * Default value.
     */
    DefaultValue?: string;
    /**
     * Description of the frontend parameter.
     */
    RelevantRequestParameterDesc?: string;
    /**
     * Type of the frontend parameter.
     */
    RelevantRequestParameterType?: string;
}

/**
 * A backend resource of a TARGET backend (beta).
 */
export interface TargetServicesReq {
    /**
     * IP of the CVM (required).
     */
    VmIp?: string;
    /**
     * VPC ID (required).
     */
    VpcId?: string;
    /**
     * Port of the CVM (required), 1 to 65535.
     */
    VmPort?: number;
    /**
     * IP of the host the CVM runs on (required).
     */
    HostIp?: string;
    /**
     * Docker IP.
     */
    DockerIp?: string;
}

/**
 * A constant parameter sent to the backend (HTTP backend only).
 */
export interface ConstantParameter {
    /**
     * Constant parameter name.
     */
    Name?: string;
    /**
     * Constant parameter description.
     */
    Desc?: string;
    /**
     * Constant parameter position (header or query).
     */
    Position?: string;
    /**
     * Constant parameter value.
     */
    DefaultValue?: string;
}

/**
 * A custom error code.
 */
export interface ResponseErrorCodeReq {
    /**
     * Custom response code, e.g. 400.
     */
    Code?: number;
    /**
     * Custom response message.
     */
    Msg?: string;
    /**
     * Description.
     */
    Desc?: string;
    /**
     * Code the custom code is converted to (requires NeedConvert).
     */
    ConvertedCode?: number;
    /**
     * Whether the code is converted.
     */
    NeedConvert?: boolean;
}

/**
 * A diagnostic with its range (and its fix's edits) in UTF-16 code units.
 */
export interface BrowserDiagnostic extends Diagnostic {
    utf16_offset: number;
    utf16_end_offset: number;
    /**
     * The fix's edits, in UTF-16 code units, in the order of `fix.edits`.
     */
    utf16_edits?: Utf16Edit[];
}

/**
 * A fix that is certain to be right, as a set of edits.
 */
export interface Fix {
    message: string;
    edits: Edit[];
}

/**
 * A frontend request parameter.
 */
export interface RequestParameter {
    /**
     * Parameter name.
     */
    Name?: string;
    /**
     * Parameter description.
     */
    Desc?: string;
    /**
     * Parameter position: PATH, QUERY or HEADER.
     */
    Position?: string;
    /**
     * Parameter type, e.g. `String` or `int`.
     */
    Type?: string;
    /**
     * Default value (always a string, even for numeric parameters).
     */
    DefaultValue?: string;
    /**
     * Whether the parameter is mandatory.
     */
    Required?: boolean;
}

/**
 * A resolved location: 1-based lines and columns (columns count characters), and byte
 * offsets into the source.
 */
export interface Location {
    line: number;
    column: number;
    end_line: number;
    end_column: number;
    offset: number;
    end_offset: number;
}

/**
 * A rule's identity and documentation, declared once beside its check.
 */
export interface RuleInfo {
    /**
     * Stable kebab-case id.
     */
    id: string;
    /**
     * Default severity.
     */
    severity: Severity;
    /**
     * The error code the service returns for what the rule finds, if any.
     */
    error_code: string | null;
    /**
     * One line.
     */
    summary: string;
}

/**
 * Another place that takes part in a finding (the ServiceType that makes a Method wrong).
 */
export interface Related extends Location {
    message: string;
    pointer: string;
}

/**
 * Backend service configuration.
 */
export interface ServiceConfig {
    /**
     * Backend type when a VPC is used: clb, cvm or upstream.
     */
    Product?: string;
    /**
     * Unique VPC ID, e.g. `vpc-ssaasd`.
     */
    UniqVpcId?: string;
    /**
     * Backend URL (required for HTTP and WEBSOCKET backends), e.g. `http://example.com:8080`.
     */
    Url?: string;
    /**
     * Backend path (required for HTTP and WEBSOCKET backends), e.g. `/`.
     */
    Path?: string;
    /**
     * Backend method (required for HTTP and WEBSOCKET backends).
     */
    Method?: string;
    /**
     * VPC channel (upstream) ID, e.g. `upstream-sadad`.
     */
    UpstreamId?: string;
    /**
     * COS backend configuration (required when ServiceType is COS).
     */
    CosConfig?: CosConfig;
}

/**
 * COS backend configuration.
 */
export interface CosConfig {
    /**
     * COS operation (required): GetObject, PutObject, PostObject, AppendObject, HeadObject or
     * DeleteObject, paired with the frontend method.
     */
    Action?: string;
    /**
     * Bucket name (required).
     */
    BucketName?: string;
    /**
     * Whether the backend signs COS requests (default false).
     */
    Authorization?: boolean;
    /**
     * Path match mode: BackEndPath (default) or FullPath.
     */
    PathMatchMode?: string;
}

/**
 * Frontend request configuration.
 */
export interface ApiRequestConfig {
    /**
     * Frontend path (required), e.g. `/user/{id}`; `=` and `^~` prefixes select exact and
     * priority-prefix matching.
     */
    Path?: string;
    /**
     * Frontend method (required): ANY, BEGIN, GET, POST, DELETE, HEAD, PUT, OPTIONS, TRACE or PATCH.
     */
    Method?: string;
}

/**
 * Health check configuration (TSF microservice or TARGET backend).
 */
export interface HealthCheckConf {
    /**
     * Whether health checking is enabled.
     */
    IsHealthCheck?: boolean;
    /**
     * Health check request volume threshold.
     */
    RequestVolumeThreshold?: number;
    /**
     * Window size in milliseconds.
     */
    SleepWindowInMilliseconds?: number;
    /**
     * Error threshold in percent (0 to 100).
     */
    ErrorThresholdPercentage?: number;
}

/**
 * How serious a finding is.
 */
export type Severity = "error" | "warning" | "info";

/**
 * Load balancing configuration of a TSF microservice.
 */
export interface TsfLoadBalanceConfResp {
    /**
     * Whether load balancing is enabled.
     */
    IsLoadBalance?: boolean;
    /**
     * Load balancing method (values undocumented).
     */
    Method?: string;
    /**
     * Whether session stickiness is required.
     */
    SessionStickRequired?: boolean;
    /**
     * Session stickiness timeout.
     */
    SessionStickTimeout?: number;
}

/**
 * OAuth 2.0 configuration.
 */
export interface OauthConfig {
    /**
     * Public key that verifies user tokens, as a JWK JSON string (required).
     */
    PublicKey?: string;
    /**
     * Where the token is read from (required), e.g. `method.req.header.authorization`.
     */
    TokenLocation?: string;
    /**
     * Redirect address of the login page.
     */
    LoginRedirectUrl?: string;
}

/**
 * One finding.
 */
export interface Diagnostic extends Location {
    /**
     * Stable kebab-case rule id.
     */
    rule: string;
    severity: Severity;
    /**
     * The error code the service would return, where one applies.
     */
    error_code: string | null;
    message: string;
    help: string | null;
    /**
     * JSON Pointer to the value (or key) at fault; batch elements start with their index.
     */
    pointer: string;
    /**
     * The flattened parameter name, as the query form writes it.
     */
    parameter: string;
    related?: Related[];
    fix?: Fix;
}

/**
 * One text replacement: bytes `offset..end_offset` of the source become `replacement`.
 */
export interface Edit {
    offset: number;
    end_offset: number;
    replacement: string;
}

/**
 * Options of `lint` and `lintBytes`.
 */
export interface Options {
    /**
     * `auto` (the default) decides by content: `{` or `[` is JSON, `Name=value&...` the
     * query form.
     */
    input?: InputMode;
    /**
     * The largest input accepted, in bytes (default 16 MiB, the gateway's request limit).
     */
    maxInputBytes?: number;
}

/**
 * The rule catalog.
 */
export type Rules = RuleInfo[];

/**
 * What `lint` returns: the diagnostics as the CLI's JSON output gives them, plus UTF-16
 * ranges, and the counts.
 */
export interface LintResult {
    diagnostics: BrowserDiagnostic[];
    errors: number;
    warnings: number;
}

/**
 * Which input form to read.
 */
export type InputMode = "auto" | "json" | "query";

export interface Utf16Edit {
    utf16_offset: number;
    utf16_end_offset: number;
    replacement: string;
}


/**
 * A rule's documentation in Markdown, or `undefined` for an unknown id.
 */
export function explain(ruleId: string): string | undefined;

/**
 * Lints a document: a request object, an array of them, or the query-string form.
 */
export function lint(input: string, options?: Options | null): LintResult;

/**
 * Lints raw bytes, for input that may not be valid UTF-8 (a file read as bytes).
 */
export function lintBytes(input: Uint8Array | number[], options?: Options | null): LintResult;

/**
 * Lints a request a form already holds as an object. Locations refer to
 * `JSON.stringify(request, null, 2)`.
 */
export function lintRequest(request: CreateApiRequest): LintResult;

/**
 * Every rule: id, severity, error code and summary.
 */
export function rules(): Rules;

/**
 * The version of the rule engine.
 */
export function version(): string;

export type InitInput = RequestInfo | URL | Response | BufferSource | WebAssembly.Module;

export interface InitOutput {
    readonly memory: WebAssembly.Memory;
    readonly explain: (a: number, b: number) => [number, number];
    readonly lint: (a: any, b: number) => [number, number, number];
    readonly lintBytes: (a: number, b: number, c: number) => [number, number, number];
    readonly lintRequest: (a: any) => [number, number, number];
    readonly rules: () => [number, number, number];
    readonly version: () => [number, number];
    readonly __wbindgen_malloc: (a: number, b: number) => number;
    readonly __wbindgen_realloc: (a: number, b: number, c: number, d: number) => number;
    readonly __wbindgen_free: (a: number, b: number, c: number) => void;
    readonly __wbindgen_exn_store: (a: number) => void;
    readonly __externref_table_alloc: () => number;
    readonly __wbindgen_externrefs: WebAssembly.Table;
    readonly __externref_table_dealloc: (a: number) => void;
    readonly __wbindgen_start: () => void;
}

export type SyncInitInput = BufferSource | WebAssembly.Module;

/**
 * Instantiates the given `module`, which can either be bytes or
 * a precompiled `WebAssembly.Module`.
 *
 * @param {{ module: SyncInitInput }} module - Passing `SyncInitInput` directly is deprecated.
 *
 * @returns {InitOutput}
 */
export function initSync(module: { module: SyncInitInput } | SyncInitInput): InitOutput;

/**
 * If `module_or_path` is {RequestInfo} or {URL}, makes a request and
 * for everything else, calls `WebAssembly.instantiate` directly.
 *
 * @param {{ module_or_path: InitInput | Promise<InitInput> }} module_or_path - Passing `InitInput` directly is deprecated.
 *
 * @returns {Promise<InitOutput>}
 */
export default function __wbg_init (module_or_path?: { module_or_path: InitInput | Promise<InitInput> } | InitInput | Promise<InitInput>): Promise<InitOutput>;
