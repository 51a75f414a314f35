//! The rule catalog. Each rule lives in its own file; its doc comment is its documentation,
//! shown by `apigw-lint explain` and the generated rule list, and its examples are run as
//! tests.

use serde::Serialize;

use crate::context::Context;
use crate::diagnostic::Severity;
use crate::document::Node;
use crate::schema::Struct;

/// A rule's identity and documentation, declared once beside its check.
#[derive(Debug, Serialize)]
#[cfg_attr(feature = "typescript", derive(tsify::Tsify))]
pub struct RuleInfo {
    /// Stable kebab-case id.
    pub id: &'static str,
    /// Default severity.
    pub severity: Severity,
    /// The error code the service returns for what the rule finds, if any.
    pub error_code: Option<&'static str>,
    /// One line.
    pub summary: &'static str,
    /// The doc comment, in Markdown.
    #[serde(skip)]
    pub(crate) raw_documentation: &'static str,
}

impl RuleInfo {
    /// The rule's documentation in Markdown (its doc comment).
    pub fn documentation(&self) -> String {
        let mut text = String::with_capacity(self.raw_documentation.len());
        for line in self.raw_documentation.lines() {
            text.push_str(line.strip_prefix(' ').unwrap_or(line));
            text.push('\n');
        }
        text
    }
}

/// Declares a rule's [`RuleInfo`] from its doc comment and metadata.
macro_rules! declare_rule {
    (
        $(#[doc = $doc:literal])*
        $name:ident {
            id: $id:literal,
            severity: $severity:ident,
            error_code: $code:expr,
            summary: $summary:literal $(,)?
        }
    ) => {
        $(#[doc = $doc])*
        pub static $name: $crate::rules::RuleInfo = $crate::rules::RuleInfo {
            id: $id,
            severity: $crate::diagnostic::Severity::$severity,
            error_code: $code,
            summary: $summary,
            raw_documentation: concat!($($doc, "\n"),*),
        };
    };
}

// About the document itself, reported while it is read.
pub mod duplicate_key;
pub mod input_too_large;
pub mod internal_error;
pub mod invalid_utf8;
pub mod nesting_too_deep;
pub mod not_a_request;
pub mod query_index_gap;
pub mod syntax_error;
pub mod too_many_findings;
pub mod unreadable_input;
pub mod unused_suppression;

// About a request.
pub mod api_name_length;
pub mod backend_path_format;
pub mod backend_url_format;
pub mod common_parameter_value;
pub mod cos_action_matches_method;
pub mod cos_requires_cos_config;
pub mod duplicate_request_parameter;
pub mod duplicate_response_error_code;
pub mod eb_requires_event_bus_id;
pub mod event_bus_without_eb;
pub mod frontend_path_format;
pub mod health_check_range;
pub mod http_backend_requires_service_config;
pub mod http_only_field_on_other_backend;
pub mod invalid_action;
pub mod invalid_enum_value;
pub mod invalid_ip_address;
pub mod invalid_port;
pub mod invalid_type;
pub mod invalid_version;
pub mod missing_parameter;
pub mod mock_message_without_mock;
pub mod mock_requires_message;
pub mod need_convert_requires_converted_code;
pub mod oauth_authorization_api_requires_config;
pub mod oauth_business_api_requires_relation;
pub mod oauth_field_without_oauth;
pub mod oauth_public_key_format;
pub mod oauth_requires_business_type;
pub mod protocol_https;
pub mod scf_field_without_scf_backend;
pub mod scf_requires_function_name;
pub mod scf_websocket_requires_transport_function;
pub mod service_parameter_position_mismatch;
pub mod service_parameter_unmatched;
pub mod service_timeout_range;
pub mod target_field_without_target;
pub mod target_requires_target_services;
pub mod token_timeout_range;
pub mod too_many_request_parameters;
pub mod tsf_api_type_requires_tsf_backend;
pub mod tsf_field_without_tsf;
pub mod tsf_requires_microservices;
pub mod undeclared_path_variable;
pub mod unknown_parameter;
pub mod unknown_region;
pub mod unused_path_parameter;
pub mod upstream_requires_upstream_id;
pub mod vpc_product_requires_vpc_id;
pub mod websocket_frontend_method;
pub mod websocket_function_without_websocket_scf;
pub mod websocket_requires_get;
pub mod websocket_requires_websocket_protocol;

pub(crate) mod support;

/// How a rule looks at a request.
#[derive(Clone, Copy)]
pub(crate) enum Check {
    /// Once per request.
    Request(fn(&mut Context<'_>)),
    /// For every object whose structure the schema knows, the request itself included: the
    /// checks that apply to every field, each looping over the object's members itself.
    Object(fn(&mut Context<'_>, Node<'_>, &'static Struct)),
}

/// Every rule that looks at a request, with its check, in catalog order.
pub(crate) static REQUEST_RULES: &[(&RuleInfo, Check)] = &[
    (&invalid_type::RULE, Check::Object(invalid_type::check)),
    (&missing_parameter::RULE, Check::Object(missing_parameter::check)),
    (&unknown_parameter::RULE, Check::Object(unknown_parameter::check)),
    (&invalid_enum_value::RULE, Check::Object(invalid_enum_value::check)),
    (&invalid_action::RULE, Check::Request(invalid_action::check)),
    (&invalid_version::RULE, Check::Request(invalid_version::check)),
    (&unknown_region::RULE, Check::Request(unknown_region::check)),
    (&common_parameter_value::RULE, Check::Request(common_parameter_value::check)),
    (&mock_requires_message::RULE, Check::Request(mock_requires_message::check)),
    (&http_backend_requires_service_config::RULE, Check::Request(http_backend_requires_service_config::check)),
    (&scf_requires_function_name::RULE, Check::Request(scf_requires_function_name::check)),
    (
        &scf_websocket_requires_transport_function::RULE,
        Check::Request(scf_websocket_requires_transport_function::check),
    ),
    (&cos_requires_cos_config::RULE, Check::Request(cos_requires_cos_config::check)),
    (&cos_action_matches_method::RULE, Check::Request(cos_action_matches_method::check)),
    (&tsf_requires_microservices::RULE, Check::Request(tsf_requires_microservices::check)),
    (&target_requires_target_services::RULE, Check::Request(target_requires_target_services::check)),
    (&eb_requires_event_bus_id::RULE, Check::Request(eb_requires_event_bus_id::check)),
    (&upstream_requires_upstream_id::RULE, Check::Request(upstream_requires_upstream_id::check)),
    (&vpc_product_requires_vpc_id::RULE, Check::Request(vpc_product_requires_vpc_id::check)),
    (&websocket_requires_websocket_protocol::RULE, Check::Request(websocket_requires_websocket_protocol::check)),
    (&websocket_requires_get::RULE, Check::Request(websocket_requires_get::check)),
    (&websocket_frontend_method::RULE, Check::Request(websocket_frontend_method::check)),
    (&tsf_api_type_requires_tsf_backend::RULE, Check::Request(tsf_api_type_requires_tsf_backend::check)),
    (&protocol_https::RULE, Check::Request(protocol_https::check)),
    (&oauth_requires_business_type::RULE, Check::Request(oauth_requires_business_type::check)),
    (&oauth_authorization_api_requires_config::RULE, Check::Request(oauth_authorization_api_requires_config::check)),
    (&oauth_public_key_format::RULE, Check::Request(oauth_public_key_format::check)),
    (&oauth_business_api_requires_relation::RULE, Check::Request(oauth_business_api_requires_relation::check)),
    (&frontend_path_format::RULE, Check::Request(frontend_path_format::check)),
    (&backend_path_format::RULE, Check::Request(backend_path_format::check)),
    (&backend_url_format::RULE, Check::Request(backend_url_format::check)),
    (&invalid_port::RULE, Check::Request(invalid_port::check)),
    (&invalid_ip_address::RULE, Check::Request(invalid_ip_address::check)),
    (&api_name_length::RULE, Check::Request(api_name_length::check)),
    (&service_timeout_range::RULE, Check::Request(service_timeout_range::check)),
    (&token_timeout_range::RULE, Check::Request(token_timeout_range::check)),
    (&health_check_range::RULE, Check::Request(health_check_range::check)),
    (&undeclared_path_variable::RULE, Check::Request(undeclared_path_variable::check)),
    (&unused_path_parameter::RULE, Check::Request(unused_path_parameter::check)),
    (&duplicate_request_parameter::RULE, Check::Request(duplicate_request_parameter::check)),
    (&too_many_request_parameters::RULE, Check::Request(too_many_request_parameters::check)),
    (&service_parameter_unmatched::RULE, Check::Request(service_parameter_unmatched::check)),
    (&service_parameter_position_mismatch::RULE, Check::Request(service_parameter_position_mismatch::check)),
    (&duplicate_response_error_code::RULE, Check::Request(duplicate_response_error_code::check)),
    (&need_convert_requires_converted_code::RULE, Check::Request(need_convert_requires_converted_code::check)),
    (&scf_field_without_scf_backend::RULE, Check::Request(scf_field_without_scf_backend::check)),
    (&websocket_function_without_websocket_scf::RULE, Check::Request(websocket_function_without_websocket_scf::check)),
    (&http_only_field_on_other_backend::RULE, Check::Request(http_only_field_on_other_backend::check)),
    (&mock_message_without_mock::RULE, Check::Request(mock_message_without_mock::check)),
    (&tsf_field_without_tsf::RULE, Check::Request(tsf_field_without_tsf::check)),
    (&target_field_without_target::RULE, Check::Request(target_field_without_target::check)),
    (&event_bus_without_eb::RULE, Check::Request(event_bus_without_eb::check)),
    (&oauth_field_without_oauth::RULE, Check::Request(oauth_field_without_oauth::check)),
];

/// The rules about the document itself, which the parser reports.
pub(crate) static DOCUMENT_RULES: &[&RuleInfo] = &[
    &syntax_error::RULE,
    &invalid_utf8::RULE,
    &input_too_large::RULE,
    &nesting_too_deep::RULE,
    &too_many_findings::RULE,
    &duplicate_key::RULE,
    &query_index_gap::RULE,
    &not_a_request::RULE,
    &unreadable_input::RULE,
    &internal_error::RULE,
    &unused_suppression::RULE,
];

/// Every rule: those about the document itself, then those about a request.
pub fn catalog() -> impl Iterator<Item = &'static RuleInfo> {
    DOCUMENT_RULES.iter().copied().chain(REQUEST_RULES.iter().map(|(info, _)| *info))
}

/// The rule with this id.
pub fn find(id: &str) -> Option<&'static RuleInfo> {
    catalog().find(|rule| rule.id == id)
}
