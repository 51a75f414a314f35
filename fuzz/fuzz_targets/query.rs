//! Any bytes, read as the query-string form: linting must not panic, and every diagnostic
//! must lie inside the input.
#![no_main]

use apigw_lint::{InputMode, LintOptions, lint_bytes};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let report = lint_bytes(data, &LintOptions { input: InputMode::Query, ..LintOptions::default() });
    for d in &report.diagnostics {
        assert!(d.location.offset <= d.location.end_offset && d.location.end_offset <= data.len());
        assert!(d.location.line >= 1 && d.location.column >= 1);
    }
});
