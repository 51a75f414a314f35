//! The human-readable report, rendered with miette: a code frame with the finding labelled,
//! the help line, the error code and the rule id.

use std::fmt;
use std::io::Write;

use apigw_lint::{Diagnostic, Severity};
use miette::{GraphicalReportHandler, GraphicalTheme, LabeledSpan, MietteError, SourceCode, SourceSpan, SpanContents};

use crate::inputs::Linted;
use crate::render::Summary;

/// Writes every finding with its code frame, then a summary line (unless `quiet`).
pub fn write(out: &mut impl Write, linted: &[Linted], color: bool, quiet: bool) -> std::io::Result<()> {
    let theme = if color { GraphicalTheme::unicode() } else { GraphicalTheme::unicode_nocolor() };
    let handler = GraphicalReportHandler::new_themed(theme).with_width(100);
    for file in linted {
        // Credentials are masked before any source text is shown.
        let redacted = file.source.as_ref().map(|text| file.report.redact(text));
        let source = redacted.as_deref().map(|text| Windowed::new(&file.name, text));
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
    source: Option<&'a Windowed<'a>>,
    name: &'a str,
}

/// The source for code frames, read through a line index: miette's own `str` source scans
/// from the start of the file for every frame, which is quadratic on a large batch file
/// with many findings. This hands miette only the lines around each span.
struct Windowed<'a> {
    name: &'a str,
    text: &'a str,
    line_starts: Vec<usize>,
}

impl<'a> Windowed<'a> {
    fn new(name: &'a str, text: &'a str) -> Self {
        let line_starts = std::iter::once(0).chain(text.match_indices('\n').map(|(i, _)| i + 1)).collect();
        Windowed { name, text, line_starts }
    }

    fn line_of(&self, offset: usize) -> usize {
        self.line_starts.partition_point(|&start| start <= offset).saturating_sub(1)
    }
}

impl SourceCode for Windowed<'_> {
    fn read_span<'b>(
        &'b self,
        span: &SourceSpan,
        context_lines_before: usize,
        context_lines_after: usize,
    ) -> Result<Box<dyn SpanContents<'b> + 'b>, MietteError> {
        let first_line = self.line_of(span.offset()).saturating_sub(context_lines_before + 1);
        let last_line = self.line_of(span.offset() + span.len()) + context_lines_after + 2;
        let start = self.line_starts.get(first_line).copied().unwrap_or(0);
        let end = self.line_starts.get(last_line).copied().unwrap_or(self.text.len());
        let window = self.text.get(start..end).ok_or(MietteError::OutOfBounds)?;
        let shifted = SourceSpan::new(span.offset().saturating_sub(start).into(), span.len());
        let inner = window.read_span(&shifted, context_lines_before, context_lines_after)?;
        let span = SourceSpan::new((inner.span().offset() + start).into(), inner.span().len());
        Ok(Box::new(Shifted { inner, name: self.name, line: first_line, span }))
    }
}

/// Contents of a window, with lines and offsets put back in the whole file's terms.
struct Shifted<'b> {
    inner: Box<dyn SpanContents<'b> + 'b>,
    name: &'b str,
    line: usize,
    span: SourceSpan,
}

impl<'b> SpanContents<'b> for Shifted<'b> {
    fn data(&self) -> &'b [u8] {
        self.inner.data()
    }

    fn span(&self) -> &SourceSpan {
        &self.span
    }

    fn line(&self) -> usize {
        self.inner.line() + self.line
    }

    fn column(&self) -> usize {
        self.inner.column()
    }

    fn line_count(&self) -> usize {
        self.inner.line_count()
    }

    fn name(&self) -> Option<&str> {
        Some(self.name)
    }
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
