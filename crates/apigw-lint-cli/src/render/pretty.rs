//! The human-readable report, rendered with miette: a code frame with the finding labelled,
//! the help line, the error code and the rule id.

use std::fmt;
use std::io::Write;

use apigw_lint::{Diagnostic, Severity};
use miette::{GraphicalReportHandler, GraphicalTheme, LabeledSpan, NamedSource, SourceSpan};

use crate::inputs::Linted;
use crate::render::Summary;

/// Writes every finding with its code frame, then a summary line (unless `quiet`).
pub fn write(out: &mut impl Write, linted: &[Linted], color: bool, quiet: bool) -> std::io::Result<()> {
    let theme = if color { GraphicalTheme::unicode() } else { GraphicalTheme::unicode_nocolor() };
    let handler = GraphicalReportHandler::new_themed(theme).with_width(100);
    for file in linted {
        // Credentials are masked before any source text is shown.
        let source = file.source.as_ref().map(|text| NamedSource::new(&file.name, file.report.redact(text)));
        for diagnostic in &file.report.diagnostics {
            let finding = Finding { diagnostic, source: source.as_ref(), name: &file.name };
            let mut rendered = String::new();
            if handler.render_report(&mut rendered, &finding).is_err() {
                rendered = format!("{}: {}\n", diagnostic.rule, diagnostic.message);
            }
            writeln!(out, "{rendered}")?;
        }
    }
    if quiet {
        return Ok(());
    }
    let Summary { files, errors, warnings } = Summary::of(linted);
    let noun = |n: usize, word: &str| if n == 1 { format!("{n} {word}") } else { format!("{n} {word}s") };
    if errors == 0 && warnings == 0 {
        writeln!(out, "{} checked: no problems found.", noun(files, "file"))
    } else {
        writeln!(out, "{} checked: {}, {}.", noun(files, "file"), noun(errors, "error"), noun(warnings, "warning"))
    }
}

struct Finding<'a> {
    diagnostic: &'a Diagnostic,
    source: Option<&'a NamedSource<String>>,
    name: &'a str,
}

impl fmt::Debug for Finding<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.diagnostic.message)
    }
}

impl fmt::Display for Finding<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.source.is_none() {
            let location = &self.diagnostic.location;
            write!(f, "{}:{}:{}: ", self.name, location.line, location.column)?;
        }
        f.write_str(&self.diagnostic.message)
    }
}

impl std::error::Error for Finding<'_> {}

fn span(offset: usize, end_offset: usize) -> SourceSpan {
    SourceSpan::new(offset.into(), end_offset.saturating_sub(offset))
}

impl miette::Diagnostic for Finding<'_> {
    fn code<'b>(&'b self) -> Option<Box<dyn fmt::Display + 'b>> {
        let d = self.diagnostic;
        Some(Box::new(match &d.error_code {
            Some(code) => format!("{} [{code}]", d.rule),
            None => d.rule.clone(),
        }))
    }

    fn severity(&self) -> Option<miette::Severity> {
        Some(match self.diagnostic.severity {
            Severity::Error => miette::Severity::Error,
            Severity::Warning => miette::Severity::Warning,
            Severity::Info => miette::Severity::Advice,
        })
    }

    fn help<'b>(&'b self) -> Option<Box<dyn fmt::Display + 'b>> {
        let d = self.diagnostic;
        let help = d.help.clone().map(|help| match &d.fix {
            Some(fix) => format!("{help} (fix available: {})", fix.message),
            None => help,
        });
        help.map(|h| Box::new(h) as Box<dyn fmt::Display>)
    }

    fn source_code(&self) -> Option<&dyn miette::SourceCode> {
        self.source.map(|s| s as &dyn miette::SourceCode)
    }

    fn labels(&self) -> Option<Box<dyn Iterator<Item = LabeledSpan> + '_>> {
        self.source?;
        let d = self.diagnostic;
        let label = if d.parameter.is_empty() { None } else { Some(d.parameter.clone()) };
        let primary = LabeledSpan::new_primary_with_span(label, span(d.location.offset, d.location.end_offset));
        let related = d.related.iter().map(|r| {
            LabeledSpan::new_with_span(Some(r.message.clone()), span(r.location.offset, r.location.end_offset))
        });
        Some(Box::new(std::iter::once(primary).chain(related)))
    }
}
