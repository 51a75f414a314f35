#![allow(clippy::panic, clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]
//! A panic while linting one input becomes an internal-error finding for that input; the
//! other inputs are still linted, and the run exits with status 2.

use std::path::{Path, PathBuf};

use apigw_lint::{LintOptions, lint_bytes};
use apigw_lint_cli::inputs::{exit_status, lint_all_with};

#[test]
fn a_panic_in_one_input_is_reported_and_the_rest_is_linted() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let paths: Vec<PathBuf> = [
        "examples/invalid/mixed-mistakes.json",
        "tests/specs/protocol-https/invalid.json",
        "examples/spec-example.json",
    ]
    .iter()
    .map(|p| root.join(p))
    .collect();
    // A stand-in linter with a bug that only the second input triggers.
    let buggy = |bytes: &[u8], options: &LintOptions| {
        if bytes.windows(5).any(|w| w == b"HTTPS") {
            panic!("a rule indexed past the end");
        }
        lint_bytes(bytes, options)
    };
    let linted = lint_all_with(&paths, &|_| LintOptions::default(), &buggy);
    assert_eq!(linted.len(), 3);
    assert!(linted[0].report.diagnostics.len() > 5);
    let internal = &linted[1].report.diagnostics;
    assert_eq!(internal.len(), 1);
    assert_eq!(internal[0].rule, "internal-error");
    assert!(internal[0].message.contains("a rule indexed past the end"));
    assert!(linted[2].report.diagnostics.is_empty());
    assert_eq!(exit_status(&linted, Some(apigw_lint::Severity::Error)), 2);
    assert_eq!(exit_status(&linted[2..], Some(apigw_lint::Severity::Error)), 0);
    assert_eq!(exit_status(&linted[..1], Some(apigw_lint::Severity::Error)), 1);
    assert_eq!(exit_status(&linted[..1], None), 0);
}
