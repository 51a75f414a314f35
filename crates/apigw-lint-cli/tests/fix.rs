#![allow(clippy::panic, clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]
//! `--fix` applies the certain fixes in place, keeping every other byte; `--diff` shows them.

use std::process::Command;

const BROKEN: &str = "{\r\n  \"serviceId\": \"service-ody35h5e\",   \"ServiceType\": \"websocket\",\r\n  \"ServiceTimeout\": \"15\",\r\n  \"Protocol\": \"WEBSOCKET\",\r\n  \"RequestConfig\": {\"Path\": \"ws\", \"Method\": \"get\"},\r\n  \"ServiceConfig\": {\"Url\": \"ws://10.0.0.5:8080\", \"Path\": \"/\", \"Method\": \"GET\"},\r\n  \"RequestParameters\": [{\"Name\": \"id\", \"Postion\": \"query\"}],\r\n  \"ApiDesc\": \"说明 unchanged\"\r\n}\r\n";

fn run(dir: &std::path::Path, args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_apigw-lint")).args(args).current_dir(dir).output().unwrap()
}

#[test]
fn fix_rewrites_only_what_it_fixes() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("api.json"), BROKEN).unwrap();
    let output = run(dir.path(), &["check", "--fix", "--format", "json", "api.json"]);
    assert_eq!(output.status.code(), Some(0), "{}", String::from_utf8_lossy(&output.stdout));
    let fixed = std::fs::read_to_string(dir.path().join("api.json")).unwrap();
    insta::assert_snapshot!("fixed_api_json", fixed);
    // CRLF line endings, spacing and the untouched value are kept byte for byte.
    assert_eq!(fixed.matches("\r\n").count(), BROKEN.matches("\r\n").count());
    assert!(fixed.contains("\"ServiceId\": \"service-ody35h5e\",   \"ServiceType\": \"WEBSOCKET\""));
    assert!(fixed.contains("\"说明 unchanged\""));
    assert!(apigw_lint::lint(&fixed).diagnostics.is_empty());
}

#[test]
fn fix_reports_what_cannot_be_fixed() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("api.json"), BROKEN.replace("\"Protocol\": \"WEBSOCKET\",", "")).unwrap();
    let output = run(dir.path(), &["check", "--fix", "--format", "json", "api.json"]);
    assert_eq!(output.status.code(), Some(1));
    let report: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    let rules: Vec<&str> =
        report["files"][0]["diagnostics"].as_array().unwrap().iter().map(|d| d["rule"].as_str().unwrap()).collect();
    assert_eq!(rules, ["missing-parameter"]);
}

#[test]
fn diff_shows_the_fixes_without_writing() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("api.json"), BROKEN).unwrap();
    let output = run(dir.path(), &["check", "--diff", "api.json"]);
    assert_eq!(output.status.code(), Some(1));
    insta::assert_snapshot!("fix_diff", String::from_utf8(output.stdout).unwrap());
    assert_eq!(std::fs::read_to_string(dir.path().join("api.json")).unwrap(), BROKEN);

    let spec_example = concat!(env!("CARGO_MANIFEST_DIR"), "/../../examples/spec-example.json");
    std::fs::copy(spec_example, dir.path().join("clean.json")).unwrap();
    let clean = run(dir.path(), &["check", "--diff", "clean.json"]);
    assert_eq!(clean.status.code(), Some(0));
    assert!(clean.stdout.is_empty());
}
