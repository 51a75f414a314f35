//! WebAssembly bindings of apigw-lint: the same rule engine as the CLI, for browsers,
//! editors and Node. The TypeScript declarations of every argument and result are generated
//! from the Rust types (tsify); JavaScript strings and editors index by UTF-16 code units, so
//! each diagnostic also carries its range in those.

use apigw_lint::model::CreateApiRequest;
use apigw_lint::{Diagnostic, InputMode, LintOptions, Report, RuleInfo, Severity};
use js_sys::{JsString, Uint8Array};
use serde::{Deserialize, Serialize};
use tsify::{Ts, Tsify};
use wasm_bindgen::JsCast;
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
pub fn lint(input: &JsString, options: Option<Ts<Options>>) -> Result<Ts<LintResult>, JsError> {
    let options = self::options(options)?;
    let input = utf8_of(input)?;
    let report = apigw_lint::lint_str(&input, &options);
    Ok(browser_result(&input, report).into_ts()?)
}

#[wasm_bindgen]
extern "C" {
    type TextEncoder;
    #[wasm_bindgen(constructor)]
    fn new() -> TextEncoder;
    #[wasm_bindgen(method, js_name = encodeInto)]
    fn encode_into(this: &TextEncoder, source: &JsString, destination: &Uint8Array) -> EncodeIntoResult;

    type EncodeIntoResult;
    #[wasm_bindgen(method, getter)]
    fn read(this: &EncodeIntoResult) -> u32;
    #[wasm_bindgen(method, getter)]
    fn written(this: &EncodeIntoResult) -> u32;
}

/// A JavaScript string as UTF-8 in this module's memory. `TextEncoder.encodeInto` writes it
/// in one native call: a `&str` argument would be copied by wasm-bindgen's glue one UTF-16
/// unit at a time in JavaScript, which on a large document costs about a sixth of a lint.
fn utf8_of(text: &JsString) -> Result<String, JsError> {
    let units = text.length();
    let encoder = TextEncoder::new();
    // One byte per unit is exact for ASCII, and what nearly every request is.
    let mut bytes = vec![0u8; units as usize];
    let outcome = encoder.encode_into(text, &wasm_view(&mut bytes));
    let (read, mut written) = (outcome.read(), outcome.written() as usize);
    if read < units {
        // The rest needs at most three bytes per unit; encodeInto never splits a
        // surrogate pair, so the rest starts at a character.
        bytes.resize(written + (units - read) as usize * 3, 0);
        let rest = text.slice(read, units);
        written +=
            encoder.encode_into(&rest, &wasm_view(bytes.get_mut(written..).unwrap_or_default())).written() as usize;
    }
    bytes.truncate(written);
    String::from_utf8(bytes).map_err(|_| JsError::new("the input could not be read as UTF-8"))
}

/// A `Uint8Array` over `bytes` in this module's memory, for JavaScript to write into. It is
/// made after the buffer is allocated, which is what may grow (and detach) the memory.
fn wasm_view(bytes: &mut [u8]) -> Uint8Array {
    let memory: js_sys::WebAssembly::Memory = wasm_bindgen::memory().unchecked_into();
    Uint8Array::new_with_byte_offset_and_length(&memory.buffer(), bytes.as_mut_ptr() as u32, bytes.len() as u32)
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
    let json = js_sys::JSON::stringify_with_replacer_and_space(&request.js_value(), &JsValue::NULL, &JsValue::from(2))
        .map_err(|_| JsError::new("the request cannot be converted to JSON"))?;
    let text = utf8_of(&json)?;
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
    let places = report.diagnostics.iter().flat_map(|diagnostic| {
        let edits = diagnostic.fix.iter().flat_map(|fix| &fix.edits);
        [diagnostic.location.offset, diagnostic.location.end_offset]
            .into_iter()
            .chain(edits.flat_map(|edit| [edit.offset, edit.end_offset]))
    });
    let utf16 = Utf16Offsets::new(source, places.collect());
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

/// The UTF-16 offsets of the byte offsets a result names, found in one forward pass over
/// the text up to the last of them (a table of every character would take 16 bytes of
/// memory for each character of a non-ASCII document).
struct Utf16Offsets {
    /// Byte offset to UTF-16 offset, sorted, for a text that is not all ASCII; in ASCII
    /// text the two are the same.
    resolved: Option<Vec<(usize, usize)>>,
    len: usize,
}

impl Utf16Offsets {
    fn new(source: &str, mut offsets: Vec<usize>) -> Self {
        if source.is_ascii() {
            return Utf16Offsets { resolved: None, len: source.len() };
        }
        for offset in &mut offsets {
            *offset = floor_char_boundary(source, (*offset).min(source.len()));
        }
        offsets.sort_unstable();
        offsets.dedup();
        let (mut at, mut units) = (0, 0);
        let resolved = offsets
            .into_iter()
            .map(|offset| {
                units += source.as_bytes().get(at..offset).map_or(0, utf16_units);
                at = offset;
                (offset, units)
            })
            .collect();
        Utf16Offsets { resolved: Some(resolved), len: source.len() }
    }

    /// The UTF-16 offset of the character that holds byte `offset` (one of those given).
    fn of(&self, offset: usize) -> usize {
        let offset = offset.min(self.len);
        let Some(resolved) = &self.resolved else { return offset };
        let at = resolved.partition_point(|&(byte, _)| byte <= offset);
        at.checked_sub(1).and_then(|i| resolved.get(i)).map_or(0, |&(_, units)| units)
    }
}

/// The UTF-16 code units of UTF-8 text: one for each character, two for those beyond the
/// Basic Multilingual Plane (the ones written in four bytes).
fn utf16_units(text: &[u8]) -> usize {
    text.iter().map(|&byte| usize::from(byte & 0xC0 != 0x80) + usize::from(byte >= 0xF0)).sum()
}

fn floor_char_boundary(source: &str, mut offset: usize) -> usize {
    while offset > 0 && !source.is_char_boundary(offset) {
        offset -= 1;
    }
    offset
}

#[cfg(test)]
mod tests {
    use super::Utf16Offsets;

    #[test]
    fn utf16_offsets_count_code_units() {
        let text = "a名😀b";
        // Out of order, repeated, inside a character and past the end.
        let offsets = vec![9, 4, 0, 8, 1, 4, 6, 20];
        let index = Utf16Offsets::new(text, offsets.clone());
        let counted = |offset: usize| -> usize {
            text.char_indices().take_while(|&(at, c)| at + c.len_utf8() <= offset).map(|(_, c)| c.len_utf16()).sum()
        };
        for offset in offsets {
            assert_eq!(index.of(offset), counted(offset), "offset {offset}");
        }
        assert_eq!(index.of(6), 2, "inside the emoji is its start");
        assert_eq!(Utf16Offsets::new("abc", vec![2]).of(2), 2);
    }
}
