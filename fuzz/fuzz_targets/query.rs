//! Any bytes, read as the query-string form: linting must not panic, and every diagnostic
//! must lie inside the input, at the line and column counted by hand.
#![no_main]

use apigw_lint::{InputMode, LintOptions, lint_bytes};
use libfuzzer_sys::fuzz_target;

mod report_checks;

fuzz_target!(|data: &[u8]| {
    let report = lint_bytes(data, &LintOptions { input: InputMode::Query, ..LintOptions::default() });
    report_checks::check_report(data, &report);
});
