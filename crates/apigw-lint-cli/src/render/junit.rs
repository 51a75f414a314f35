//! `--format junit`: JUnit XML with one test case per request (each element of a batch
//! file is its own case), failing when the request has an error.

use std::io::Write;

use apigw_lint::{Diagnostic, Severity};
use quick_xml::escape::escape;

use crate::inputs::Linted;
use crate::render::Summary;

/// The requests of a file: `(name, diagnostics)`; a finding about the whole document (a
/// syntax error) belongs to the file's first case.
fn cases(file: &Linted) -> Vec<(String, Vec<&Diagnostic>)> {
    let diagnostics = &file.report.diagnostics;
    match file.report.batch_size {
        Some(size) if size > 0 => (0..size)
            .map(|index| {
                let prefix = format!("/{index}");
                let mine = diagnostics
                    .iter()
                    .filter(|d| {
                        d.pointer == prefix
                            || d.pointer.starts_with(&format!("{prefix}/"))
                            || (index == 0 && d.pointer.is_empty())
                    })
                    .collect();
                (format!("{}#/{index}", file.name), mine)
            })
            .collect(),
        _ => vec![(file.name.clone(), diagnostics.iter().collect())],
    }
}

fn line(d: &Diagnostic) -> String {
    let code = d.error_code.as_deref().map(|c| format!(" [{c}]")).unwrap_or_default();
    format!("{}:{} {} {}{code}: {}", d.location.line, d.location.column, d.severity, d.rule, d.message)
}

pub fn write(out: &mut impl Write, linted: &[Linted]) -> std::io::Result<()> {
    let all: Vec<(String, Vec<&Diagnostic>)> = linted.iter().flat_map(cases).collect();
    let failing = |findings: &[&Diagnostic]| findings.iter().any(|d| d.severity == Severity::Error);
    let failures = all.iter().filter(|(_, findings)| failing(findings)).count();
    let summary = Summary::of(linted);
    writeln!(out, r#"<?xml version="1.0" encoding="UTF-8"?>"#)?;
    writeln!(out, r#"<testsuites name="apigw-lint" tests="{}" failures="{failures}">"#, all.len())?;
    writeln!(
        out,
        r#"  <testsuite name="apigw-lint" tests="{}" failures="{failures}" errors="0" skipped="0" files="{}">"#,
        all.len(),
        summary.files
    )?;
    for (name, findings) in &all {
        let name = escape(name.as_str());
        if findings.is_empty() {
            writeln!(out, r#"    <testcase name="{name}" classname="apigw-lint"/>"#)?;
            continue;
        }
        writeln!(out, r#"    <testcase name="{name}" classname="apigw-lint">"#)?;
        let errors: Vec<String> = findings.iter().filter(|d| d.severity == Severity::Error).map(|d| line(d)).collect();
        if let Some(first) = findings.iter().find(|d| d.severity == Severity::Error) {
            writeln!(
                out,
                r#"      <failure type="{}" message="{}">{}</failure>"#,
                escape(first.rule.as_str()),
                escape(format!("{} error(s): {}", errors.len(), first.message).as_str()),
                escape(errors.join("\n").as_str())
            )?;
        }
        let others: Vec<String> = findings.iter().filter(|d| d.severity != Severity::Error).map(|d| line(d)).collect();
        if !others.is_empty() {
            writeln!(out, "      <system-out>{}</system-out>", escape(others.join("\n").as_str()))?;
        }
        writeln!(out, "    </testcase>")?;
    }
    writeln!(out, "  </testsuite>")?;
    writeln!(out, "</testsuites>")
}
