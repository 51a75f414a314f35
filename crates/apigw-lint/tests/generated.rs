#![allow(clippy::panic, clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]
//! Files generated from the rule catalog must match what is committed. Run with
//! `UPDATE_GENERATED=1` to rewrite them after changing a rule.

use std::path::{Path, PathBuf};

use apigw_lint::rules;

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn code(rule: &apigw_lint::RuleInfo) -> String {
    rule.error_code.map_or_else(|| "-".to_owned(), |c| format!("`{c}`"))
}

fn rule_table() -> String {
    let mut table = String::from("| Rule | Severity | Error code | Summary |\n|---|---|---|---|\n");
    for rule in rules::catalog() {
        table.push_str(&format!(
            "| [`{id}`](docs/rules.md#{id}) | {} | {} | {} |\n",
            rule.severity,
            code(rule),
            rule.summary,
            id = rule.id
        ));
    }
    table
}

fn rules_document() -> String {
    let mut doc = String::from(
        "# apigw-lint rules\n\nGenerated from the rules' doc comments (`crates/apigw-lint/src/rules/`); \
         `apigw-lint explain RULE` prints the same text. Do not edit by hand.\n",
    );
    for rule in rules::catalog() {
        doc.push_str(&format!(
            "\n## {}\n\n{}\n\n- Severity: {}\n- Error code: {}\n\n",
            rule.id,
            rule.summary,
            rule.severity,
            code(rule)
        ));
        // The rule's own headings sit one level below its section.
        for line in rule.documentation().lines() {
            if line.starts_with("## ") {
                doc.push('#');
            }
            doc.push_str(line);
            doc.push('\n');
        }
    }
    doc
}

fn check_or_update(path: &Path, expected: &str) {
    if std::env::var_os("UPDATE_GENERATED").is_some() {
        std::fs::write(path, expected).unwrap();
    }
    let actual = std::fs::read_to_string(path).unwrap_or_default();
    assert!(
        actual == expected,
        "{} is stale: run `UPDATE_GENERATED=1 cargo test -p apigw-lint --test generated`",
        path.display()
    );
}

#[test]
fn readme_rule_table_is_current() {
    const BEGIN: &str = "<!-- rules:begin -->\n";
    const END: &str = "<!-- rules:end -->";
    let path = root().join("README.md");
    let readme = std::fs::read_to_string(&path).unwrap();
    let start = readme.find(BEGIN).expect("README has no rules:begin marker") + BEGIN.len();
    let end = readme.find(END).expect("README has no rules:end marker");
    let expected = format!("{}{}{}", &readme[..start], rule_table(), &readme[end..]);
    check_or_update(&path, &expected);
}

#[test]
fn rules_document_is_current() {
    check_or_update(&root().join("docs/rules.md"), &rules_document());
}
