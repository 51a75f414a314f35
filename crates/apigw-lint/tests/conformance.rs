#![allow(clippy::panic, clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]
//! The conformance corpus in `tests/` at the repository root, run through the library.
//!
//! `tests/specs/<rule-id>/` holds `invalid*` fixtures, which must produce that rule, and
//! `valid*` fixtures, which must not and must hold no error at all. `tests/clean/` holds
//! real-world-shaped requests that must lint without a single diagnostic. Every fixture's
//! diagnostics are snapshotted beside it (`snapshots/<file>.snap`); the CLI and the
//! WebAssembly build are tested against these same snapshots.

use std::path::{Path, PathBuf};

use apigw_lint::{Report, lint_bytes, rules};

/// Rules that the corpus cannot hold a failing fixture for, and why.
const NO_FIXTURE: &[(&str, &str)] = &[
    ("input-too-large", "needs an input over 16 MiB; tested in limits.rs with a small limit"),
    ("unreadable-input", "needs a file that cannot be read; tested by the CLI tests"),
    ("too-many-findings", "needs more than 10,000 findings in one document; tested in limits.rs"),
    ("internal-error", "reported only when the linter itself fails; the CLI's handling is tested in cli.rs"),
    ("unused-suppression", "comes from the CLI's configuration file; tested in the CLI's config tests"),
];

fn corpus() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests")
}

fn fixtures(dir: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "json" || e == "query"))
        .collect();
    files.sort();
    files
}

fn lint_and_snapshot(file: &Path) -> Report {
    let report = lint_bytes(&std::fs::read(file).unwrap(), &Default::default());
    let mut settings = insta::Settings::clone_current();
    settings.set_snapshot_path(file.parent().unwrap().join("snapshots"));
    settings.set_prepend_module_to_snapshot(false);
    settings.set_omit_expression(true);
    settings.set_input_file(file);
    let name = file.file_name().unwrap().to_string_lossy().into_owned();
    settings.bind(|| insta::assert_json_snapshot!(name, report.diagnostics));
    report
}

#[test]
fn every_rule_has_failing_and_passing_fixtures() {
    let specs = corpus().join("specs");
    for rule in rules::catalog() {
        if NO_FIXTURE.iter().any(|(id, _)| *id == rule.id) {
            continue;
        }
        let dir = specs.join(rule.id);
        assert!(dir.is_dir(), "no fixtures for {}", rule.id);
        let names: Vec<String> =
            fixtures(&dir).iter().map(|f| f.file_name().unwrap().to_string_lossy().into_owned()).collect();
        assert!(names.iter().any(|n| n.starts_with("invalid")), "no failing fixture for {}", rule.id);
        assert!(names.iter().any(|n| n.starts_with("valid")), "no passing fixture for {}", rule.id);
    }
    for entry in std::fs::read_dir(&specs).unwrap() {
        let name = entry.unwrap().file_name().to_string_lossy().into_owned();
        assert!(rules::find(&name).is_some(), "tests/specs/{name} is not a rule id");
    }
}

#[test]
fn rule_fixtures_produce_their_rule() {
    for entry in std::fs::read_dir(corpus().join("specs")).unwrap() {
        let dir = entry.unwrap().path();
        let rule = dir.file_name().unwrap().to_string_lossy().into_owned();
        for file in fixtures(&dir) {
            let report = lint_and_snapshot(&file);
            let name = file.file_name().unwrap().to_string_lossy();
            let fired = report.iter().any(|d| d.rule == rule);
            if name.starts_with("invalid") {
                assert!(fired, "{} does not produce {rule}: {:#?}", file.display(), report.diagnostics);
            } else {
                assert!(!fired, "{} produces {rule}", file.display());
                assert!(!report.has_errors(), "{} has errors: {:#?}", file.display(), report.diagnostics);
            }
        }
    }
}

#[test]
fn clean_requests_have_no_diagnostics() {
    let files = fixtures(&corpus().join("clean"));
    assert!(files.len() >= 5);
    for file in files {
        let report = lint_and_snapshot(&file);
        assert!(report.diagnostics.is_empty(), "{}: {:#?}", file.display(), report.diagnostics);
    }
}
