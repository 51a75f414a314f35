//! WebAssembly bindings of apigw-lint: the same rule engine as the CLI, for browsers,
//! editors and Node. The TypeScript declarations of every argument and result are generated
//! from the Rust types (tsify); JavaScript strings and editors index by UTF-16 code units, so
//! each diagnostic also carries its range in those.

use apigw_lint::model::CreateApiRequest;
use apigw_lint::{Diagnostic, InputMode, LintOptions, Report, RuleInfo, Severity};
use serde::{Deserialize, Serialize};
use tsify::{Ts, Tsify};
use wasm_bindgen::prelude::*;

/// Options of `lint` and `lintBytes`.
#[derive(Debug, Default, Deserialize, Tsify)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Options {
    /// `auto` (the default) decides by content: `{` or `[` is JSON, `Name=value&...` the
    /// query form.
    #[tsify(optional)]
    pub input: Option<InputMode>,
    /// The largest input accepted, in bytes (default 16 MiB, the gateway's request limit).
    #[tsify(optional)]
    pub max_input_bytes: Option<usize>,
}

/// What `lint` returns: the diagnostics as the CLI's JSON output gives them, plus UTF-16
/// ranges, and the counts.
#[derive(Debug, Serialize, Tsify)]
pub struct LintResult {
    pub diagnostics: Vec<BrowserDiagnostic>,
    pub errors: usize,
    pub warnings: usize,
}

/// A diagnostic with its range (and its fix's edits) in UTF-16 code units.
#[derive(Debug, Serialize, Tsify)]
pub struct BrowserDiagnostic {
    #[serde(flatten)]
    pub diagnostic: Diagnostic,
    pub utf16_offset: usize,
    pub utf16_end_offset: usize,
    /// The fix's edits, in UTF-16 code units, in the order of `fix.edits`.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    #[tsify(optional)]
    pub utf16_edits: Vec<Utf16Edit>,
}

#[derive(Debug, Serialize, Tsify)]
pub struct Utf16Edit {
    pub utf16_offset: usize,
    pub utf16_end_offset: usize,
    pub replacement: String,
}

/// The rule catalog.
#[derive(Debug, Serialize, Tsify)]
#[serde(transparent)]
pub struct Rules(Vec<&'static RuleInfo>);

fn options(options: Option<Ts<Options>>) -> Result<LintOptions, JsError> {
    let mut lint_options = LintOptions::default();
    if let Some(options) = options {
        let options = options.to_rust()?;
        lint_options.input = options.input.unwrap_or_default();
        if let Some(max) = options.max_input_bytes {
            lint_options.limits.max_input_bytes = max;
        }
    }
    Ok(lint_options)
}

/// Lints a document: a request object, an array of them, or the query-string form.
#[wasm_bindgen]
pub fn lint(input: &str, options: Option<Ts<Options>>) -> Result<Ts<LintResult>, JsError> {
    let report = apigw_lint::lint_str(input, &self::options(options)?);
    Ok(browser_result(input, report).into_ts()?)
}

/// Lints raw bytes, for input that may not be valid UTF-8 (a file read as bytes).
#[wasm_bindgen(js_name = lintBytes)]
pub fn lint_bytes(input: &[u8], options: Option<Ts<Options>>) -> Result<Ts<LintResult>, JsError> {
    let report = apigw_lint::lint_bytes(input, &self::options(options)?);
    Ok(browser_result(&String::from_utf8_lossy(input), report).into_ts()?)
}

/// Lints a request a form already holds as an object. Locations refer to
/// `JSON.stringify(request, null, 2)`.
#[wasm_bindgen(js_name = lintRequest)]
pub fn lint_request(request: Ts<CreateApiRequest>) -> Result<Ts<LintResult>, JsError> {
    // The object is linted as JSON text, not deserialised: the linter must see unknown keys
    // and wrong types that the typed model would refuse.
    let text: String =
        js_sys::JSON::stringify_with_replacer_and_space(&request.js_value(), &JsValue::NULL, &JsValue::from(2))
            .map_err(|_| JsError::new("the request cannot be converted to JSON"))?
            .into();
    let options = LintOptions { input: InputMode::Json, ..LintOptions::default() };
    Ok(browser_result(&text, apigw_lint::lint_str(&text, &options)).into_ts()?)
}

/// Every rule: id, severity, error code and summary.
#[wasm_bindgen]
pub fn rules() -> Result<Ts<Rules>, JsError> {
    Ok(Rules(apigw_lint::rules::catalog().collect()).into_ts()?)
}

/// A rule's documentation in Markdown, or `undefined` for an unknown id.
#[wasm_bindgen]
pub fn explain(#[wasm_bindgen(js_name = ruleId)] rule_id: &str) -> Option<String> {
    apigw_lint::rules::find(rule_id).map(RuleInfo::documentation)
}

/// The version of the rule engine.
#[wasm_bindgen]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").to_owned()
}

fn browser_result(source: &str, report: Report) -> LintResult {
    let utf16 = Utf16Index::new(source);
    let errors = report.count(Severity::Error);
    let warnings = report.count(Severity::Warning);
    let diagnostics = report
        .diagnostics
        .into_iter()
        .map(|diagnostic| {
            let utf16_edits = diagnostic.fix.iter().flat_map(|fix| &fix.edits).map(|edit| Utf16Edit {
                utf16_offset: utf16.of(edit.offset),
                utf16_end_offset: utf16.of(edit.end_offset),
                replacement: edit.replacement.clone(),
            });
            BrowserDiagnostic {
                utf16_offset: utf16.of(diagnostic.location.offset),
                utf16_end_offset: utf16.of(diagnostic.location.end_offset),
                utf16_edits: utf16_edits.collect(),
                diagnostic,
            }
        })
        .collect();
    LintResult { diagnostics, errors, warnings }
}

/// Byte offset to UTF-16 offset.
struct Utf16Index<'s> {
    source: &'s str,
    /// (byte offset, UTF-16 offset) of every character after the first non-ASCII one.
    checkpoints: Vec<(usize, usize)>,
}

impl<'s> Utf16Index<'s> {
    fn new(source: &'s str) -> Self {
        let mut checkpoints = Vec::new();
        if !source.is_ascii() {
            let mut units = 0;
            for (offset, c) in source.char_indices() {
                checkpoints.push((offset, units));
                units += c.len_utf16();
            }
            checkpoints.push((source.len(), units));
        }
        Utf16Index { source, checkpoints }
    }

    fn of(&self, offset: usize) -> usize {
        if self.checkpoints.is_empty() {
            return offset.min(self.source.len());
        }
        let at = self.checkpoints.partition_point(|(byte, _)| *byte <= offset);
        at.checked_sub(1).and_then(|i| self.checkpoints.get(i)).map_or(0, |(_, units)| *units)
    }
}

#[cfg(test)]
mod tests {
    use super::Utf16Index;

    #[test]
    fn utf16_offsets_count_code_units() {
        let text = "a名😀b";
        let index = Utf16Index::new(text);
        assert_eq!(index.of(0), 0);
        assert_eq!(index.of(1), 1);
        assert_eq!(index.of(4), 2);
        assert_eq!(index.of(8), 4);
        assert_eq!(index.of(9), 5);
        assert_eq!(Utf16Index::new("abc").of(2), 2);
    }
}
