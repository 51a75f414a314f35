//! Bytes to a [`Document`] tree: JSON through `jiter` (kept spans, duplicate keys found), and
//! the flattened query-string form of the signature v1 API.

use std::borrow::Cow;
use std::collections::BTreeMap;

use jiter::{Jiter, JiterError, Peek};

use crate::document::{Document, Entry, InputFormat, Kind, MAX_SOURCE_BYTES, Node, Span};
use crate::schema::{CREATE_API_REQUEST, FieldType, SECRET_KEYS, Struct};

/// Limits on what one document may hold; exceeding one is reported, never a crash.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    /// The largest input accepted, in bytes. The gateway's own request limit is 16 MiB.
    pub max_input_bytes: usize,
    /// The deepest nesting of arrays and objects. A CreateApi request nests four levels.
    pub max_depth: usize,
    /// The most findings reported for one document; the rest are counted in one finding.
    pub max_findings: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Limits { max_input_bytes: 16 * 1024 * 1024, max_depth: 64, max_findings: 10_000 }
    }
}

/// What went wrong while reading a document.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum IssueKind {
    Syntax,
    InvalidUtf8,
    InputTooLarge,
    NestingTooDeep,
    DuplicateKey,
    QueryIndexGap,
}

/// A path segment owned by an issue (the tree it points into may not exist).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PathSeg {
    Key(String),
    Index(usize),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParseIssue {
    pub kind: IssueKind,
    pub span: Span,
    pub path: Vec<PathSeg>,
    pub message: String,
    /// Another place involved, e.g. the first occurrence of a duplicate key.
    pub related: Option<(Span, String)>,
}

impl ParseIssue {
    fn at(kind: IssueKind, span: Span, message: impl Into<String>) -> Self {
        ParseIssue { kind, span, path: Vec::new(), message: message.into(), related: None }
    }
}

/// A document, as the parser hands it over: the whole tree of a single document, or the
/// elements of a top-level array one at a time.
#[derive(Debug, Clone, Copy)]
pub enum Part<'n> {
    /// The document is one value (a request object, or anything else).
    Document(Node<'n>),
    /// Element `index` of a top-level array (a batch); the previous one is already dropped,
    /// so a large batch is never held in memory as a whole tree.
    Element(usize, Node<'n>),
}

/// What parsing noticed, besides the parts it handed over.
#[derive(Debug, Default)]
pub struct Parsed {
    pub issues: Vec<ParseIssue>,
    /// The number of elements when the document is a top-level array.
    pub batch_size: Option<usize>,
    /// Where credential values (SecretId, Signature, Token, ...) are written.
    pub secret_spans: Vec<Span>,
}

/// Guesses the input form from the content: JSON starts with `{` or `[`, anything else that
/// holds a `=` is the query form.
pub fn detect_format(source: &str) -> InputFormat {
    let text = source.trim_start_matches('\u{feff}').trim_start();
    match text.as_bytes().first() {
        Some(b'{' | b'[') | None => InputFormat::Json,
        _ if text.contains('=') => InputFormat::Query,
        _ => InputFormat::Json,
    }
}

/// Decodes bytes as UTF-8, or reports where the first invalid sequence is.
pub fn decode_utf8(bytes: &[u8]) -> Result<&str, ParseIssue> {
    std::str::from_utf8(bytes).map_err(|error| {
        let start = error.valid_up_to();
        let len = error.error_len().unwrap_or(bytes.len() - start);
        ParseIssue::at(
            IssueKind::InvalidUtf8,
            Span::new(start, start + len.max(1)),
            format!("the input is not valid UTF-8: invalid byte sequence at byte {start}"),
        )
    })
}

/// Parses `source`, calling `visit` for the document or for each element of a top-level
/// array.
pub fn parse<'a>(source: &'a str, format: InputFormat, limits: Limits, visit: &mut dyn FnMut(Part<'_>)) -> Parsed {
    let max_input_bytes = limits.max_input_bytes.min(MAX_SOURCE_BYTES);
    if source.len() > max_input_bytes {
        let issue = ParseIssue::at(
            IssueKind::InputTooLarge,
            Span::new(0, 0),
            format!("the input is {} bytes, more than the limit of {max_input_bytes} bytes", source.len()),
        );
        return Parsed { issues: vec![issue], ..Parsed::default() };
    }
    match format {
        InputFormat::Json => parse_json(source, limits, visit),
        InputFormat::Query => {
            let mut document = Document::new(source, InputFormat::Query);
            let mut parsed = Parsed::default();
            parse_query(source, limits, &mut document, &mut parsed);
            if let Some(root) = document.root() {
                visit(Part::Document(root));
            }
            parsed
        }
    }
}

/// What a request is, to the schema.
const REQUEST: Option<FieldType> = Some(FieldType::Object(&CREATE_API_REQUEST));

/// Whether the member `key` (the field at `position` of `schema`, if the schema knows it)
/// holds a credential to mask.
fn is_secret(key: &str, schema: Option<&'static Struct>, position: Option<usize>) -> bool {
    match schema.zip(position) {
        Some((schema, position)) => schema.is_masked(position),
        None => SECRET_KEYS.contains(&key),
    }
}

fn parse_json<'a>(source: &'a str, limits: Limits, visit: &mut dyn FnMut(Part<'_>)) -> Parsed {
    let bom = if source.starts_with('\u{feff}') { '\u{feff}'.len_utf8() } else { 0 };
    let body = source.get(bom..).unwrap_or_default();
    let mut builder = JsonBuilder {
        source,
        base: bom,
        jiter: Jiter::new(body.as_bytes()),
        limits,
        path: Vec::with_capacity(8),
        issues: Vec::new(),
        doc: Document::new(source, InputFormat::Json),
        open_children: Vec::with_capacity(64),
        secret_spans: Vec::new(),
    };
    let mut batch_size = None;
    let outcome = builder.document(&mut batch_size, visit);
    let mut issues = builder.issues;
    if let Err(issue) = outcome {
        issues.push(issue);
    }
    Parsed { issues, batch_size, secret_spans: builder.secret_spans }
}

struct JsonBuilder<'a> {
    source: &'a str,
    /// Offset of the parsed text in `source` (past a byte order mark).
    base: usize,
    jiter: Jiter<'a>,
    limits: Limits,
    /// Where the builder is, as key spans and indices: turned into a `PathSeg` path only
    /// when an issue needs one, so that no key is copied on the hot path.
    path: Vec<RawSeg>,
    issues: Vec<ParseIssue>,
    doc: Document<'a>,
    /// The children of the arrays and objects being read, innermost last.
    open_children: Vec<u32>,
    secret_spans: Vec<Span>,
}

#[derive(Debug, Clone, Copy)]
enum RawSeg {
    /// The byte range of a key's text in the source.
    Key(usize, usize),
    Index(usize),
}

impl<'a> JsonBuilder<'a> {
    fn owned_path(&self) -> Vec<PathSeg> {
        self.path
            .iter()
            .map(|seg| match *seg {
                RawSeg::Key(start, end) => {
                    PathSeg::Key(self.decode_string((start, end)).map(|k| k.into_owned()).unwrap_or_default())
                }
                RawSeg::Index(index) => PathSeg::Index(index),
            })
            .collect()
    }

    fn document(&mut self, batch_size: &mut Option<usize>, visit: &mut dyn FnMut(Part<'_>)) -> Result<(), ParseIssue> {
        if self.source.get(self.base..).is_none_or(|text| text.trim().is_empty()) {
            return Err(ParseIssue::at(
                IssueKind::Syntax,
                Span::at(self.source.len()),
                "the document is empty: expected a CreateApi request object or an array of them",
            ));
        }
        let peek = self.jiter.peek().map_err(|e| self.syntax(e))?;
        if peek == Peek::Array {
            let mut count = 0;
            *batch_size = Some(count);
            let mut next = self.jiter.known_array().map_err(|e| self.syntax(e))?;
            while let Some(peek) = next {
                self.path.push(RawSeg::Index(count));
                self.doc.clear();
                self.value(peek, 1, REQUEST)?;
                self.path.pop();
                if let Some(element) = self.doc.root() {
                    visit(Part::Element(count, element));
                }
                count += 1;
                *batch_size = Some(count);
                next = self.jiter.array_step().map_err(|e| self.syntax(e))?;
            }
            self.jiter.finish().map_err(|e| self.syntax(e))
        } else {
            // A single document is linted only once it is known to end cleanly.
            self.value(peek, 0, REQUEST)?;
            self.jiter.finish().map_err(|e| self.syntax(e))?;
            if let Some(root) = self.doc.root() {
                visit(Part::Document(root));
            }
            Ok(())
        }
    }

    fn offset(&self) -> usize {
        self.base + self.jiter.current_index()
    }

    /// Reads one value, which the schema expects to be `expected`, and returns its entry.
    fn value(&mut self, peek: Peek, depth: usize, expected: Option<FieldType>) -> Result<u32, ParseIssue> {
        let start = self.offset();
        match peek {
            Peek::Null => {
                self.jiter.known_null().map_err(|e| self.syntax(e))?;
                Ok(self.doc.push(Entry::leaf(Kind::Null, Span::new(start, self.offset()))))
            }
            Peek::True | Peek::False => {
                let value = self.jiter.known_bool(peek).map_err(|e| self.syntax(e))?;
                Ok(self.doc.push(Entry::leaf(Kind::Bool(value), Span::new(start, self.offset()))))
            }
            Peek::String => {
                let range = self.source_range();
                let text = match self.jiter.known_str() {
                    Ok(text) => Text::locate(text, range),
                    Err(error) => return Err(self.syntax(error)),
                };
                let id = self.doc.push(Entry::leaf(Kind::String, Span::new(start, self.offset())));
                if let Text::Decoded(text) = text {
                    let decoded = self.doc.decoded(text);
                    self.doc.set_text(id, decoded);
                }
                Ok(id)
            }
            Peek::Array => {
                self.enter(start, depth)?;
                self.array(start, depth, expected)
            }
            Peek::Object => {
                self.enter(start, depth)?;
                self.object(start, depth, expected)
            }
            _ => {
                if let Err(error) = self.jiter.known_number_bytes(peek) {
                    return Err(self.syntax(error));
                }
                let span = Span::new(start, self.offset());
                let text = self.source.get(start..span.end).unwrap_or("");
                let entry = if text.contains(['.', 'e', 'E']) {
                    Entry::leaf(Kind::Fraction, span)
                } else {
                    text.parse().map_or(Entry::leaf(Kind::BigInteger, span), |value| Entry::integer(value, span))
                };
                Ok(self.doc.push(entry))
            }
        }
    }

    fn enter(&self, start: usize, depth: usize) -> Result<(), ParseIssue> {
        if depth >= self.limits.max_depth {
            let mut issue = ParseIssue::at(
                IssueKind::NestingTooDeep,
                Span::new(start, start + 1),
                format!("arrays and objects are nested more than {} levels deep", self.limits.max_depth),
            );
            issue.path = self.owned_path();
            return Err(issue);
        }
        Ok(())
    }

    fn array(&mut self, start: usize, depth: usize, expected: Option<FieldType>) -> Result<u32, ParseIssue> {
        let element = match expected {
            Some(FieldType::Array(inner)) => Some(FieldType::Object(inner)),
            _ => None,
        };
        let id = self.doc.open(Kind::Array, start, None);
        let mark = self.open_children.len();
        let mut next = self.jiter.known_array().map_err(|e| self.syntax(e))?;
        let mut index = 0;
        while let Some(peek) = next {
            self.path.push(RawSeg::Index(index));
            let child = self.value(peek, depth + 1, element)?;
            self.open_children.push(child);
            self.path.pop();
            index += 1;
            next = self.jiter.array_step().map_err(|e| self.syntax(e))?;
        }
        self.doc.close(id, self.offset(), self.open_children.get(mark..).unwrap_or_default());
        self.open_children.truncate(mark);
        Ok(id)
    }

    fn object(&mut self, start: usize, depth: usize, expected: Option<FieldType>) -> Result<u32, ParseIssue> {
        let schema = match expected {
            Some(FieldType::Object(inner)) => Some(inner),
            _ => None,
        };
        let id = self.doc.open(Kind::Object, start, schema);
        let mark = self.open_children.len();
        let before = self.offset();
        let range = self.source_range();
        let first = self.jiter.next_object().map(|key| key.map(|text| Text::locate(text, range)));
        let mut key = self.key(first, before)?;
        while let Some((key_start, key_end, decoded)) = key {
            let key_text =
                decoded.as_deref().unwrap_or_else(|| self.source.get(key_start..key_end).unwrap_or_default());
            let position = schema.and_then(|schema| schema.position(key_text));
            let field = schema.zip(position).and_then(|(schema, position)| schema.fields.get(position));
            let secret = is_secret(key_text, schema, position);
            let key_decoded = decoded.map_or(0, |text| self.doc.decoded(text));
            let peek = self.jiter.peek().map_err(|e| self.syntax(e))?;
            self.path.push(RawSeg::Key(key_start, key_end));
            let value_start = self.offset();
            let child = self.value(peek, depth + 1, field.map(|f| f.ty))?;
            self.path.pop();
            self.doc.set_key(child, Span::new(key_start - 1, key_end + 1), key_decoded, position);
            if secret && peek == Peek::String {
                self.secret_spans.push(Span::new(value_start, self.offset()));
            }
            self.open_children.push(child);
            let before = self.offset();
            let next = self.jiter.next_key().map(|key| key.map(|text| Text::locate(text, range)));
            key = self.key(next, before)?;
        }
        if self.doc.close(id, self.offset(), self.open_children.get(mark..).unwrap_or_default()) {
            self.report_duplicates(id);
        }
        self.open_children.truncate(mark);
        Ok(id)
    }

    /// Where the source lies in memory, to tell jiter's strings that borrow from it (no
    /// escapes) from those it decoded.
    fn source_range(&self) -> (usize, usize) {
        let start = self.source.as_ptr() as usize;
        (start, start + self.source.len())
    }

    /// The byte range of a key's text in the source, and the key decoded when it has escapes.
    /// `before` is where the parser was before reading it: only `{`, `,` and whitespace come
    /// between there and the key's opening quote.
    fn key(
        &self,
        key: Result<Option<Text>, JiterError>,
        before: usize,
    ) -> Result<Option<(usize, usize, Option<String>)>, ParseIssue> {
        match key {
            Err(error) => Err(self.syntax(error)),
            Ok(None) => Ok(None),
            Ok(Some(Text::Source(start, len))) => Ok(Some((start, start + len, None))),
            Ok(Some(Text::Decoded(text))) => {
                let bytes = self.source.as_bytes();
                let start = bytes
                    .get(before..)
                    .and_then(|rest| rest.iter().position(|&b| b == b'"'))
                    .map_or(before, |q| before + q + 1);
                let mut end = start;
                while let Some(&byte) = bytes.get(end) {
                    match byte {
                        b'\\' => end += 2,
                        b'"' => break,
                        _ => end += 1,
                    }
                }
                Ok(Some((start, end.min(bytes.len()), Some(text))))
            }
        }
    }

    /// Reports each member whose key an earlier member of the object already gave.
    fn report_duplicates(&mut self, object: u32) {
        let found = self.doc.duplicate_keys(object);
        for (member, first) in found {
            self.duplicate(member, first);
        }
    }

    fn duplicate(&mut self, member: u32, first: u32) {
        let key = self.doc.key_text(member).to_owned();
        let mut path = self.owned_path();
        path.push(PathSeg::Key(key.clone()));
        self.issues.push(ParseIssue {
            kind: IssueKind::DuplicateKey,
            span: self.doc.key_span_of(member),
            path,
            message: format!("`{key}` is given more than once; the service reads only the last value"),
            related: Some((self.doc.key_span_of(first), "first given here".to_owned())),
        });
    }

    /// A string's content, borrowed unless it holds escapes.
    fn decode_string(&self, (start, end): (usize, usize)) -> Result<Cow<'a, str>, ParseIssue> {
        let raw = self.source.get(start..end).unwrap_or_default();
        if !raw.contains('\\') {
            return Ok(Cow::Borrowed(raw));
        }
        let quoted = self.source.get(start.saturating_sub(1)..end + 1).unwrap_or_default();
        serde_json::from_str::<String>(quoted).map(Cow::Owned).map_err(|error| {
            ParseIssue::at(
                IssueKind::Syntax,
                Span::new(start.saturating_sub(1), end + 1),
                format!("invalid string escape: {}", strip_serde_position(&error.to_string())),
            )
        })
    }

    fn syntax(&self, error: JiterError) -> ParseIssue {
        let offset = (self.base + error.index).min(self.source.len());
        let end =
            self.source.get(offset..).and_then(|rest| rest.chars().next()).map_or(offset, |c| offset + c.len_utf8());
        ParseIssue::at(IssueKind::Syntax, Span::new(offset, end), format!("invalid JSON: {}", error.error_type))
    }
}

/// A string jiter read: where it lies in the source when it has no escapes, or its decoded
/// text.
enum Text {
    Source(usize, usize),
    Decoded(String),
}

impl Text {
    fn locate(text: &str, (source_start, source_end): (usize, usize)) -> Text {
        let address = text.as_ptr() as usize;
        if (source_start..=source_end).contains(&address) && address + text.len() <= source_end {
            Text::Source(address - source_start, text.len())
        } else {
            Text::Decoded(text.to_owned())
        }
    }
}

fn strip_serde_position(message: &str) -> &str {
    message.split(" at line ").next().unwrap_or(message)
}

/// A node of the query tree while its keys are still arriving.
enum Pending<'a> {
    Leaf(Span, Cow<'a, str>),
    Object { span: Span, members: Vec<(Cow<'a, str>, Span, Pending<'a>)> },
    Array { span: Span, items: BTreeMap<usize, Pending<'a>> },
}

fn parse_query<'a>(source: &'a str, limits: Limits, document: &mut Document<'a>, parsed: &mut Parsed) {
    let issues = &mut parsed.issues;
    let mut root: Vec<(Cow<'_, str>, Span, Pending<'_>)> = Vec::new();
    let query_start = query_start(source);
    let mut offset = query_start;
    for piece in source.get(query_start..).unwrap_or_default().split('&') {
        let piece_start = offset;
        offset += piece.len() + 1;
        let trimmed = piece.trim_start();
        let start = piece_start + (piece.len() - trimmed.len());
        let trimmed = trimmed.trim_end();
        // The reference page writes `&<Common Request Parameters>` where the signer adds them.
        if trimmed.is_empty() || (trimmed.starts_with('<') && trimmed.ends_with('>')) {
            continue;
        }
        let Some(eq) = trimmed.find('=') else {
            issues.push(ParseIssue::at(
                IssueKind::Syntax,
                Span::new(start, start + trimmed.len()),
                format!("`{}` has no `=`: expected `Name=value`", truncate(trimmed)),
            ));
            continue;
        };
        let (raw_key, raw_value) = (trimmed.get(..eq).unwrap_or(""), trimmed.get(eq + 1..).unwrap_or(""));
        let value_span = Span::new(start + eq + 1, start + trimmed.len());
        let value = match percent_decode(raw_value, value_span) {
            Ok(text) => (value_span, text),
            Err(issue) => {
                issues.push(issue);
                continue;
            }
        };
        let mut segments = Vec::new();
        let mut seg_start = start;
        for raw_seg in raw_key.split('.') {
            let span = Span::new(seg_start, seg_start + raw_seg.len());
            seg_start += raw_seg.len() + 1;
            match percent_decode(raw_seg, span) {
                Ok(text) if !text.is_empty() => segments.push((text, span)),
                Ok(_) => {
                    issues.push(ParseIssue::at(
                        IssueKind::Syntax,
                        Span::new(start, start + raw_key.len()),
                        format!("`{}` has an empty name segment", truncate(raw_key)),
                    ));
                    segments.clear();
                    break;
                }
                Err(issue) => {
                    issues.push(issue);
                    segments.clear();
                    break;
                }
            }
        }
        if segments.is_empty() {
            continue;
        }
        if segments.len() > limits.max_depth {
            issues.push(ParseIssue::at(
                IssueKind::NestingTooDeep,
                Span::new(start, start + raw_key.len()),
                format!("`{}` nests more than {} levels deep", truncate(raw_key), limits.max_depth),
            ));
            continue;
        }
        insert_query_value(&mut root, &segments, value, issues, &segments);
    }
    let span = Span::new(query_start, source.len());
    let mut builder = QueryBuilder { document, parsed };
    builder.object(root, span, Some(&CREATE_API_REQUEST), &mut Vec::new());
}

/// Where the query begins: after `https://host/path?` when a whole URL is given.
fn query_start(source: &str) -> usize {
    let leading = source.len() - source.trim_start().len();
    let text = source.trim_start();
    let is_url = ["http://", "https://"]
        .iter()
        .any(|scheme| text.get(..scheme.len()).is_some_and(|head| head.eq_ignore_ascii_case(scheme)));
    match text.find('?') {
        Some(q) if is_url || q == 0 => leading + q + 1,
        _ => leading,
    }
}

fn truncate(text: &str) -> String {
    const MAX: usize = 60;
    if text.chars().count() <= MAX {
        text.to_owned()
    } else {
        let cut: String = text.chars().take(MAX).collect();
        format!("{cut}...")
    }
}

fn percent_decode(raw: &str, span: Span) -> Result<Cow<'_, str>, ParseIssue> {
    if !raw.contains(['%', '+']) {
        return Ok(Cow::Borrowed(raw));
    }
    let spaced = raw.replace('+', " ");
    let bytes: Vec<u8> = percent_encoding::percent_decode_str(&spaced).collect();
    String::from_utf8(bytes).map(Cow::Owned).map_err(|_| {
        ParseIssue::at(
            IssueKind::InvalidUtf8,
            span,
            // The raw text is not quoted: it may be a credential (a Signature, a Token).
            "this text percent-decodes to bytes that are not valid UTF-8",
        )
    })
}

fn insert_query_value<'a>(
    members: &mut Vec<(Cow<'a, str>, Span, Pending<'a>)>,
    segments: &[(Cow<'a, str>, Span)],
    value: (Span, Cow<'a, str>),
    issues: &mut Vec<ParseIssue>,
    whole: &[(Cow<'a, str>, Span)],
) {
    let Some(((name, name_span), rest)) = segments.split_first() else {
        return;
    };
    let existing = members.iter_mut().position(|(key, _, _)| key == name);
    match (existing, rest.first()) {
        (None, None) => members.push((name.clone(), *name_span, Pending::Leaf(value.0, value.1))),
        (None, Some(_)) => {
            let mut child = new_container(rest, *name_span);
            insert_into(&mut child, rest, value, issues, whole);
            members.push((name.clone(), *name_span, child));
        }
        (Some(index), _) => {
            if let Some((_, first_span, child)) = members.get_mut(index) {
                let first_span = *first_span;
                match (child, rest.is_empty()) {
                    (Pending::Leaf(..), _) | (_, true) => {
                        issues.push(duplicate_query_key(whole, *name_span, first_span));
                    }
                    (child, false) => insert_into(child, rest, value, issues, whole),
                }
            }
        }
    }
}

fn new_container<'a>(rest: &[(Cow<'a, str>, Span)], span: Span) -> Pending<'a> {
    match rest.first() {
        Some((segment, _)) if is_index(segment) => Pending::Array { span, items: BTreeMap::new() },
        _ => Pending::Object { span, members: Vec::new() },
    }
}

fn insert_into<'a>(
    container: &mut Pending<'a>,
    rest: &[(Cow<'a, str>, Span)],
    value: (Span, Cow<'a, str>),
    issues: &mut Vec<ParseIssue>,
    whole: &[(Cow<'a, str>, Span)],
) {
    let Some(((segment, segment_span), deeper)) = rest.split_first() else {
        return;
    };
    match container {
        Pending::Object { members, .. } if !is_index(segment) => {
            insert_query_value(members, rest, value, issues, whole);
        }
        Pending::Array { items, .. } if is_index(segment) => {
            let Ok(index) = segment.parse::<usize>() else {
                return;
            };
            match (items.get_mut(&index), deeper.is_empty()) {
                (None, true) => {
                    items.insert(index, Pending::Leaf(value.0, value.1));
                }
                (None, false) => {
                    let mut child = new_container(deeper, *segment_span);
                    insert_into(&mut child, deeper, value, issues, whole);
                    items.insert(index, child);
                }
                (Some(Pending::Leaf(first_span, _)), _) => {
                    let first_span = *first_span;
                    issues.push(duplicate_query_key(whole, *segment_span, first_span));
                }
                (Some(_), true) => issues.push(duplicate_query_key(whole, *segment_span, *segment_span)),
                (Some(child), false) => insert_into(child, deeper, value, issues, whole),
            }
        }
        _ => {
            let name = whole.iter().map(|(s, _)| s.as_ref()).collect::<Vec<_>>().join(".");
            issues.push(ParseIssue::at(
                IssueKind::Syntax,
                *segment_span,
                format!(
                    "`{name}` mixes array indices and names at the same level: after `{}` every name must be {}",
                    whole.first().map(|(s, _)| s.as_ref()).unwrap_or(""),
                    if is_index(segment) { "a name" } else { "a 0-based index" }
                ),
            ));
        }
    }
}

fn duplicate_query_key(segments: &[(Cow<'_, str>, Span)], span: Span, first: Span) -> ParseIssue {
    let name = segments.iter().map(|(s, _)| s.as_ref()).collect::<Vec<_>>().join(".");
    ParseIssue {
        kind: IssueKind::DuplicateKey,
        span,
        path: segments
            .iter()
            .map(|(s, _)| s.parse().map_or_else(|_| PathSeg::Key(s.to_string()), PathSeg::Index))
            .collect(),
        message: format!("`{name}` is given more than once, or both as a value and as a structure"),
        related: Some((first, "first given here".to_owned())),
    }
}

fn is_index(segment: &str) -> bool {
    !segment.is_empty() && segment.bytes().all(|b| b.is_ascii_digit())
}

/// Turns the tree of query names into the document, in the order the names came.
struct QueryBuilder<'d, 'a> {
    document: &'d mut Document<'a>,
    parsed: &'d mut Parsed,
}

impl<'a> QueryBuilder<'_, 'a> {
    fn object(
        &mut self,
        members: Vec<(Cow<'a, str>, Span, Pending<'a>)>,
        span: Span,
        schema: Option<&'static Struct>,
        path: &mut Vec<PathSeg>,
    ) -> u32 {
        let id = self.document.open(Kind::Object, span.start, schema);
        let mut children = Vec::with_capacity(members.len());
        for (key, key_span, pending) in members {
            let position = schema.and_then(|schema| schema.position(&key));
            let field = schema.zip(position).and_then(|(schema, position)| schema.fields.get(position));
            if let (true, Pending::Leaf(value_span, _)) = (is_secret(&key, schema, position), &pending) {
                self.parsed.secret_spans.push(*value_span);
            }
            path.push(PathSeg::Key(key.to_string()));
            let child = self.value(pending, field.map(|f| f.ty), path);
            path.pop();
            let key_decoded = match key {
                Cow::Owned(text) => self.document.decoded(text),
                Cow::Borrowed(_) => 0,
            };
            self.document.set_key(child, key_span, key_decoded, position);
            children.push(child);
        }
        // Repeated query names are reported while the names are gathered.
        self.document.close(id, span.end, &children);
        id
    }

    fn value(&mut self, pending: Pending<'a>, expected: Option<FieldType>, path: &mut Vec<PathSeg>) -> u32 {
        match pending {
            Pending::Leaf(span, text) => {
                let id = self.document.push(Entry::leaf(Kind::Text, span));
                if let Cow::Owned(text) = text {
                    let decoded = self.document.decoded(text);
                    self.document.set_text(id, decoded);
                }
                id
            }
            Pending::Object { span, members } => {
                let schema = match expected {
                    Some(FieldType::Object(inner)) => Some(inner),
                    _ => None,
                };
                self.object(members, span, schema, path)
            }
            Pending::Array { span, items } => {
                let element = match expected {
                    Some(FieldType::Array(inner)) => Some(FieldType::Object(inner)),
                    _ => None,
                };
                let id = self.document.open(Kind::Array, span.start, None);
                let mut children = Vec::with_capacity(items.len());
                for (expected_index, (index, item)) in items.into_iter().enumerate() {
                    if index != expected_index {
                        let mut issue = ParseIssue::at(
                            IssueKind::QueryIndexGap,
                            pending_span(&item),
                            format!(
                                "index {index} comes where index {expected_index} was expected: indices are 0-based and must not skip a number"
                            ),
                        );
                        issue.path = path.clone();
                        self.parsed.issues.push(issue);
                    }
                    path.push(PathSeg::Index(expected_index));
                    children.push(self.value(item, element, path));
                    path.pop();
                }
                self.document.close(id, span.end, &children);
                id
            }
        }
    }
}

fn pending_span(pending: &Pending<'_>) -> Span {
    match pending {
        Pending::Leaf(span, _) => *span,
        Pending::Object { span, .. } | Pending::Array { span, .. } => *span,
    }
}
