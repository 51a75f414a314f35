//! The shape of a `CreateApi` request as the service defines it: every structure, field,
//! wire type, required flag and enumeration, with its description from the spec.
//!
//! The generic rules (missing, type, unknown and enumeration checks) walk a document against
//! these tables; the typed [`crate::model`] mirrors them field for field (a test keeps the two
//! in step).

/// The wire type of a field.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FieldType {
    String,
    Integer,
    Boolean,
    Object(&'static Struct),
    Array(&'static Struct),
}

impl FieldType {
    /// The name the spec uses for this type.
    pub fn spec_name(self) -> &'static str {
        match self {
            FieldType::String => "String",
            FieldType::Integer => "Integer",
            FieldType::Boolean => "Boolean",
            FieldType::Object(s) => s.name,
            FieldType::Array(s) => s.array_name,
        }
    }
}

/// How an enumeration compares values.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Case {
    /// Only the exact spelling is accepted; a different letter case is reported with a fix.
    Sensitive,
    /// Any letter case is accepted, because real, working requests use several.
    Insensitive,
}

/// The allowed values of a String field.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Enumeration {
    pub values: &'static [&'static str],
    pub case: Case,
    /// Values accepted although they are not the ones to use, e.g. the empty string that
    /// Terraform always sends for ResponseType.
    pub also_accepted: &'static [&'static str],
}

impl Enumeration {
    /// The canonical spelling of `value`, if it is an option in any letter case.
    pub fn canonical(&self, value: &str) -> Option<&'static str> {
        let options = || self.values.iter().chain(self.also_accepted).copied();
        // Nearly every value is written exactly as listed; that comparison is the cheaper one.
        options()
            .find(|option| same_text(option.as_bytes(), value.as_bytes()))
            .or_else(|| options().find(|option| option.eq_ignore_ascii_case(value)))
    }

    /// Whether `value` is accepted as written.
    pub fn accepts(&self, value: &str) -> bool {
        let value = value.as_bytes();
        let options = || self.values.iter().chain(self.also_accepted);
        match self.case {
            Case::Sensitive => options().any(|option| same_text(option.as_bytes(), value)),
            // Written exactly as listed, nearly always: the cheaper comparison first.
            Case::Insensitive => {
                options().any(|option| same_text(option.as_bytes(), value))
                    || options().any(|option| option.as_bytes().eq_ignore_ascii_case(value))
            }
        }
    }
}

/// One field of a structure.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Field {
    pub name: &'static str,
    pub ty: FieldType,
    pub required: bool,
    pub enumeration: Option<&'static Enumeration>,
    /// A common request parameter (signature v1 query form) rather than a CreateApi one.
    pub common: bool,
    /// Whether the value is a credential that must never be echoed.
    pub secret: bool,
    pub doc: &'static str,
}

/// A structure: the request itself or one of its nested types.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Struct {
    pub name: &'static str,
    /// How the spec names an array of this structure, e.g. `Array of RequestParameter`.
    pub array_name: &'static str,
    pub fields: &'static [Field],
    /// Field names to positions in `fields`, built at compile time: every key of a request
    /// is looked up here once while parsing, and every rule's lookup by name goes through it.
    index: FieldIndex,
    /// The positions of the required fields, found at compile time: the required check runs
    /// for every object and looks only at these.
    required: RequiredFields,
    /// Bit `i` is set when field `i` is one of the [`SECRET_KEYS`], whose values are masked.
    masked: u64,
}

impl Struct {
    pub const fn new(name: &'static str, array_name: &'static str, fields: &'static [Field]) -> Self {
        Struct {
            name,
            array_name,
            fields,
            index: FieldIndex::new(fields),
            required: RequiredFields::new(fields),
            masked: masked_fields(fields),
        }
    }

    /// Whether the value of the field at `position` is a credential to mask (its name is one
    /// of the [`SECRET_KEYS`]).
    pub fn is_masked(&self, position: usize) -> bool {
        position < 64 && self.masked & (1 << position) != 0
    }

    /// The required fields, with their positions.
    pub fn required_fields(&self) -> impl Iterator<Item = (usize, &'static Field)> + '_ {
        let positions = self.required.positions.get(..self.required.count).unwrap_or_default();
        positions.iter().filter_map(|&position| {
            let position = usize::from(position);
            self.fields.get(position).map(|field| (position, field))
        })
    }

    pub fn field(&self, name: &str) -> Option<&'static Field> {
        self.position(name).and_then(|position| self.fields.get(position))
    }

    /// The field `name`, resolved at compile time: `const SERVICE_TYPE: FieldKey =
    /// CREATE_API_REQUEST.key("ServiceType");`. A name the structure does not define fails
    /// the build.
    #[allow(
        clippy::indexing_slicing,
        clippy::panic,
        reason = "called in const items, where an index or a name that is wrong fails the build"
    )]
    pub const fn key(&'static self, name: &str) -> FieldKey {
        let mut position = 0;
        while position < self.fields.len() {
            if const_same_text(self.fields[position].name.as_bytes(), name.as_bytes()) {
                return FieldKey { schema: self, position };
            }
            position += 1;
        }
        panic!("the structure has no field of this name");
    }

    /// The position of the field `name` in `fields`.
    #[inline]
    pub fn position(&self, name: &str) -> Option<usize> {
        self.index.find(self.fields, name)
    }
}

/// A field of a structure, found once at compile time (see [`Struct::key`]); looking it up
/// in an object of that structure is one array read.
#[derive(Debug, Clone, Copy)]
pub struct FieldKey {
    pub schema: &'static Struct,
    pub position: usize,
}

impl FieldKey {
    pub fn field(self) -> Option<&'static Field> {
        self.schema.fields.get(self.position)
    }

    pub fn name(self) -> &'static str {
        self.field().map_or("", |field| field.name)
    }
}

#[allow(clippy::indexing_slicing, reason = "evaluated at compile time, where a bad index fails the build")]
const fn const_same_text(a: &[u8], b: &[u8]) -> bool {
    if a.len() != b.len() {
        return false;
    }
    let mut at = 0;
    while at < a.len() {
        if a[at] != b[at] {
            return false;
        }
        at += 1;
    }
    true
}

/// Whether two short texts are equal, compared a word at a time: field names are 2 to 40
/// bytes, where calling the C library's `memcmp` costs more than the comparison.
#[inline]
pub(crate) fn same_text(a: &[u8], b: &[u8]) -> bool {
    fn word(text: &[u8], at: usize) -> u64 {
        text.get(at..at + 8).and_then(|w| <[u8; 8]>::try_from(w).ok()).map_or(0, u64::from_ne_bytes)
    }
    let len = a.len();
    if len != b.len() {
        return false;
    }
    if len < 8 {
        return a.iter().zip(b).all(|(x, y)| x == y);
    }
    let mut at = 0;
    while at + 8 < len {
        if word(a, at) != word(b, at) {
            return false;
        }
        at += 8;
    }
    // The last word overlaps the previous one rather than reading past the end.
    word(a, len - 8) == word(b, len - 8)
}

#[allow(clippy::indexing_slicing, reason = "evaluated at compile time, where a bad index fails the build")]
const fn masked_fields(fields: &[Field]) -> u64 {
    let mut masked = 0;
    let mut position = 0;
    while position < fields.len() {
        let mut key = 0;
        while key < SECRET_KEYS.len() {
            if const_same_text(fields[position].name.as_bytes(), SECRET_KEYS[key].as_bytes()) {
                masked |= 1 << position;
            }
            key += 1;
        }
        position += 1;
    }
    masked
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct RequiredFields {
    positions: [u8; RequiredFields::MAX],
    count: usize,
}

impl RequiredFields {
    const MAX: usize = 8;

    #[allow(clippy::indexing_slicing, reason = "evaluated at compile time, where a bad index fails the build")]
    const fn new(fields: &[Field]) -> Self {
        let mut positions = [0; Self::MAX];
        let mut count = 0;
        let mut position = 0;
        while position < fields.len() {
            if fields[position].required {
                assert!(count < Self::MAX, "a structure has too many required fields");
                positions[count] = position as u8;
                count += 1;
            }
            position += 1;
        }
        RequiredFields { positions, count }
    }
}

/// An open-addressing hash table of field positions. The hash reads only the length and
/// three bytes of a name, so a lookup costs a few instructions and one string comparison.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct FieldIndex {
    buckets: [u8; FieldIndex::BUCKETS],
}

impl FieldIndex {
    /// At least twice the largest structure (CreateApiRequest), so probes stay short.
    const BUCKETS: usize = 128;
    const EMPTY: u8 = u8::MAX;

    #[allow(clippy::indexing_slicing, reason = "evaluated at compile time, where a bad index fails the build")]
    const fn new(fields: &[Field]) -> Self {
        assert!(fields.len() * 2 <= Self::BUCKETS, "a structure has too many fields for its index");
        let mut buckets = [Self::EMPTY; Self::BUCKETS];
        let mut position = 0;
        while position < fields.len() {
            let mut bucket = Self::hash(fields[position].name.as_bytes());
            while buckets[bucket] != Self::EMPTY {
                bucket = (bucket + 1) % Self::BUCKETS;
            }
            buckets[bucket] = position as u8;
            position += 1;
        }
        FieldIndex { buckets }
    }

    #[allow(clippy::indexing_slicing, reason = "every index is checked against the length first")]
    const fn hash(name: &[u8]) -> usize {
        let len = name.len();
        if len == 0 {
            return 0;
        }
        let mixed = (len as u32).wrapping_mul(0x9e37_79b9)
            ^ (name[0] as u32).wrapping_mul(0x85eb_ca6b)
            ^ (name[len / 2] as u32).wrapping_mul(0xc2b2_ae35)
            ^ (name[len - 1] as u32).wrapping_mul(0x27d4_eb2f);
        (mixed.wrapping_mul(0x9e37_79b9) >> 25) as usize % Self::BUCKETS
    }

    #[inline]
    fn find(&self, fields: &[Field], name: &str) -> Option<usize> {
        let mut bucket = Self::hash(name.as_bytes());
        loop {
            let position = *self.buckets.get(bucket)?;
            if position == Self::EMPTY {
                return None;
            }
            let position = usize::from(position);
            if fields.get(position).is_some_and(|field| same_text(field.name.as_bytes(), name.as_bytes())) {
                return Some(position);
            }
            bucket = (bucket + 1) % Self::BUCKETS;
        }
    }
}

const fn field(name: &'static str, ty: FieldType, doc: &'static str) -> Field {
    Field { name, ty, required: false, enumeration: None, common: false, secret: false, doc }
}

const fn required(name: &'static str, ty: FieldType, doc: &'static str) -> Field {
    Field { required: true, ..field(name, ty, doc) }
}

const fn choice(name: &'static str, values: &'static Enumeration, doc: &'static str) -> Field {
    Field { enumeration: Some(values), ..field(name, FieldType::String, doc) }
}

const fn common(name: &'static str, ty: FieldType, doc: &'static str) -> Field {
    Field { common: true, ..field(name, ty, doc) }
}

const fn credential(name: &'static str, doc: &'static str) -> Field {
    Field { secret: true, ..common(name, FieldType::String, doc) }
}

const fn sensitive(values: &'static [&'static str]) -> Enumeration {
    Enumeration { values, case: Case::Sensitive, also_accepted: &[] }
}

use FieldType::{Boolean, Integer, String as Str};

/// Backend types (`ServiceType`): the current Chinese list, a superset of the English one.
pub static SERVICE_TYPES: Enumeration =
    sensitive(&["HTTP", "MOCK", "TSF", "SCF", "EB", "TARGET", "VPC", "UPSTREAM", "GRPC", "COS", "WEBSOCKET"]);
/// Frontend protocols: HTTP (the working value, sent by the official example), WEBSOCKET, and
/// HTTPS (listed by the English table).
pub static PROTOCOLS: Enumeration = sensitive(&["HTTP", "HTTPS", "WEBSOCKET"]);
pub static API_TYPES: Enumeration = sensitive(&["NORMAL", "TSF"]);
/// Authentication types; EIAM appears in the service's own output structures.
pub static AUTH_TYPES: Enumeration = sensitive(&["SECRET", "NONE", "OAUTH", "APP", "EIAM"]);
pub static API_BUSINESS_TYPES: Enumeration = sensitive(&["NORMAL", "OAUTH"]);
/// The ten methods the server accepts (ModifyApi's InvalidMethod text).
pub static METHODS: Enumeration =
    sensitive(&["ANY", "BEGIN", "GET", "POST", "DELETE", "HEAD", "PUT", "OPTIONS", "TRACE", "PATCH"]);
/// Response types; the doc example is lower-case `html`, legacy docs spell TEXT as TEST, and
/// Terraform always sends the empty string.
pub static RESPONSE_TYPES: Enumeration = Enumeration {
    values: &["HTML", "JSON", "TEXT", "BINARY", "XML"],
    case: Case::Insensitive,
    also_accepted: &["TEST", ""],
};
/// Parameter positions; upper case in requests, lower case in the service's own output.
pub static POSITIONS: Enumeration =
    Enumeration { values: &["PATH", "QUERY", "HEADER"], case: Case::Insensitive, also_accepted: &[] };
/// Backend parameter positions also appear as `head` in the official examples.
pub static BACKEND_POSITIONS: Enumeration =
    Enumeration { values: &["PATH", "QUERY", "HEADER"], case: Case::Insensitive, also_accepted: &["HEAD"] };
pub static SCF_FUNCTION_TYPES: Enumeration = sensitive(&["EVENT", "HTTP"]);
pub static EIAM_AUTH_TYPES: Enumeration = sensitive(&["AuthenticationOnly", "Authentication", "Authorization"]);
pub static COS_ACTIONS: Enumeration =
    sensitive(&["GetObject", "PutObject", "PostObject", "AppendObject", "HeadObject", "DeleteObject"]);
pub static COS_PATH_MATCH_MODES: Enumeration = sensitive(&["BackEndPath", "FullPath"]);
pub static VPC_PRODUCTS: Enumeration = sensitive(&["clb", "cvm", "upstream"]);
pub static TOKEN_LOCATIONS: Enumeration = sensitive(&["method.req.header.authorization", "method.req.header.cookie"]);

pub static API_REQUEST_CONFIG: Struct = Struct::new(
    "ApiRequestConfig",
    "Array of ApiRequestConfig",
    &[
        required("Path", Str, "Frontend path, e.g. `/user/{id}`; `=` selects exact and `^~` priority-prefix matching."),
        Field { enumeration: Some(&METHODS), ..required("Method", Str, "Frontend method.") },
    ],
);

pub static CONSTANT_PARAMETER: Struct = Struct::new(
    "ConstantParameter",
    "Array of ConstantParameter",
    &[
        field("Name", Str, "Constant parameter name. Only used when ServiceType is HTTP."),
        field("Desc", Str, "Constant parameter description. Only used when ServiceType is HTTP."),
        choice("Position", &POSITIONS, "Constant parameter position. Only used when ServiceType is HTTP."),
        field("DefaultValue", Str, "Constant parameter value. Only used when ServiceType is HTTP."),
    ],
);

pub static REQUEST_PARAMETER: Struct = Struct::new(
    "RequestParameter",
    "Array of RequestParameter",
    &[
        field("Name", Str, "Request parameter name."),
        field("Desc", Str, "Description."),
        choice("Position", &POSITIONS, "Parameter position: PATH, QUERY or HEADER."),
        field("Type", Str, "Parameter type, e.g. String or int."),
        field("DefaultValue", Str, "Default value (a string, even for numeric parameters)."),
        field("Required", Boolean, "Whether the parameter is mandatory."),
    ],
);

pub static MICRO_SERVICE_REQ: Struct = Struct::new(
    "MicroServiceReq",
    "Array of MicroServiceReq",
    &[
        required("ClusterId", Str, "Microservice cluster ID."),
        required("NamespaceId", Str, "Microservice namespace ID."),
        required("MicroServiceName", Str, "Microservice name."),
    ],
);

pub static TSF_LOAD_BALANCE_CONF: Struct = Struct::new(
    "TsfLoadBalanceConfResp",
    "Array of TsfLoadBalanceConfResp",
    &[
        field("IsLoadBalance", Boolean, "Whether load balancing is enabled."),
        field("Method", Str, "Load balancing method."),
        field("SessionStickRequired", Boolean, "Whether session stickiness is required."),
        field("SessionStickTimeout", Integer, "Session stickiness timeout."),
    ],
);

pub static HEALTH_CHECK_CONF: Struct = Struct::new(
    "HealthCheckConf",
    "Array of HealthCheckConf",
    &[
        field("IsHealthCheck", Boolean, "Whether health checking is enabled."),
        field("RequestVolumeThreshold", Integer, "Health check threshold."),
        field("SleepWindowInMilliseconds", Integer, "Window size in milliseconds."),
        field("ErrorThresholdPercentage", Integer, "Threshold percentage."),
    ],
);

pub static TARGET_SERVICES_REQ: Struct = Struct::new(
    "TargetServicesReq",
    "Array of TargetServicesReq",
    &[
        required("VmIp", Str, "IP of the CVM."),
        required("VpcId", Str, "VPC ID."),
        required("VmPort", Integer, "Port of the CVM."),
        required("HostIp", Str, "IP of the host the CVM runs on."),
        field("DockerIp", Str, "Docker IP."),
    ],
);

pub static COS_CONFIG: Struct = Struct::new(
    "CosConfig",
    "Array of CosConfig",
    &[
        Field {
            enumeration: Some(&COS_ACTIONS),
            ..required("Action", Str, "COS operation, paired with the frontend method.")
        },
        required("BucketName", Str, "Bucket name."),
        field("Authorization", Boolean, "Whether the backend signs COS requests (default false)."),
        choice("PathMatchMode", &COS_PATH_MATCH_MODES, "Path match mode: BackEndPath (default) or FullPath."),
    ],
);

pub static SERVICE_CONFIG: Struct = Struct::new(
    "ServiceConfig",
    "Array of ServiceConfig",
    &[
        choice("Product", &VPC_PRODUCTS, "Backend type when a VPC is used: clb, cvm or upstream."),
        field("UniqVpcId", Str, "Unique VPC ID."),
        field("Url", Str, "Backend URL. Required if ServiceType is HTTP or WEBSOCKET."),
        field("Path", Str, "Backend path. Required if ServiceType is HTTP or WEBSOCKET."),
        choice("Method", &METHODS, "Backend method. Required if ServiceType is HTTP or WEBSOCKET."),
        field("UpstreamId", Str, "VPC channel (upstream) ID."),
        field(
            "CosConfig",
            FieldType::Object(&COS_CONFIG),
            "COS backend configuration. Required if ServiceType is COS.",
        ),
    ],
);

pub static SERVICE_PARAMETER: Struct = Struct::new(
    "ServiceParameter",
    "Array of ServiceParameter",
    &[
        field("Name", Str, "Backend parameter name. Only used when ServiceType is HTTP."),
        choice("Position", &BACKEND_POSITIONS, "Backend parameter position. Only used when ServiceType is HTTP."),
        choice(
            "RelevantRequestParameterPosition",
            &BACKEND_POSITIONS,
            "Position of the frontend parameter it maps from.",
        ),
        field("RelevantRequestParameterName", Str, "Name of the frontend parameter it maps from."),
        field("DefaultValue", Str, "Default value."),
        field("RelevantRequestParameterDesc", Str, "Description of the frontend parameter."),
        field("RelevantRequestParameterType", Str, "Type of the frontend parameter."),
    ],
);

pub static OAUTH_CONFIG: Struct = Struct::new(
    "OauthConfig",
    "Array of OauthConfig",
    &[
        required("PublicKey", Str, "Public key that verifies user tokens, as a JWK JSON string."),
        Field {
            enumeration: Some(&TOKEN_LOCATIONS),
            ..required("TokenLocation", Str, "Where the token is read from.")
        },
        field("LoginRedirectUrl", Str, "Redirect address of the login page."),
    ],
);

pub static RESPONSE_ERROR_CODE_REQ: Struct = Struct::new(
    "ResponseErrorCodeReq",
    "Array of ResponseErrorCodeReq",
    &[
        field("Code", Integer, "Custom response code."),
        field("Msg", Str, "Custom response message."),
        field("Desc", Str, "Description."),
        field("ConvertedCode", Integer, "Code the custom code is converted to."),
        field("NeedConvert", Boolean, "Whether the code is converted."),
    ],
);

/// The `CreateApi` request: its own parameters and the common request parameters of the
/// signature v1 query form.
pub static CREATE_API_REQUEST: Struct = Struct::new(
    "CreateApiRequest",
    "Array of CreateApiRequest",
    &[
        common("Action", Str, "Common parameter. The value for this API: CreateApi."),
        common("Version", Str, "Common parameter. The value for this API: 2018-08-08."),
        common("Region", Str, "Common parameter. A region that API Gateway is offered in."),
        common("Timestamp", Integer, "Common parameter. Current UNIX time in seconds."),
        common("Nonce", Integer, "Common parameter. A random positive integer, against replay."),
        credential("SecretId", "Common parameter. The SecretId of the signing key."),
        credential("Signature", "Common parameter. The request signature."),
        common("SignatureMethod", Str, "Common parameter. HmacSHA256 or HmacSHA1."),
        credential("Token", "Common parameter. The token of temporary credentials."),
        common("Language", Str, "Common parameter. zh-CN or en-US."),
        required("ServiceId", Str, "Unique service ID of API."),
        Field { enumeration: Some(&SERVICE_TYPES), ..required("ServiceType", Str, "API backend service type.") },
        required("ServiceTimeout", Integer, "API backend service timeout period in seconds."),
        Field { enumeration: Some(&PROTOCOLS), ..required("Protocol", Str, "API frontend request protocol.") },
        required("RequestConfig", FieldType::Object(&API_REQUEST_CONFIG), "Request frontend configuration."),
        field("ApiName", Str, "Custom API name."),
        field("ApiDesc", Str, "Custom API description."),
        choice("ApiType", &API_TYPES, "API type: NORMAL (general API) or TSF (microservice API). Default NORMAL."),
        choice("AuthType", &AUTH_TYPES, "API authentication type: SECRET, NONE, OAUTH or APP. Default NONE."),
        field("EnableCORS", Boolean, "Whether to enable CORS."),
        field("ConstantParameters", FieldType::Array(&CONSTANT_PARAMETER), "Constant parameters."),
        field("RequestParameters", FieldType::Array(&REQUEST_PARAMETER), "Frontend request parameters."),
        choice(
            "ApiBusinessType",
            &API_BUSINESS_TYPES,
            "Valid if AuthType is OAUTH. NORMAL: business API; OAUTH: authorization API.",
        ),
        field(
            "ServiceMockReturnMessage",
            Str,
            "Returned message of the Mock backend; required if ServiceType is MOCK.",
        ),
        field("MicroServices", FieldType::Array(&MICRO_SERVICE_REQ), "Microservices bound to the API."),
        field(
            "ServiceTsfLoadBalanceConf",
            FieldType::Object(&TSF_LOAD_BALANCE_CONF),
            "Load balancing configuration of the microservice.",
        ),
        field(
            "ServiceTsfHealthCheckConf",
            FieldType::Object(&HEALTH_CHECK_CONF),
            "Health check configuration of the microservice.",
        ),
        field("TargetServices", FieldType::Array(&TARGET_SERVICES_REQ), "TARGET backend resources (beta)."),
        field("TargetServicesLoadBalanceConf", Integer, "TARGET load balancing configuration (beta)."),
        field(
            "TargetServicesHealthCheckConf",
            FieldType::Object(&HEALTH_CHECK_CONF),
            "TARGET health check configuration (beta).",
        ),
        field("ServiceScfFunctionName", Str, "SCF function name; takes effect if the backend type is SCF."),
        field(
            "ServiceWebsocketRegisterFunctionName",
            Str,
            "SCF WebSocket registration function (WEBSOCKET frontend, SCF backend).",
        ),
        field(
            "ServiceWebsocketCleanupFunctionName",
            Str,
            "SCF WebSocket cleanup function (WEBSOCKET frontend, SCF backend).",
        ),
        field(
            "ServiceWebsocketTransportFunctionName",
            Str,
            "SCF WebSocket transport function (WEBSOCKET frontend, SCF backend).",
        ),
        field("ServiceScfFunctionNamespace", Str, "SCF function namespace; takes effect if the backend type is SCF."),
        field("ServiceScfFunctionQualifier", Str, "SCF function version; takes effect if the backend type is SCF."),
        field("ServiceWebsocketRegisterFunctionNamespace", Str, "Namespace of the WebSocket registration function."),
        field("ServiceWebsocketRegisterFunctionQualifier", Str, "Version of the WebSocket registration function."),
        field("ServiceWebsocketTransportFunctionNamespace", Str, "Namespace of the WebSocket transport function."),
        field("ServiceWebsocketTransportFunctionQualifier", Str, "Version of the WebSocket transport function."),
        field("ServiceWebsocketCleanupFunctionNamespace", Str, "Namespace of the WebSocket cleanup function."),
        field("ServiceWebsocketCleanupFunctionQualifier", Str, "Version of the WebSocket cleanup function."),
        field(
            "ServiceScfIsIntegratedResponse",
            Boolean,
            "Whether to enable response integration; takes effect if the backend type is SCF.",
        ),
        field("IsDebugAfterCharge", Boolean, "Billing after debugging starts (reserved for the marketplace)."),
        field("IsDeleteResponseErrorCodes", Boolean, "Whether to delete all custom response error codes of the API."),
        choice("ResponseType", &RESPONSE_TYPES, "Return type."),
        field("ResponseSuccessExample", Str, "Sample response for successful custom response configuration."),
        field("ResponseFailExample", Str, "Sample response for failed custom response configuration."),
        field("ServiceConfig", FieldType::Object(&SERVICE_CONFIG), "API backend service configuration."),
        field(
            "AuthRelationApiId",
            Str,
            "ID of the associated OAuth 2.0 authorization API (AuthType OAUTH, ApiBusinessType NORMAL).",
        ),
        field("ServiceParameters", FieldType::Array(&SERVICE_PARAMETER), "API backend service parameters."),
        field(
            "OauthConfig",
            FieldType::Object(&OAUTH_CONFIG),
            "OAuth configuration; takes effect if AuthType is OAUTH.",
        ),
        field("ResponseErrorCodes", FieldType::Array(&RESPONSE_ERROR_CODE_REQ), "Custom error code configuration."),
        field("TargetNamespaceId", Str, "TSF Serverless namespace ID (beta)."),
        field("UserType", Str, "User type."),
        field(
            "IsBase64Encoded",
            Boolean,
            "Whether to enable Base64 encoding; takes effect only when the backend is SCF.",
        ),
        field("EventBusId", Str, "Event bus ID (EB backend)."),
        choice(
            "ServiceScfFunctionType",
            &SCF_FUNCTION_TYPES,
            "SCF function type: EVENT or HTTP; takes effect if the backend type is SCF.",
        ),
        field("ServiceScfEventIsAsyncCall", Boolean, "Whether an SCF event function is called asynchronously."),
        field("EIAMAppType", Str, "EIAM application type."),
        choice("EIAMAuthType", &EIAM_AUTH_TYPES, "EIAM application authentication type."),
        field("TokenTimeout", Integer, "Validity of the EIAM application token in seconds. Default 7200."),
        field("EIAMAppId", Str, "EIAM application ID."),
        field("Owner", Str, "Owner of the resource."),
    ],
);

/// Parameters that ModifyApi takes but CreateApi does not.
pub const MODIFY_API_ONLY: &[&str] =
    &["ApiId", "AuthRequired", "TagSpecifications", "IsBase64Trigger", "Base64EncodedTriggerRules"];

/// Keys whose values are credentials: never echoed, masked in code frames.
pub const SECRET_KEYS: &[&str] = &["SecretId", "SecretKey", "Signature", "Token", "Authorization"];

/// A top-level parameter of the request, resolved at compile time.
pub const fn request_key(name: &str) -> FieldKey {
    CREATE_API_REQUEST.key(name)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every structure reachable from the request.
    fn structures() -> Vec<&'static Struct> {
        let mut found: Vec<&'static Struct> = vec![&CREATE_API_REQUEST];
        let mut next = 0;
        while let Some(schema) = found.get(next).copied() {
            for field in schema.fields {
                if let FieldType::Object(inner) | FieldType::Array(inner) = field.ty
                    && !found.iter().any(|known| std::ptr::eq(*known, inner))
                {
                    found.push(inner);
                }
            }
            next += 1;
        }
        found
    }

    #[test]
    fn the_field_index_finds_every_field_and_nothing_else() {
        for schema in structures() {
            for (position, field) in schema.fields.iter().enumerate() {
                assert_eq!(schema.position(field.name), Some(position), "{}.{}", schema.name, field.name);
                assert_eq!(schema.position(&field.name.to_ascii_lowercase()), None, "{}.{}", schema.name, field.name);
            }
            assert_eq!(schema.position(""), None);
            let required: Vec<&str> = schema.required_fields().map(|(_, f)| f.name).collect();
            let expected: Vec<&str> = schema.fields.iter().filter(|f| f.required).map(|f| f.name).collect();
            assert_eq!(required, expected, "{}", schema.name);
        }
    }

    /// The parser masks a known field by its bit and compares text with [`SECRET_KEYS`] only
    /// for keys the schema does not know; a credential field must be among them.
    #[test]
    fn masked_fields_are_the_secret_keys_and_include_every_credential() {
        for schema in structures() {
            for (position, field) in schema.fields.iter().enumerate() {
                let masked = schema.is_masked(position);
                assert_eq!(masked, SECRET_KEYS.contains(&field.name), "{}.{}", schema.name, field.name);
                assert!(masked || !field.secret, "{}.{} is a credential", schema.name, field.name);
            }
        }
    }

    #[test]
    fn short_texts_compare_like_slices() {
        let texts = ["", "a", "Name", "Position", "ServiceId", "ServiceType", "ServiceScfFunctionQualifier"];
        for a in texts {
            for b in texts {
                assert_eq!(same_text(a.as_bytes(), b.as_bytes()), a == b, "{a} {b}");
            }
            let mut changed = a.as_bytes().to_vec();
            if let Some(last) = changed.last_mut() {
                *last ^= 1;
                assert!(!same_text(a.as_bytes(), &changed), "{a}");
            }
        }
    }
}
