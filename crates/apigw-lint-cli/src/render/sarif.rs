//! `--format sarif`: SARIF 2.1.0, for GitHub code scanning and other SARIF viewers, with
//! the rule catalog as the tool's rule metadata.

use std::io::Write;

use apigw_lint::{Diagnostic, Location, RuleInfo, Severity, rules};
use serde_json::{Value, json};

use crate::inputs::Linted;

fn level(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info => "note",
    }
}

/// A relative URI reference for a path (standard input is `stdin`).
fn uri(file: &Linted) -> String {
    if file.path.is_none() {
        return "stdin".to_owned();
    }
    let mut uri = String::new();
    for byte in file.name.replace('\\', "/").bytes() {
        if byte.is_ascii_alphanumeric() || b"-._~/".contains(&byte) {
            uri.push(char::from(byte));
        } else {
            uri.push_str(&format!("%{byte:02X}"));
        }
    }
    uri
}

fn region(location: &Location) -> Value {
    json!({
        "startLine": location.line,
        "startColumn": location.column,
        "endLine": location.end_line,
        "endColumn": location.end_column,
        "byteOffset": location.offset,
        "byteLength": location.end_offset.saturating_sub(location.offset),
    })
}

fn rule_metadata(rule: &RuleInfo) -> Value {
    let documentation = rule.documentation();
    let what = documentation
        .split("\n\n")
        .find(|paragraph| !paragraph.starts_with('#'))
        .map(|p| p.replace('\n', " "))
        .unwrap_or_else(|| rule.summary.to_owned());
    json!({
        "id": rule.id,
        "shortDescription": { "text": rule.summary },
        "fullDescription": { "text": what.trim() },
        "help": { "text": documentation, "markdown": documentation },
        "defaultConfiguration": { "level": level(rule.severity) },
        "properties": { "errorCode": rule.error_code },
    })
}

fn result(file: &Linted, d: &Diagnostic, catalog: &[&RuleInfo]) -> Value {
    let artifact = json!({ "uri": uri(file) });
    let message = match &d.help {
        Some(help) => format!("{}\nhelp: {help}", d.message),
        None => d.message.clone(),
    };
    let mut location = json!({ "physicalLocation": { "artifactLocation": artifact, "region": region(&d.location) } });
    if !d.pointer.is_empty() {
        location["logicalLocations"] = json!([{ "fullyQualifiedName": d.pointer, "kind": "member" }]);
    }
    let mut result = json!({
        "ruleId": d.rule,
        "level": level(d.severity),
        "message": { "text": message },
        "locations": [location],
        "properties": { "errorCode": d.error_code, "pointer": d.pointer, "parameter": d.parameter },
    });
    if let Some(index) = catalog.iter().position(|r| r.id == d.rule) {
        result["ruleIndex"] = json!(index);
    }
    if !d.related.is_empty() {
        result["relatedLocations"] = Value::Array(
            d.related
                .iter()
                .enumerate()
                .map(|(id, related)| {
                    json!({
                        "id": id,
                        "message": { "text": related.message },
                        "physicalLocation": { "artifactLocation": artifact, "region": region(&related.location) },
                    })
                })
                .collect(),
        );
    }
    if let Some(fix) = &d.fix {
        let replacements: Vec<Value> = fix
            .edits
            .iter()
            .map(|edit| {
                json!({
                    "deletedRegion": { "byteOffset": edit.offset, "byteLength": edit.end_offset - edit.offset },
                    "insertedContent": { "text": edit.replacement },
                })
            })
            .collect();
        result["fixes"] = json!([{
            "description": { "text": fix.message },
            "artifactChanges": [{ "artifactLocation": artifact, "replacements": replacements }],
        }]);
    }
    result
}

pub fn write(out: &mut impl Write, linted: &[Linted]) -> std::io::Result<()> {
    let catalog: Vec<&RuleInfo> = rules::catalog().collect();
    let results: Vec<Value> =
        linted.iter().flat_map(|file| file.report.diagnostics.iter().map(|d| result(file, d, &catalog))).collect();
    let sarif = json!({
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [{
            "tool": {
                "driver": {
                    "name": "apigw-lint",
                    "semanticVersion": env!("CARGO_PKG_VERSION"),
                    "informationUri": "https://github.com/apigw-lint/apigw-lint",
                    "rules": catalog.iter().map(|r| rule_metadata(r)).collect::<Vec<_>>(),
                }
            },
            // Columns count characters, not UTF-16 code units (SARIF's default).
            "columnKind": "unicodeCodePoints",
            "results": results,
        }]
    });
    serde_json::to_writer_pretty(&mut *out, &sarif)?;
    writeln!(out)
}
