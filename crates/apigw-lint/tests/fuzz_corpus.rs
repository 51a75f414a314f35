#![allow(clippy::panic, clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]
//! Replays the minimized fuzzing corpus (fuzz/corpus/, FUZZING.md) through the same checks
//! as the fuzz targets, so CI catches a regression without fuzzing.

use std::path::Path;

use apigw_lint::{InputMode, LintOptions, lint_bytes};

#[path = "../../../fuzz/fuzz_targets/report_checks.rs"]
mod report_checks;

fn replay(target: &str, input: InputMode) -> usize {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../fuzz/corpus").join(target);
    let mut count = 0;
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        let data = std::fs::read(&path).unwrap();
        let report = lint_bytes(&data, &LintOptions { input, ..LintOptions::default() });
        let checked = std::panic::catch_unwind(|| report_checks::check_report(&data, &report));
        assert!(checked.is_ok(), "{}", path.display());
        count += 1;
    }
    count
}

#[test]
fn the_json_corpus_lints_without_panicking() {
    assert!(replay("json", InputMode::Json) > 100);
}

#[test]
fn the_query_corpus_lints_without_panicking() {
    assert!(replay("query", InputMode::Query) > 100);
}
