#![allow(clippy::panic, clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]
//! Hostile and edge inputs get a located diagnostic, never a crash.

use apigw_lint::parse::Limits;
use apigw_lint::{InputMode, LintOptions, lint_bytes, lint_str};

fn rules_of(report: &apigw_lint::Report) -> Vec<&str> {
    report.iter().map(|d| d.rule.as_str()).collect()
}

#[test]
fn an_input_over_the_size_limit_is_refused_without_parsing() {
    let options = LintOptions { limits: Limits { max_input_bytes: 10, ..Limits::default() }, ..LintOptions::default() };
    let report = lint_str(r#"{"ServiceId": "service-ody35h5e"}"#, &options);
    assert_eq!(rules_of(&report), ["input-too-large"]);
}

#[test]
fn deep_nesting_stops_at_the_limit_without_overflowing_the_stack() {
    let deep = "[".repeat(200_000) + &"]".repeat(200_000);
    let report = lint_str(&deep, &LintOptions::default());
    assert_eq!(rules_of(&report), ["nesting-too-deep"]);
    assert_eq!(report.diagnostics[0].location.column, 65);
    let deep_query = format!("{}=1", vec!["a"; 10_000].join("."));
    let report = lint_str(&deep_query, &LintOptions { input: InputMode::Query, ..LintOptions::default() });
    assert!(rules_of(&report).contains(&"nesting-too-deep"));
}

#[test]
fn a_huge_string_is_read_once() {
    let huge = format!(r#"{{"ApiDesc": "{}"}}"#, "x".repeat(20 * 1024 * 1024));
    let options = LintOptions {
        limits: Limits { max_input_bytes: 64 * 1024 * 1024, ..Limits::default() },
        ..LintOptions::default()
    };
    let report = lint_str(&huge, &options);
    assert!(rules_of(&report).iter().all(|r| *r == "missing-parameter"));
}

#[test]
fn edge_documents_get_located_diagnostics() {
    let cases: &[(&[u8], &str)] = &[
        (b"", "syntax-error"),
        (b"  \n\t ", "syntax-error"),
        (b"\xef\xbb\xbf", "syntax-error"),
        (b"\xff\xfe{}", "invalid-utf8"),
        (b"{\"ServiceId\": \"a\x00b\"}", "syntax-error"),
        (b"{\"ServiceId\": \"\\ud800\"}", "syntax-error"),
        (b"{\"ServiceTimeout\": 123456789012345678901234567890}", "invalid-type"),
        (b"{\"ServiceTimeout\": 1e400}", "invalid-type"),
        (b"{\"ServiceTimeout\": 15.0}", "invalid-type"),
        (b"{} {}", "syntax-error"),
        (b"{\"ServiceId\": \"servi", "syntax-error"),
        (b"null", "not-a-request"),
        (b"\"CreateApi\"", "not-a-request"),
        (b"[1, {}]", "not-a-request"),
    ];
    for (input, rule) in cases {
        let report = lint_bytes(input, &LintOptions::default());
        assert!(rules_of(&report).contains(rule), "{:?}: {:#?}", String::from_utf8_lossy(input), report.diagnostics);
        for d in &report.diagnostics {
            assert!(d.location.line >= 1 && d.location.column >= 1);
            assert!(d.location.offset <= input.len() && d.location.end_offset <= input.len().max(d.location.offset));
        }
    }
}

#[test]
fn random_bytes_never_panic() {
    // A fixed xorshift sequence: the same inputs every run.
    let mut state: u64 = 0x9e37_79b9_7f4a_7c15;
    for _ in 0..2_000 {
        let len = (state % 64) as usize;
        let bytes: Vec<u8> = (0..len)
            .map(|_| {
                state ^= state << 13;
                state ^= state >> 7;
                state ^= state << 17;
                const ALPHABET: &[u8] = b"{}[]\":,0123456789.eE-+ ntrufalsASCII\\u=&%.\xff";
                ALPHABET[(state % ALPHABET.len() as u64) as usize]
            })
            .collect();
        for input in [InputMode::Auto, InputMode::Json, InputMode::Query] {
            let _ = lint_bytes(&bytes, &LintOptions { input, ..LintOptions::default() });
        }
    }
}

#[test]
fn many_unknown_keys_and_large_batches_are_linted() {
    let keys: Vec<String> = (0..100_000).map(|i| format!("\"Unknown{i}\": {i}")).collect();
    let text = format!("{{{}}}", keys.join(","));
    let all =
        LintOptions { limits: Limits { max_findings: usize::MAX, ..Limits::default() }, ..LintOptions::default() };
    let report = lint_str(&text, &all);
    assert_eq!(report.iter().filter(|d| d.rule == "unknown-parameter").count(), 100_000);
    // By default the findings stop at the limit, and one more says how many were left out.
    let capped = lint_str(&text, &LintOptions::default());
    assert_eq!(capped.diagnostics.len(), 10_001);
    let last = capped.diagnostics.last().unwrap();
    assert_eq!(last.rule, "too-many-findings");
    assert!(last.message.starts_with("90005 more findings"), "{}", last.message);
    assert_eq!(&text[last.location.offset..last.location.offset + 12], "\"Unknown9995");

    let request = r#"{"ServiceId": "s", "ServiceType": "MOCK", "ServiceTimeout": 15, "Protocol": "HTTP",
        "RequestConfig": {"Path": "/a", "Method": "GET"}, "ServiceMockReturnMessage": "m"}"#;
    let batch = format!("[{}]", vec![request; 10_000].join(","));
    assert!(lint_str(&batch, &LintOptions::default()).diagnostics.is_empty());
}

#[test]
fn duplicate_keys_in_large_objects_are_found() {
    let mut keys: Vec<String> = (0..5_000).map(|i| format!("\"K{i}\": 1")).collect();
    keys.push("\"K42\": 2".to_owned());
    let report = lint_str(&format!("{{{}}}", keys.join(",")), &LintOptions::default());
    assert_eq!(report.iter().filter(|d| d.rule == "duplicate-key").count(), 1);
}
