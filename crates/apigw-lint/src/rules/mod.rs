//! The rule catalog. Each rule lives in its own file; its doc comment is its documentation,
//! shown by `apigw-lint explain` and the generated rule list, and its examples are run as
//! tests.

use serde::Serialize;

use crate::context::Context;
use crate::diagnostic::Severity;

/// A rule's identity and documentation, declared once beside its check.
#[derive(Debug, Serialize)]
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

pub(crate) mod walk;

// About the document itself, reported while it is read.
pub mod duplicate_key;
pub mod input_too_large;
pub mod invalid_utf8;
pub mod nesting_too_deep;
pub mod not_a_request;
pub mod query_index_gap;
pub mod syntax_error;

// About a request.
pub mod invalid_enum_value;
pub mod invalid_type;
pub mod missing_parameter;
pub mod unknown_parameter;

/// A check over one request.
pub(crate) type Check = fn(&mut Context<'_, '_>);

/// Every rule that looks at a request, with its check, in catalog order.
pub(crate) static REQUEST_RULES: &[(&RuleInfo, Check)] = &[
    (&invalid_type::RULE, invalid_type::check),
    (&missing_parameter::RULE, missing_parameter::check),
    (&unknown_parameter::RULE, unknown_parameter::check),
    (&invalid_enum_value::RULE, invalid_enum_value::check),
];

/// The rules about the document itself, which the parser reports.
pub(crate) static DOCUMENT_RULES: &[&RuleInfo] = &[
    &syntax_error::RULE,
    &invalid_utf8::RULE,
    &input_too_large::RULE,
    &nesting_too_deep::RULE,
    &duplicate_key::RULE,
    &query_index_gap::RULE,
    &not_a_request::RULE,
];

/// Every rule: those about the document itself, then those about a request.
pub fn catalog() -> impl Iterator<Item = &'static RuleInfo> {
    DOCUMENT_RULES.iter().copied().chain(REQUEST_RULES.iter().map(|(info, _)| *info))
}

/// The rule with this id.
pub fn find(id: &str) -> Option<&'static RuleInfo> {
    catalog().find(|rule| rule.id == id)
}
