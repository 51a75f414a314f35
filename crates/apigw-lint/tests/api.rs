#![allow(clippy::panic, clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]
//! The library's public API: the typed model, the entry points and the report.

use apigw_lint::model::{ApiRequestConfig, CreateApiRequest, ServiceConfig};
use apigw_lint::schema::{CREATE_API_REQUEST, FieldType, Struct};
use apigw_lint::{InputMode, LintOptions, Severity, lint, lint_bytes, lint_request, lint_str, lint_value};
use serde_json::{Value, json};

/// A JSON object with every field of `schema` set to a value of its type.
fn every_field(schema: &Struct) -> Value {
    let mut object = serde_json::Map::new();
    for field in schema.fields.iter().filter(|f| !f.common) {
        let value = match field.ty {
            FieldType::String => json!("x"),
            FieldType::Integer => json!(1),
            FieldType::Boolean => json!(true),
            FieldType::Object(inner) => every_field(inner),
            FieldType::Array(inner) => json!([every_field(inner)]),
        };
        object.insert(field.name.to_owned(), value);
    }
    Value::Object(object)
}

#[test]
fn the_typed_model_has_exactly_the_schema_fields() {
    let full = every_field(&CREATE_API_REQUEST);
    // deny_unknown_fields: every schema field exists in the model...
    let request: CreateApiRequest = serde_json::from_value(full.clone()).unwrap();
    // ...and with all of them set, the model writes back exactly the same document.
    assert_eq!(serde_json::to_value(&request).unwrap(), full);
}

#[test]
fn the_model_refuses_unknown_keys_and_skips_unset_fields() {
    assert!(serde_json::from_value::<CreateApiRequest>(json!({"Postion": "x"})).is_err());
    let empty = serde_json::to_value(CreateApiRequest::default()).unwrap();
    assert_eq!(empty, json!({}));
}

#[test]
fn lint_request_reports_on_the_typed_model() {
    let mut request = CreateApiRequest {
        service_id: Some("service-ody35h5e".into()),
        service_type: Some("WEBSOCKET".into()),
        service_timeout: Some(15),
        protocol: Some("WEBSOCKET".into()),
        request_config: Some(ApiRequestConfig { path: Some("/ws".into()), method: Some("POST".into()) }),
        service_config: Some(ServiceConfig {
            url: Some("ws://10.0.0.5:8080".into()),
            path: Some("/".into()),
            method: Some("GET".into()),
            ..Default::default()
        }),
        ..Default::default()
    };
    let report = lint_request(&request);
    let rules: Vec<&str> = report.iter().map(|d| d.rule.as_str()).collect();
    assert_eq!(rules, ["websocket-requires-get"]);
    request.request_config.as_mut().unwrap().method = Some("GET".into());
    assert!(lint_request(&request).diagnostics.is_empty());
}

#[test]
fn lint_value_locates_findings_in_the_pretty_printed_value() {
    let value = json!({"ServiceId": "service-ody35h5e", "ServiceType": "MOCK", "ServiceTimeout": "15",
        "Protocol": "HTTP", "RequestConfig": {"Path": "/test", "Method": "GET"}, "ServiceMockReturnMessage": "mock"});
    let report = lint_value(&value);
    let finding = report.iter().find(|d| d.rule == "invalid-type").unwrap();
    let text = serde_json::to_string_pretty(&value).unwrap();
    assert_eq!(&text[finding.location.offset..finding.location.end_offset], "\"15\"");
}

#[test]
fn counts_and_has_errors() {
    let report = lint(
        r#"{"ServiceId": "s", "ServiceType": "MOCK", "ServiceTimeout": 15, "Protocol": "HTTPS",
        "RequestConfig": {"Path": "/a", "Method": "GET"}}"#,
    );
    assert_eq!(report.count(Severity::Error), 1);
    assert_eq!(report.count(Severity::Warning), 1);
    assert!(report.has_errors());
}

#[test]
fn rule_settings_choose_the_rules_and_their_severities() {
    let source = r#"{"ServiceType": "MOCK", "Protocol": "HTTPS", "RequestConfig": {"Path": "/a", "Method": "GET"}}"#;
    let every = lint_str(source, &LintOptions::default());
    let missing = every.iter().filter(|d| d.rule == "missing-parameter").count();
    assert!(missing > 0 && missing < every.diagnostics.len(), "{every:#?}");
    assert!(LintOptions::default().rules.is_default());

    let mut ignoring = LintOptions::default();
    ignoring.rules.ignore.insert("missing-parameter".to_owned());
    assert!(!ignoring.rules.is_default());
    let report = lint_str(source, &ignoring);
    assert_eq!(report.diagnostics.len(), every.diagnostics.len() - missing);
    assert!(report.iter().all(|d| d.rule != "missing-parameter"));

    let mut selecting = LintOptions::default();
    selecting.rules.select = Some(["missing-parameter".to_owned()].into());
    assert!(!selecting.rules.is_default());
    let report = lint_str(source, &selecting);
    assert_eq!(report.diagnostics.len(), missing);
    assert!(report.iter().all(|d| d.rule == "missing-parameter"));

    let mut lowering = LintOptions::default();
    lowering.rules.severity.insert("missing-parameter".to_owned(), Severity::Info);
    assert!(!lowering.rules.is_default());
    let report = lint_str(source, &lowering);
    assert_eq!(report.diagnostics.len(), every.diagnostics.len());
    assert!(report.iter().filter(|d| d.rule == "missing-parameter").all(|d| d.severity == Severity::Info));
}

#[test]
fn the_query_form_reads_types_from_text() {
    let report = lint_str(
        "ServiceId=s&ServiceType=MOCK&ServiceTimeout=15&Protocol=HTTP&RequestConfig.Path=%2Fa&RequestConfig.Method=GET&ServiceMockReturnMessage=m&EnableCORS=false&RequestParameters.0.Required=TRUE",
        &LintOptions { input: InputMode::Query, ..LintOptions::default() },
    );
    assert!(report.diagnostics.is_empty(), "{:#?}", report.diagnostics);
}

#[test]
fn columns_count_characters_and_crlf_and_bom_do_not_shift_them() {
    let text = "\u{feff}{\r\n  \"ApiName\": \"名字\", \"Servicetype\": 1\r\n}";
    let report = lint_bytes(text.as_bytes(), &LintOptions::default());
    let finding = report.iter().find(|d| d.rule == "unknown-parameter").unwrap();
    assert_eq!((finding.location.line, finding.location.column), (2, 20));
    assert_eq!(&text[finding.location.offset..finding.location.end_offset], "\"Servicetype\"");
}

#[test]
fn fixes_are_edits_of_the_source() {
    let text = r#"{"ServiceId": "s", "ServiceType": "mock", "ServiceTimeout": 15, "Protocol": "HTTP",
        "RequestConfig": {"Path": "a", "Method": "GET"}, "ServiceMockReturnMessage": "m",
        "RequestParameters": [{"Name": "id", "Postion": "QUERY"}]}"#;
    let mut fixed = text.to_owned();
    let report = lint(text);
    let mut edits: Vec<_> = report.iter().filter_map(|d| d.fix.as_ref()).flat_map(|f| f.edits.clone()).collect();
    assert_eq!(edits.len(), 3);
    edits.sort_by_key(|e| std::cmp::Reverse(e.offset));
    for edit in edits {
        fixed.replace_range(edit.offset..edit.end_offset, &edit.replacement);
    }
    assert!(lint(&fixed).diagnostics.is_empty(), "{fixed}\n{:#?}", lint(&fixed).diagnostics);
}

#[test]
fn output_is_deterministic_and_ordered_by_position() {
    let text =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../../examples/invalid/mixed-mistakes.json"))
            .unwrap();
    let first = serde_json::to_string(&lint(&text).diagnostics).unwrap();
    assert_eq!(first, serde_json::to_string(&lint(&text).diagnostics).unwrap());
    let offsets: Vec<usize> = lint(&text).iter().map(|d| d.location.offset).collect();
    assert!(offsets.windows(2).all(|w| w[0] <= w[1]));
}

#[test]
fn credentials_never_appear_in_messages_or_redacted_source() {
    let secret_id = "AKIDsecret1234567890";
    let signature = "c2lnbmF0dXJlLXNlY3JldA==";
    let token = "tok-secret-987";
    let query = format!(
        "Action=CreateApi&SecretId={secret_id}&Signature={signature}&Token={token}&ServiceId=s&ServiceType=MOCK&ServiceTimeout=x"
    );
    let report = lint_str(&query, &LintOptions { input: InputMode::Query, ..LintOptions::default() });
    let json = serde_json::to_string(&report.diagnostics).unwrap();
    let redacted = report.redact(&query);
    for secret in [secret_id, signature, token] {
        assert!(!redacted.contains(secret), "{redacted}");
    }
    for secret in [secret_id, signature, token] {
        assert!(!json.contains(secret));
    }
    assert_eq!(redacted.len(), query.len());
}
