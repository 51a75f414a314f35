//! One-call assertions for `cargo test` in projects that build CreateApi requests.
//!
//! Each one panics with the rendered report when it fails, so the test output says exactly
//! what the service would reject and where.
//!
//! ```
//! use apigw_lint::model::{ApiRequestConfig, CreateApiRequest};
//!
//! let mut request = CreateApiRequest {
//!     service_id: Some("service-ody35h5e".into()),
//!     service_type: Some("MOCK".into()),
//!     service_timeout: Some(15),
//!     protocol: Some("HTTP".into()),
//!     request_config: Some(ApiRequestConfig { path: Some("/test".into()), method: Some("GET".into()) }),
//!     service_mock_return_message: Some("mock".into()),
//!     ..Default::default()
//! };
//! apigw_lint::assert_valid(&request);
//!
//! request.service_mock_return_message = None;
//! let finding = apigw_lint::assert_request_fires(&request, "mock-requires-message");
//! assert_eq!(finding.error_code.as_deref(), Some("MissingParameter"));
//! ```

use crate::{CreateApiRequest, Diagnostic, Report, Severity, lint, lint_request};

/// Panics, with the report, unless the request has no error-severity finding.
#[track_caller]
pub fn assert_valid(request: &CreateApiRequest) {
    let report = lint_request(request);
    expect(!report.has_errors(), "the request has errors", &report);
}

/// Panics, with the report, unless the JSON (or query-form) text has no error-severity finding.
#[track_caller]
pub fn assert_valid_json(text: &str) {
    let report = lint(text);
    expect(!report.has_errors(), "the request has errors", &report);
}

/// Panics, with the report, unless the text lints without any finding, warnings included.
#[track_caller]
pub fn assert_clean(text: &str) {
    let report = lint(text);
    expect(report.diagnostics.is_empty(), "the request has findings", &report);
}

/// Panics unless `rule` reports on the text; returns its first finding for further checks.
#[track_caller]
pub fn assert_fires(text: &str, rule: &str) -> Diagnostic {
    first_of(lint(text), rule)
}

/// Panics unless `rule` reports on the typed request; returns its first finding.
#[track_caller]
pub fn assert_request_fires(request: &CreateApiRequest, rule: &str) -> Diagnostic {
    first_of(lint_request(request), rule)
}

/// Panics, with the report, if `rule` reports on the text.
#[track_caller]
pub fn assert_does_not_fire(text: &str, rule: &str) {
    let report = lint(text);
    expect(!report.iter().any(|d| d.rule == rule), &format!("`{rule}` reports"), &report);
}

#[track_caller]
fn first_of(report: Report, rule: &str) -> Diagnostic {
    match report.diagnostics.iter().find(|d| d.rule == rule) {
        Some(finding) => finding.clone(),
        None => fail(&format!("`{rule}` does not report"), &report),
    }
}

#[track_caller]
fn expect(condition: bool, what: &str, report: &Report) {
    if !condition {
        fail(what, report);
    }
}

#[track_caller]
#[allow(clippy::panic, reason = "an assertion reports failure by panicking")]
fn fail(what: &str, report: &Report) -> ! {
    panic!("{what}:\n{}", report.to_text())
}

impl Report {
    /// The findings as plain text, one per line (`line:column severity rule [code]:
    /// message`, then the help), for test failures and logs.
    pub fn to_text(&self) -> String {
        if self.diagnostics.is_empty() {
            return "no findings\n".to_owned();
        }
        let mut text = String::new();
        for d in &self.diagnostics {
            let code = d.error_code.as_deref().map(|c| format!(" [{c}]")).unwrap_or_default();
            let at = if d.pointer.is_empty() { String::new() } else { format!(" at {}", d.pointer) };
            text.push_str(&format!(
                "{}:{} {} {}{code}: {}{at}\n",
                d.location.line, d.location.column, d.severity, d.rule, d.message
            ));
            if let Some(help) = &d.help {
                text.push_str(&format!("    help: {help}\n"));
            }
        }
        let errors = self.count(Severity::Error);
        let warnings = self.count(Severity::Warning);
        text.push_str(&format!("{errors} error(s), {warnings} warning(s)\n"));
        text
    }
}
