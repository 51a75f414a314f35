//! `--format json`: one document, a stable contract described by `schemas/report.schema.json`.

use std::io::Write;

use serde::Serialize;

use crate::inputs::Linted;
use crate::render::Summary;

#[derive(Serialize)]
struct Output<'a> {
    version: u32,
    files: Vec<File<'a>>,
    summary: SummaryOutput,
}

#[derive(Serialize)]
struct File<'a> {
    path: &'a str,
    diagnostics: &'a [apigw_lint::Diagnostic],
}

#[derive(Serialize)]
struct SummaryOutput {
    files: usize,
    errors: usize,
    warnings: usize,
}

pub fn write(out: &mut impl Write, linted: &[Linted]) -> std::io::Result<()> {
    let summary = Summary::of(linted);
    let output = Output {
        version: 1,
        files: linted.iter().map(|file| File { path: &file.name, diagnostics: &file.report.diagnostics }).collect(),
        summary: SummaryOutput { files: summary.files, errors: summary.errors, warnings: summary.warnings },
    };
    serde_json::to_writer_pretty(&mut *out, &output)?;
    writeln!(out)
}
