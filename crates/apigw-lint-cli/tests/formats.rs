#![allow(clippy::panic, clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]
//! The report formats and exit-status options of `apigw-lint check`.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..").canonicalize().unwrap()
}

fn run(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_apigw-lint"))
        .args(args)
        .current_dir(root())
        .env_remove("NO_COLOR")
        .output()
        .unwrap()
}

fn stdout(output: &Output) -> String {
    String::from_utf8(output.stdout.clone()).unwrap()
}

fn schema(name: &str) -> serde_json::Value {
    serde_json::from_slice(&std::fs::read(root().join("schemas").join(name)).unwrap()).unwrap()
}

const MIXED: &str = "examples/invalid/mixed-mistakes.json";

#[test]
fn sarif_output_is_valid_sarif_2_1_0() {
    let output = run(&["check", "--format", "sarif", MIXED, "tests/specs/websocket-requires-get/invalid.json"]);
    assert_eq!(output.status.code(), Some(1));
    let sarif: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    let validator = jsonschema::draft7::new(&schema("sarif-schema-2.1.0.json")).unwrap();
    let errors: Vec<String> = validator.iter_errors(&sarif).map(|e| format!("{e} at {}", e.instance_path())).collect();
    assert!(errors.is_empty(), "{errors:#?}");

    let run = &sarif["runs"][0];
    let rules = run["tool"]["driver"]["rules"].as_array().unwrap();
    assert_eq!(rules.len(), apigw_lint::rules::catalog().count());
    let result = run["results"].as_array().unwrap().iter().find(|r| r["ruleId"] == "websocket-requires-get").unwrap();
    assert_eq!(rules[result["ruleIndex"].as_u64().unwrap() as usize]["id"], "websocket-requires-get");
    assert_eq!(result["level"], "error");
    assert_eq!(result["properties"]["errorCode"], "InvalidParameterValue.InvalidWSMethod");
    let region = &result["locations"][0]["physicalLocation"]["region"];
    assert_eq!((region["startLine"].as_u64(), region["startColumn"].as_u64()), (Some(8), Some(15)));
    assert_eq!(result["relatedLocations"][0]["message"]["text"], "the backend type is WEBSOCKET here");
    assert_eq!(result["fixes"][0]["artifactChanges"][0]["replacements"][0]["insertedContent"]["text"], "GET");
    insta::assert_json_snapshot!("mixed_mistakes_sarif_results", run["results"]);
}

#[test]
fn json_output_follows_its_documented_schema() {
    let output = run(&["check", "--format", "json", "tests/specs", "tests/clean", "no-such-file.json"]);
    let report: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    let validator = jsonschema::draft202012::new(&schema("report.schema.json")).unwrap();
    let errors: Vec<String> =
        validator.iter_errors(&report).take(5).map(|e| format!("{e} at {}", e.instance_path())).collect();
    assert!(errors.is_empty(), "{errors:#?}");
}

#[test]
fn github_workflow_commands() {
    let output = run(&["check", "--format", "github", MIXED, "tests/specs/protocol-https/invalid.json"]);
    assert_eq!(output.status.code(), Some(1));
    let text = stdout(&output);
    assert!(text.lines().all(|l| l.starts_with("::error file=") || l.starts_with("::warning file=")), "{text}");
    insta::assert_snapshot!("github_commands", text);
}

#[test]
fn junit_has_one_case_per_request() {
    let output =
        run(&["check", "--format", "junit", MIXED, "examples/spec-example.json", "tests/clean/batch-of-backends.json"]);
    assert_eq!(output.status.code(), Some(1));
    let xml = stdout(&output);
    let mut reader = quick_xml::Reader::from_str(&xml);
    let mut cases = 0;
    loop {
        match reader.read_event().unwrap() {
            quick_xml::events::Event::Eof => break,
            quick_xml::events::Event::Start(e) | quick_xml::events::Event::Empty(e)
                if e.name().as_ref() == "testcase" =>
            {
                cases += 1
            }
            _ => {}
        }
    }
    // mixed-mistakes.json holds 2 requests, the spec example 1, the batch 7.
    assert_eq!(cases, 10);
    assert!(xml.contains(r#"tests="10" failures="2""#), "{xml}");
    insta::assert_snapshot!("junit_report", xml);
}

#[test]
fn fail_level_sets_the_exit_threshold() {
    let warning_only = "tests/specs/protocol-https/invalid.json";
    assert_eq!(run(&["check", warning_only]).status.code(), Some(0));
    assert_eq!(run(&["check", "--fail-level", "warning", warning_only]).status.code(), Some(1));
    assert_eq!(run(&["check", "--fail-level", "never", MIXED]).status.code(), Some(0));
    assert_eq!(run(&["check", "--fail-level", "warning", "examples/spec-example.json"]).status.code(), Some(0));
}

#[test]
fn quiet_prints_only_problems() {
    assert_eq!(stdout(&run(&["check", "--quiet", "examples/spec-example.json"])), "");
    let text = stdout(&run(&["check", "-q", "--color", "never", MIXED]));
    assert!(text.contains("websocket") || text.contains("Postion"));
    assert!(!text.contains("files checked") && !text.contains("file checked"));
}

#[test]
fn colour_follows_the_flag_and_no_color() {
    assert!(stdout(&run(&["check", "--color", "always", MIXED])).contains('\u{1b}'));
    assert!(!stdout(&run(&["check", "--color", "never", MIXED])).contains('\u{1b}'));
    // Not a terminal: auto means no colour.
    assert!(!stdout(&run(&["check", MIXED])).contains('\u{1b}'));
}

#[test]
fn schema_prints_the_committed_json_schema() {
    let output = run(&["schema"]);
    assert_eq!(output.status.code(), Some(0));
    let printed: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(printed, schema("createapi.schema.json"));
}

#[test]
fn credentials_never_appear_in_any_format() {
    let dir = tempfile::tempdir().unwrap();
    let secrets = [
        "AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE",
        "EliP9YW3pW28FpsEdkXt/+WcGeI=",
        "tmp-token-5d41402abc4b2a76",
        "Gu5t9xGARNpq86cd98joQYCN3EXAMPLE",
        "Bearer eyJhbGciOiJSUzI1NiJ9.secret",
    ];
    let query = format!(
        "Action=CreateApi&Version=2017-01-01&SecretId={}&Signature={}&Token={}&Timestamp=x&ServiceId=s&ServiceType=MOCK\n",
        secrets[0],
        secrets[1].replace('/', "%2F").replace('+', "%2B").replace('=', "%3D"),
        secrets[2]
    );
    std::fs::write(dir.path().join("signed.query"), query).unwrap();
    let body = format!(
        r#"{{"ServiceId": "s", "SecretKey": "{}", "Authorization": "{}", "Token": 5, "ServiceType": "MOCK"}}"#,
        secrets[3], secrets[4]
    );
    std::fs::write(dir.path().join("body.json"), body).unwrap();
    for format in ["pretty", "json", "sarif", "github", "junit"] {
        let output = Command::new(env!("CARGO_BIN_EXE_apigw-lint"))
            .args(["check", "--format", format, "--color", "never", "signed.query", "body.json"])
            .current_dir(dir.path())
            .output()
            .unwrap();
        assert_eq!(output.status.code(), Some(1), "{format}");
        let text = String::from_utf8_lossy(&output.stdout).into_owned() + &String::from_utf8_lossy(&output.stderr);
        assert!(text.contains("unknown-parameter"), "{format}: {text}");
        for secret in secrets {
            let encoded = secret.replace('/', "%2F").replace('+', "%2B").replace('=', "%3D");
            assert!(!text.contains(secret) && !text.contains(&encoded), "{format} shows {secret}:\n{text}");
        }
    }
}
