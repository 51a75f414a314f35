//! `--format github`: GitHub Actions workflow commands, which show as annotations on the
//! pull request's changed lines.

use std::io::Write;

use apigw_lint::Severity;

use crate::inputs::Linted;

/// Escapes a command's message (GitHub's `escapeData`).
fn data(text: &str) -> String {
    text.replace('%', "%25").replace('\r', "%0D").replace('\n', "%0A")
}

/// Escapes a command's property value (GitHub's `escapeProperty`).
fn property(text: &str) -> String {
    data(text).replace(':', "%3A").replace(',', "%2C")
}

pub fn write(out: &mut impl Write, linted: &[Linted]) -> std::io::Result<()> {
    for file in linted {
        for d in &file.report.diagnostics {
            let command = match d.severity {
                Severity::Error => "error",
                Severity::Warning => "warning",
                Severity::Info => "notice",
            };
            let title = match &d.error_code {
                Some(code) => format!("{} ({code})", d.rule),
                None => d.rule.clone(),
            };
            let message = match &d.help {
                Some(help) => format!("{}\nhelp: {help}", d.message),
                None => d.message.clone(),
            };
            let l = &d.location;
            writeln!(
                out,
                "::{command} file={},line={},col={},endLine={},endColumn={},title={}::{}",
                property(&file.name),
                l.line,
                l.column,
                l.end_line,
                l.end_column,
                property(&title),
                data(&message)
            )?;
        }
    }
    Ok(())
}
