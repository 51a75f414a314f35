#![allow(clippy::panic, clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]
//! `apigw-lint.toml`: discovery, rule selection, overrides, suppressions and errors.

use std::path::Path;
use std::process::{Command, Output};

const REQUEST: &str = r#"{
  "ServiceId": "service-ody35h5e",
  "ServiceType": "MOCK",
  "ServiceTimeout": 0,
  "Protocol": "HTTPS",
  "RequestConfig": {"Path": "/test", "Method": "GET"},
  "ServiceMockReturnMessage": "mock",
  "ApiId": "api-1"
}
"#;

fn run_in(dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_apigw-lint")).args(args).current_dir(dir).output().unwrap()
}

/// The rules reported for each file, from the JSON output.
fn rules(output: &Output) -> Vec<(String, Vec<String>)> {
    let report: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    report["files"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            let rules = f["diagnostics"]
                .as_array()
                .unwrap()
                .iter()
                .map(|d| format!("{}:{}", d["rule"].as_str().unwrap(), d["severity"].as_str().unwrap()));
            (f["path"].as_str().unwrap().to_owned(), rules.collect())
        })
        .collect()
}

fn project(config: &str) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("apigw-lint.toml"), config).unwrap();
    std::fs::create_dir_all(dir.path().join("apis/legacy")).unwrap();
    std::fs::write(dir.path().join("apis/orders.json"), REQUEST).unwrap();
    std::fs::write(dir.path().join("apis/legacy/old.json"), REQUEST).unwrap();
    dir
}

#[test]
fn without_configuration_every_rule_runs_at_its_severity() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("a.json"), REQUEST).unwrap();
    let found = rules(&run_in(dir.path(), &["check", "--format", "json", "a.json"]));
    assert_eq!(found[0].1, ["service-timeout-range:error", "protocol-https:warning", "unknown-parameter:error"]);
}

#[test]
fn select_ignore_severity_and_overrides() {
    let dir = project(
        r#"
ignore = ["protocol-https"]

[severity]
service-timeout-range = "warning"

[[overrides]]
files = ["apis/legacy/**"]
ignore = ["unknown-parameter"]
"#,
    );
    let output = run_in(&dir.path().join("apis"), &["check", "--format", "json", "."]);
    let found = rules(&output);
    assert_eq!(found[0], ("./legacy/old.json".to_owned(), vec!["service-timeout-range:warning".to_owned()]));
    assert_eq!(found[1].1, ["service-timeout-range:warning", "unknown-parameter:error"]);
    assert_eq!(output.status.code(), Some(1));

    let dir = project(r#"select = ["protocol-https"]"#);
    let found = rules(&run_in(dir.path(), &["check", "--format", "json", "apis/orders.json"]));
    assert_eq!(found[0].1, ["protocol-https:warning"]);
}

#[test]
fn suppressions_need_a_reason_and_unused_ones_are_reported() {
    let dir = project(
        r#"
[[suppress]]
file = "apis/orders.json"
pointer = "/ApiId"
rule = "unknown-parameter"
reason = "the deploy script strips ApiId before sending"

[[suppress]]
file = "apis/orders.json"
pointer = "/ServiceTimeout"
rule = "invalid-type"
reason = "left over"

[[suppress]]
file = "apis/not-linted.json"
pointer = "/ApiId"
rule = "unknown-parameter"
reason = "a file this run does not lint"
"#,
    );
    let output = run_in(dir.path(), &["check", "--format", "json", "apis/orders.json"]);
    let found = rules(&output);
    assert_eq!(found[0].1, ["service-timeout-range:error", "protocol-https:warning"]);
    assert_eq!(found[1], ("apigw-lint.toml".to_owned(), vec!["unused-suppression:warning".to_owned()]));
    let report: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(report["files"][1]["diagnostics"][0]["line"], 8);

    let pretty = run_in(dir.path(), &["check", "--color", "never", "apis/orders.json"]);
    let text = String::from_utf8(pretty.stdout).unwrap();
    assert!(text.contains("apigw-lint.toml:8:1"), "{text}");
}

#[test]
fn the_configuration_is_found_upward_or_named() {
    let dir = project("ignore = [\"unknown-parameter\", \"protocol-https\", \"service-timeout-range\"]\n");
    let nested = dir.path().join("apis/legacy");
    assert_eq!(run_in(&nested, &["check", "old.json"]).status.code(), Some(0));

    std::fs::rename(dir.path().join("apigw-lint.toml"), dir.path().join(".apigw-lint.toml")).unwrap();
    assert_eq!(run_in(&nested, &["check", "old.json"]).status.code(), Some(0));

    let other = tempfile::tempdir().unwrap();
    std::fs::write(other.path().join("strict.toml"), "[severity]\nprotocol-https = \"error\"\n").unwrap();
    std::fs::write(other.path().join("a.json"), REQUEST).unwrap();
    let found = rules(&run_in(other.path(), &["check", "--format", "json", "--config", "strict.toml", "a.json"]));
    assert!(found[0].1.contains(&"protocol-https:error".to_owned()));
}

#[test]
fn configuration_errors_are_located_and_exit_2() {
    let cases = [
        ("selct = [\"x\"]\n", "apigw-lint.toml:1:1: unknown field `selct`"),
        ("ignore = [\"no-such-rule\"]\n", "apigw-lint.toml:1:11: no rule `no-such-rule`"),
        ("[severity]\nprotocol-https = \"loud\"\n", "apigw-lint.toml:2:18: unknown variant `loud`"),
        ("[[suppress]]\nfile = \"a.json\"\npointer = \"/x\"\nrule = \"invalid-type\"\n", "missing field `reason`"),
        (
            "[[suppress]]\nfile = \"a.json\"\npointer = \"/x\"\nrule = \"invalid-type\"\nreason = \" \"\n",
            "apigw-lint.toml:5:10: a suppression needs a reason",
        ),
        ("[[overrides]]\nfiles = [\"a/[\"]\n", "apigw-lint.toml:2:10: invalid glob"),
        ("[[overrides]]\nfiles = [\"a\"]\ncolour = 1\n", "apigw-lint.toml:3:1: unknown field `colour`"),
    ];
    for (config, expected) in cases {
        let dir = project(config);
        let output = run_in(dir.path(), &["check", "apis/orders.json"]);
        assert_eq!(output.status.code(), Some(2), "{config}");
        let stderr = String::from_utf8(output.stderr).unwrap();
        assert!(stderr.contains(expected), "{config}: {stderr}");
    }
}
