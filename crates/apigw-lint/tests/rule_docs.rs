#![allow(clippy::panic, clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]

//! Every rule documents itself, and the examples in its documentation are run: a failing
//! example must produce that rule, a passing one must lint clean.

use apigw_lint::{InputMode, LintOptions, lint_str, rules};

/// The fenced examples of a rule's documentation: (input mode, expect a finding, text).
fn examples(documentation: &str) -> Vec<(InputMode, bool, String)> {
    let mut found = Vec::new();
    let mut current: Option<(InputMode, bool, String)> = None;
    for line in documentation.lines() {
        match (&mut current, line.trim_start().strip_prefix("```")) {
            (None, Some(info)) if !info.is_empty() => {
                let mut words = info.split_whitespace();
                let mode = match words.next() {
                    Some("json") => InputMode::Json,
                    Some("query") => InputMode::Query,
                    other => panic!("unknown example language {other:?}"),
                };
                let invalid = match words.next() {
                    Some("invalid") => true,
                    Some("valid") => false,
                    other => panic!("example must be marked valid or invalid, found {other:?}"),
                };
                current = Some((mode, invalid, String::new()));
            }
            (Some(_), Some("")) => found.extend(current.take()),
            (Some((_, _, text)), _) => {
                text.push_str(line);
                text.push('\n');
            }
            (None, _) => {}
        }
    }
    assert!(current.is_none(), "an example is not closed");
    found
}

#[test]
fn every_rule_has_the_documentation_sections() {
    for rule in rules::catalog() {
        let docs = rule.documentation();
        for heading in ["## What it does", "## Why", "## Source"] {
            assert!(docs.contains(heading), "rule {} lacks {heading:?}", rule.id);
        }
        assert!(!rule.summary.is_empty());
        assert!(
            rule.id.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-'),
            "{} is not kebab-case",
            rule.id
        );
    }
}

#[test]
fn rule_ids_are_unique() {
    let mut ids: Vec<_> = rules::catalog().map(|r| r.id).collect();
    let count = ids.len();
    ids.sort_unstable();
    ids.dedup();
    assert_eq!(ids.len(), count);
}

#[test]
fn documentation_examples_behave_as_marked() {
    let mut checked = 0;
    for rule in rules::catalog() {
        for (input, invalid, text) in examples(&rule.documentation()) {
            let report = lint_str(&text, &LintOptions { input, ..LintOptions::default() });
            if invalid {
                assert!(
                    report.iter().any(|d| d.rule == rule.id),
                    "the failing example of {} does not produce it:\n{text}\ngot {:#?}",
                    rule.id,
                    report.diagnostics
                );
            } else {
                assert!(
                    report.diagnostics.is_empty(),
                    "the passing example of {} is not clean:\n{text}\ngot {:#?}",
                    rule.id,
                    report.diagnostics
                );
            }
            checked += 1;
        }
    }
    assert!(checked > 80, "only {checked} examples found");
}
