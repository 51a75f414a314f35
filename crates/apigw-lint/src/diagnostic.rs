//! Diagnostics: plain, serialisable data. Rendering (miette, SARIF, ...) happens at the edge.

use serde::{Deserialize, Serialize};

use crate::document::Span;

/// How serious a finding is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "typescript", derive(tsify::Tsify))]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// The service would reject the request.
    Error,
    /// The request would be accepted but would not do what was probably meant.
    Warning,
    /// Worth knowing; nothing is wrong.
    Info,
}

impl Severity {
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Info => "info",
        }
    }
}

impl std::fmt::Display for Severity {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A resolved location: 1-based lines and columns (columns count characters), and byte
/// offsets into the source.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "typescript", derive(tsify::Tsify))]
pub struct Location {
    pub line: usize,
    pub column: usize,
    pub end_line: usize,
    pub end_column: usize,
    pub offset: usize,
    pub end_offset: usize,
}

impl Location {
    /// The start of a document, for findings about the input as a whole.
    pub const fn start() -> Self {
        Location { line: 1, column: 1, end_line: 1, end_column: 1, offset: 0, end_offset: 0 }
    }
}

/// Another place that takes part in a finding (the ServiceType that makes a Method wrong).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "typescript", derive(tsify::Tsify))]
pub struct Related {
    pub message: String,
    pub pointer: String,
    #[serde(flatten)]
    pub location: Location,
}

/// One text replacement: bytes `offset..end_offset` of the source become `replacement`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "typescript", derive(tsify::Tsify))]
pub struct Edit {
    pub offset: usize,
    pub end_offset: usize,
    pub replacement: String,
}

/// A fix that is certain to be right, as a set of edits.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "typescript", derive(tsify::Tsify))]
pub struct Fix {
    pub message: String,
    pub edits: Vec<Edit>,
}

/// One finding.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "typescript", derive(tsify::Tsify))]
pub struct Diagnostic {
    /// Stable kebab-case rule id.
    pub rule: String,
    pub severity: Severity,
    /// The error code the service would return, where one applies.
    pub error_code: Option<String>,
    pub message: String,
    pub help: Option<String>,
    /// JSON Pointer to the value (or key) at fault; batch elements start with their index.
    pub pointer: String,
    /// The flattened parameter name, as the query form writes it.
    pub parameter: String,
    #[serde(flatten)]
    pub location: Location,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub related: Vec<Related>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fix: Option<Fix>,
}

/// Byte offset to line and column for any place of a document, asked in any order (an
/// editor's cursor, a configuration file's findings).
///
/// Columns count characters, which costs a scan of the line. Places are usually asked in
/// order of position, so the last answer is remembered and the next scan starts from there:
/// a minified document with many places on one long line stays linear.
pub struct LineIndex<'s> {
    source: &'s str,
    line_starts: Vec<usize>,
    ascii: bool,
    /// The last resolved (offset, line, column).
    last: std::cell::Cell<(usize, usize, usize)>,
}

impl<'s> LineIndex<'s> {
    pub fn new(source: &'s str) -> Self {
        let bom = if source.starts_with('\u{feff}') { '\u{feff}'.len_utf8() } else { 0 };
        let mut line_starts = vec![bom];
        line_starts.extend(memchr_newlines(source));
        LineIndex { source, line_starts, ascii: source.is_ascii(), last: std::cell::Cell::new((bom, 1, 1)) }
    }

    /// 1-based line and character column of a byte offset.
    fn position(&self, offset: usize) -> (usize, usize) {
        let offset = floor_char_boundary(self.source, offset.min(self.source.len()));
        let line = self.line_starts.partition_point(|&start| start <= offset).max(1);
        let start = self.line_starts.get(line - 1).copied().unwrap_or(0).min(offset);
        if self.ascii {
            return (line, offset - start + 1);
        }
        let (last_offset, last_line, last_column) = self.last.get();
        let column = if last_line == line && (start..=offset).contains(&last_offset) {
            last_column + chars_in(self.source, last_offset, offset)
        } else {
            1 + chars_in(self.source, start, offset)
        };
        self.last.set((offset, line, column));
        (line, column)
    }

    /// The 0-based line and UTF-16 column of a byte offset, as the Language Server Protocol
    /// counts them.
    pub fn utf16_position(&self, offset: usize) -> (usize, usize) {
        let offset = floor_char_boundary(self.source, offset.min(self.source.len()));
        let line = self.line_starts.partition_point(|&start| start <= offset).max(1) - 1;
        let start = self.line_starts.get(line).copied().unwrap_or(0).min(offset);
        let column = self.source.get(start..offset).map_or(0, |text| text.chars().map(char::len_utf16).sum());
        (line, column)
    }

    /// The byte offset of a 0-based line and UTF-16 column (clamped to the line's end).
    pub fn offset_at_utf16(&self, line: usize, column: usize) -> usize {
        let Some(&start) = self.line_starts.get(line) else { return self.source.len() };
        let mut units = 0;
        for (index, c) in self.source.get(start..).unwrap_or_default().char_indices() {
            if units >= column || c == '\n' {
                return start + index;
            }
            units += c.len_utf16();
        }
        self.source.len()
    }

    /// The lines and character columns of a span.
    pub fn locate(&self, span: Span) -> Location {
        let (line, column) = self.position(span.start);
        let (end_line, end_column) = self.position(span.end.max(span.start));
        Location { line, column, end_line, end_column, offset: span.start, end_offset: span.end.max(span.start) }
    }
}

fn memchr_newlines(source: &str) -> impl Iterator<Item = usize> + '_ {
    memchr::memchr_iter(b'\n', source.as_bytes()).map(|i| i + 1)
}

/// The lines and columns of the places a document's findings name, found in one forward
/// pass over the text up to the last of them.
///
/// The engine resolves every finding at once, so it never needs a [`LineIndex`]: listing
/// every line start of a large document cost more than all its findings (one `memchr` call
/// per line). Here newlines are only counted between one place and the next, and characters
/// only between the previous place on the same line and this one, so a minified document
/// with many findings on one long line stays linear too.
pub(crate) struct Positions {
    /// (byte offset, line, column), sorted by offset, offsets distinct.
    resolved: Vec<(usize, usize, usize)>,
}

impl Positions {
    pub(crate) fn new(source: &str, mut offsets: Vec<usize>) -> Self {
        for offset in &mut offsets {
            *offset = floor_char_boundary(source, (*offset).min(source.len()));
        }
        offsets.sort_unstable();
        offsets.dedup();
        let bytes = source.as_bytes();
        let bom = if source.starts_with('\u{feff}') { '\u{feff}'.len_utf8() } else { 0 };
        let (mut at, mut line, mut column) = (bom, 1, 1);
        let mut resolved = Vec::with_capacity(offsets.len());
        for offset in offsets {
            if offset < bom {
                resolved.push((offset, 1, 1));
                continue;
            }
            let gap = bytes.get(at..offset).unwrap_or_default();
            match memchr::memrchr(b'\n', gap) {
                Some(last_newline) => {
                    line += memchr::memchr_iter(b'\n', gap).count();
                    column = 1 + chars_in(source, at + last_newline + 1, offset);
                }
                None => column += chars_in(source, at, offset),
            }
            at = offset;
            resolved.push((offset, line, column));
        }
        Positions { resolved }
    }

    fn position(&self, source: &str, offset: usize) -> (usize, usize) {
        let offset = floor_char_boundary(source, offset.min(source.len()));
        let index = self.resolved.partition_point(|&(at, _, _)| at < offset);
        self.resolved.get(index).filter(|&&(at, _, _)| at == offset).map_or((1, 1), |&(_, line, column)| (line, column))
    }

    /// The lines and character columns of a span whose ends were among the offsets given.
    pub(crate) fn locate(&self, source: &str, span: Span) -> Location {
        let end = span.end.max(span.start);
        let (line, column) = self.position(source, span.start);
        let (end_line, end_column) = self.position(source, end);
        Location { line, column, end_line, end_column, offset: span.start, end_offset: end }
    }
}

fn chars_in(source: &str, from: usize, to: usize) -> usize {
    source.get(from..to).map_or(0, |text| text.chars().count())
}

fn floor_char_boundary(source: &str, mut offset: usize) -> usize {
    while offset > 0 && !source.is_char_boundary(offset) {
        offset -= 1;
    }
    offset
}

/// A location in bytes that are not valid UTF-8: lines are counted in the raw bytes and the
/// column in the characters of the valid prefix.
pub(crate) fn locate_in_bytes(bytes: &[u8], span: Span) -> Location {
    let before = bytes.get(..span.start).unwrap_or(bytes);
    let line_start = before.iter().rposition(|&b| b == b'\n').map_or(0, |i| i + 1);
    let line = before.iter().filter(|&&b| b == b'\n').count() + 1;
    let column = String::from_utf8_lossy(before.get(line_start..).unwrap_or_default()).chars().count() + 1;
    Location { line, column, end_line: line, end_column: column + 1, offset: span.start, end_offset: span.end }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Lines and columns counted the plain way, one character at a time.
    fn naive(source: &str, offset: usize) -> (usize, usize, usize) {
        let bom = if source.starts_with('\u{feff}') { 3 } else { 0 };
        let (mut line, mut column, mut utf16) = (1, 1, 0);
        for (index, c) in source.char_indices() {
            if index >= offset {
                break;
            }
            if index < bom {
                continue;
            }
            if c == '\n' {
                (line, column, utf16) = (line + 1, 1, 0);
            } else {
                column += 1;
                utf16 += c.len_utf16();
            }
        }
        (line, column, utf16)
    }

    #[test]
    fn positions_match_counting_character_by_character_across_blocks() {
        let mut source = String::from("\u{feff}");
        for i in 0..3000 {
            source.push_str(["{\"a\": 1,", "\n", "  \"é\": \"😀\",", "x", "\n\n"][i % 5]);
        }
        let index = LineIndex::new(&source);
        let offsets: Vec<usize> = (0..=source.len()).filter(|&o| source.is_char_boundary(o)).step_by(7).collect();
        // In order, then backwards, so that the remembered line does not hide a mistake.
        for &offset in offsets.iter().chain(offsets.iter().rev()) {
            let (line, column, utf16) = naive(&source, offset);
            assert_eq!(index.position(offset), (line, column), "offset {offset}");
            assert_eq!(index.utf16_position(offset), (line - 1, utf16), "offset {offset}");
            // Inside the byte order mark is nowhere a cursor can be.
            if offset >= 3 {
                assert_eq!(index.offset_at_utf16(line - 1, utf16), offset, "offset {offset}");
            }
        }
        assert_eq!(index.offset_at_utf16(1_000_000, 0), source.len());
    }

    #[test]
    fn positions_resolved_in_one_pass_match_counting_character_by_character() {
        let mut source = String::from("\u{feff}");
        for i in 0..3000 {
            source.push_str(["{\"a\": 1,", "\n", "  \"é\": \"😀\",", "x", "\n\n"][i % 5]);
        }
        // Out of order, repeated, inside the byte order mark and inside characters, as
        // findings and their related places give them.
        let offsets: Vec<usize> = (0..=source.len() + 2).rev().step_by(5).chain([0, 1, 7, 7, source.len()]).collect();
        let positions = Positions::new(&source, offsets.clone());
        for offset in offsets {
            let (line, column, _) = naive(&source, floor_char_boundary(&source, offset.min(source.len())));
            let location = positions.locate(&source, Span::new(offset, offset));
            assert_eq!((location.line, location.column), (line, column), "offset {offset}");
        }
    }
}
