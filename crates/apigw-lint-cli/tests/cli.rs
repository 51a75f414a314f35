#![allow(clippy::panic, clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]
//! The `apigw-lint` command, run as a process from the repository root.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..").canonicalize().unwrap()
}

fn run(args: &[&str], stdin: Option<&[u8]>) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_apigw-lint"))
        .args(args)
        .current_dir(root())
        .env_remove("NO_COLOR")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut input = child.stdin.take().unwrap();
    input.write_all(stdin.unwrap_or_default()).unwrap();
    drop(input);
    child.wait_with_output().unwrap()
}

fn stdout(output: &Output) -> String {
    String::from_utf8(output.stdout.clone()).unwrap()
}

fn json(output: &Output) -> serde_json::Value {
    serde_json::from_slice(&output.stdout).unwrap()
}

#[test]
fn the_spec_example_passes_in_both_forms() {
    let output = run(&["check", "examples/spec-example.json", "examples/spec-example.query"], None);
    assert_eq!(output.status.code(), Some(0), "{}", stdout(&output));
    assert!(stdout(&output).contains("2 files checked: no problems found."));
}

#[test]
fn json_output_of_a_failing_batch() {
    let output = run(&["check", "--format", "json", "examples/invalid/mixed-mistakes.json"], None);
    assert_eq!(output.status.code(), Some(1));
    insta::assert_json_snapshot!("mixed_mistakes_json", json(&output));
}

#[test]
fn pretty_output_of_a_failing_batch() {
    let output = run(&["check", "--color", "never", "examples/invalid/mixed-mistakes.json"], None);
    assert_eq!(output.status.code(), Some(1));
    insta::assert_snapshot!("mixed_mistakes_pretty", stdout(&output));
}

#[test]
fn pretty_output_of_the_query_form() {
    let query = b"ServiceId=service-ody35h5e&ServiceType=WEBSOCKET&ServiceTimeout=15&Protocol=WEBSOCKET\n&RequestConfig.Path=/ws&RequestConfig.Method=POST\n&ServiceConfig.Url=ws%3A%2F%2F10.0.0.5%3A8080&ServiceConfig.Path=/&ServiceConfig.Method=GET\n";
    let output = run(&["check", "--color", "never", "--input", "query", "-"], Some(query));
    assert_eq!(output.status.code(), Some(1));
    insta::assert_snapshot!("websocket_query_pretty", stdout(&output));
}

#[test]
fn stdin_is_read_without_a_path_and_with_dash() {
    let request = std::fs::read(root().join("examples/spec-example.json")).unwrap();
    for args in [&["check", "--format", "json"][..], &["check", "--format", "json", "-"][..]] {
        let output = run(args, Some(&request));
        assert_eq!(output.status.code(), Some(0));
        assert_eq!(json(&output)["files"][0]["path"], "<stdin>");
    }
    let output = run(&["check", "--format", "json"], Some(b"{\"ServiceId\": "));
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(json(&output)["files"][0]["diagnostics"][0]["rule"], "syntax-error");
}

#[test]
fn a_directory_is_walked_for_request_files() {
    let output = run(&["check", "--format", "json", "tests/clean"], None);
    assert_eq!(output.status.code(), Some(0));
    let report = json(&output);
    let expected = std::fs::read_dir(root().join("tests/clean"))
        .unwrap()
        .filter(|e| e.as_ref().unwrap().path().extension().is_some_and(|x| x == "json" || x == "query"))
        .count();
    assert_eq!(report["summary"]["files"], expected);
    assert_eq!(report["summary"]["errors"], 0);
}

#[test]
fn an_unreadable_file_fails_the_run_and_the_rest_is_still_linted() {
    let output = run(&["check", "--format", "json", "no-such-file.json", "examples/invalid/mixed-mistakes.json"], None);
    assert_eq!(output.status.code(), Some(1));
    let report = json(&output);
    assert_eq!(report["files"][0]["diagnostics"][0]["rule"], "unreadable-input");
    assert!(report["files"][1]["diagnostics"].as_array().unwrap().len() > 5);
}

#[test]
fn invalid_utf8_and_a_clean_file_in_one_batch() {
    let output = run(&["check", "tests/specs/invalid-utf8/invalid-bytes.json", "examples/spec-example.json"], None);
    assert_eq!(output.status.code(), Some(1));
    let text = stdout(&output);
    assert!(text.contains("not valid UTF-8"), "{text}");
    assert!(text.contains("2 files checked: 1 error, 0 warnings."), "{text}");
}

#[test]
fn warnings_alone_do_not_fail_the_run() {
    let output = run(&["check", "tests/specs/protocol-https/invalid.json"], None);
    assert_eq!(output.status.code(), Some(0));
    assert!(stdout(&output).contains("0 errors, 1 warning"));
}

#[test]
fn usage_errors_exit_with_2() {
    assert_eq!(run(&["check", "--format", "yaml"], None).status.code(), Some(2));
    assert_eq!(run(&["frobnicate"], None).status.code(), Some(2));
    assert_eq!(run(&["explain", "no-such-rule"], None).status.code(), Some(2));
}

#[test]
fn rules_lists_the_catalog_and_explain_prints_documentation() {
    let listing = stdout(&run(&["rules"], None));
    for rule in apigw_lint::rules::catalog() {
        assert!(listing.lines().any(|l| l.starts_with(&format!("{} ", rule.id))), "{} missing from `rules`", rule.id);
    }
    let output = run(&["explain", "websocket-requires-get"], None);
    assert_eq!(output.status.code(), Some(0));
    let text = stdout(&output);
    assert!(text.contains("InvalidParameterValue.InvalidWSMethod"));
    assert!(text.contains("## What it does"));
}

/// The CLI's JSON output for the whole corpus equals what the library reports, file by file.
#[test]
fn cli_agrees_with_the_library_on_the_corpus() {
    let output = run(&["check", "--format", "json", "tests/specs", "tests/clean"], None);
    let report = json(&output);
    let files = report["files"].as_array().unwrap();
    assert!(files.len() > 100);
    for file in files {
        let path = file["path"].as_str().unwrap();
        let library = apigw_lint::lint_bytes(&std::fs::read(root().join(path)).unwrap(), &Default::default());
        assert_eq!(file["diagnostics"], serde_json::to_value(&library.diagnostics).unwrap(), "{path}");
    }
}
