//! # apigw-lint
//!
//! An offline linter for Tencent Cloud API Gateway `CreateApi` requests (API version
//! 2018-08-08). It reports every way a request would be rejected, or would not do what was
//! meant, with the error code the service would return and the exact line and column.
//!
//! ```
//! let report = apigw_lint::lint(r#"{
//!   "ServiceId": "service-ody35h5e", "ServiceType": "WEBSOCKET", "ServiceTimeout": 15,
//!   "Protocol": "WEBSOCKET", "RequestConfig": {"Path": "/ws", "Method": "POST"},
//!   "ServiceConfig": {"Url": "ws://10.0.0.1:8080", "Path": "/", "Method": "GET"}
//! }"#);
//! assert!(report.has_errors());
//! let finding = report.iter().find(|d| d.rule == "websocket-requires-get").unwrap();
//! assert_eq!(finding.error_code.as_deref(), Some("InvalidParameterValue.InvalidWSMethod"));
//! assert_eq!(finding.pointer, "/RequestConfig/Method");
//! assert_eq!((finding.location.line, finding.location.column), (3, 71));
//! ```
//!
//! The core does no I/O: front ends (the `apigw-lint` command, the WebAssembly package)
//! read files and render [`Diagnostic`]s.

/// A field resolved at compile time: `key!("ServiceType")` for a parameter of the request,
/// `key!(SERVICE_CONFIG, "Url")` for a field of another structure. A name the structure does
/// not define fails the build.
macro_rules! key {
    ($name:literal) => {
        const { $crate::schema::request_key($name) }
    };
    ($schema:ident, $name:literal) => {
        const { $crate::schema::$schema.key($name) }
    };
}

mod assert;
mod context;
pub mod diagnostic;
pub mod document;
pub mod json_schema;
mod lint;
pub mod model;
pub mod parse;
pub mod rules;
pub mod schema;

pub use assert::{
    assert_clean, assert_does_not_fire, assert_fires, assert_request_fires, assert_valid, assert_valid_json,
};
pub use diagnostic::{Diagnostic, Edit, Fix, LineIndex, Location, Related, Severity};
pub use lint::{
    InputMode, LintOptions, Report, RuleSettings, internal_error, lint_bytes, lint_str, unreadable_input,
    unused_suppression,
};
pub use model::CreateApiRequest;
pub use rules::RuleInfo;

/// Lints a document with the default options (input form detected from the content).
pub fn lint(source: &str) -> Report {
    lint_str(source, &LintOptions::default())
}

/// Lints a request held as a `serde_json::Value`. Locations refer to its pretty-printed
/// JSON text, which [`Report`] users can get with `serde_json::to_string_pretty`.
pub fn lint_value(value: &serde_json::Value) -> Report {
    let text = serde_json::to_string_pretty(value).unwrap_or_default();
    lint_str(&text, &LintOptions { input: InputMode::Json, ..LintOptions::default() })
}

/// Lints a request built with the typed [`model`]. Locations refer to its pretty-printed JSON.
pub fn lint_request(request: &CreateApiRequest) -> Report {
    let text = serde_json::to_string_pretty(request).unwrap_or_default();
    lint_str(&text, &LintOptions { input: InputMode::Json, ..LintOptions::default() })
}

/// The README's Rust examples, compiled and run as doctests.
#[cfg(doctest)]
#[doc = include_str!("../../../README.md")]
struct ReadmeExamples;
