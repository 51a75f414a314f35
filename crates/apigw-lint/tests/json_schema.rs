#![allow(clippy::panic, clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]
//! The exported JSON Schema: the committed copy is current, every valid fixture passes it,
//! and the failing fixtures of the rules a schema can express fail it.

use std::path::{Path, PathBuf};

use apigw_lint::json_schema::json_schema;

/// Rules whose failing fixtures a schema must refuse too: types, required fields, unknown
/// keys, enumerations, ranges and the `if`/`then` requirements.
const STRUCTURAL_RULES: &[&str] = &[
    "missing-parameter",
    "invalid-type",
    "unknown-parameter",
    "invalid-enum-value",
    "not-a-request",
    "mock-requires-message",
    "http-backend-requires-service-config",
    "scf-requires-function-name",
    "scf-websocket-requires-transport-function",
    "cos-requires-cos-config",
    "tsf-requires-microservices",
    "target-requires-target-services",
    "eb-requires-event-bus-id",
    "upstream-requires-upstream-id",
    "vpc-product-requires-vpc-id",
    "websocket-requires-websocket-protocol",
    "websocket-requires-get",
    "tsf-api-type-requires-tsf-backend",
    "oauth-requires-business-type",
    "oauth-authorization-api-requires-config",
    "oauth-business-api-requires-relation",
    "too-many-request-parameters",
    "service-timeout-range",
    "token-timeout-range",
    "health-check-range",
    "need-convert-requires-converted-code",
];

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn json_files(dir: &Path, prefix: &str) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .filter(|p| p.file_name().unwrap().to_string_lossy().starts_with(prefix))
        .collect();
    files.sort();
    files
}

/// The fixtures that are JSON documents at all (syntax errors and invalid UTF-8 are not).
fn parse(file: &Path) -> Option<serde_json::Value> {
    serde_json::from_slice(&std::fs::read(file).unwrap()).ok()
}

#[test]
fn committed_schema_is_current() {
    let path = root().join("schemas/createapi.schema.json");
    let expected = serde_json::to_string_pretty(&json_schema()).unwrap() + "\n";
    if std::env::var_os("UPDATE_GENERATED").is_some() {
        std::fs::write(&path, &expected).unwrap();
    }
    assert!(
        std::fs::read_to_string(&path).unwrap_or_default() == expected,
        "schemas/createapi.schema.json is stale: run `UPDATE_GENERATED=1 cargo test -p apigw-lint --test json_schema`"
    );
}

#[test]
fn the_schema_is_a_valid_draft_2020_12_schema() {
    let schema = json_schema();
    jsonschema::draft202012::meta::validate(&schema).unwrap();
}

#[test]
fn valid_fixtures_pass_and_structurally_invalid_ones_fail() {
    let validator = jsonschema::draft202012::new(&json_schema()).unwrap();
    let specs = root().join("tests/specs");
    let mut valid = json_files(&root().join("tests/clean"), "");
    let mut checked_invalid = 0;
    for entry in std::fs::read_dir(&specs).unwrap() {
        let dir = entry.unwrap().path();
        valid.extend(json_files(&dir, "valid"));
        let rule = dir.file_name().unwrap().to_string_lossy().into_owned();
        if !STRUCTURAL_RULES.contains(&rule.as_str()) {
            continue;
        }
        for file in json_files(&dir, "invalid") {
            let Some(document) = parse(&file) else { continue };
            assert!(!validator.is_valid(&document), "{} passes the schema", file.display());
            checked_invalid += 1;
        }
    }
    assert!(checked_invalid >= STRUCTURAL_RULES.len());
    for file in valid {
        let Some(document) = parse(&file) else { continue };
        let errors: Vec<String> =
            validator.iter_errors(&document).map(|e| format!("{} at {}", e, e.instance_path())).collect();
        assert!(errors.is_empty(), "{} fails the schema: {errors:#?}", file.display());
    }
}
