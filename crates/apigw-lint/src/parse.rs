//! Bytes to a [`Document`] tree: JSON through `jiter` (kept spans, duplicate keys found), and
//! the flattened query-string form of the signature v1 API.

use std::borrow::Cow;
use std::collections::{BTreeMap, HashMap};

use jiter::{Jiter, JiterError, Peek};

use crate::document::{InputFormat, Member, Node, Span, Value};

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
#[derive(Debug)]
pub enum Part<'n, 'a> {
    /// The document is one value (a request object, or anything else).
    Document(&'n Node<'a>),
    /// Element `index` of a top-level array (a batch); the previous one is already dropped,
    /// so a large batch is never held in memory as a whole tree.
    Element(usize, &'n Node<'a>),
}

/// What parsing noticed, besides the parts it handed over.
#[derive(Debug, Default)]
pub struct Parsed {
    pub issues: Vec<ParseIssue>,
    /// The number of elements when the document is a top-level array.
    pub batch_size: Option<usize>,
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
pub fn parse<'a>(source: &'a str, format: InputFormat, limits: Limits, visit: &mut dyn FnMut(Part<'_, 'a>)) -> Parsed {
    if source.len() > limits.max_input_bytes {
        let issue = ParseIssue::at(
            IssueKind::InputTooLarge,
            Span::new(0, 0),
            format!("the input is {} bytes, more than the limit of {} bytes", source.len(), limits.max_input_bytes),
        );
        return Parsed { issues: vec![issue], batch_size: None };
    }
    match format {
        InputFormat::Json => parse_json(source, limits, visit),
        InputFormat::Query => {
            let (root, issues) = parse_query(source, limits);
            visit(Part::Document(&root));
            Parsed { issues, batch_size: None }
        }
    }
}

fn parse_json<'a>(source: &'a str, limits: Limits, visit: &mut dyn FnMut(Part<'_, 'a>)) -> Parsed {
    let bom = if source.starts_with('\u{feff}') { '\u{feff}'.len_utf8() } else { 0 };
    let body = source.get(bom..).unwrap_or_default();
    let mut builder = JsonBuilder {
        source,
        base: bom,
        jiter: Jiter::new(body.as_bytes()),
        limits,
        path: Vec::new(),
        issues: Vec::new(),
    };
    let mut batch_size = None;
    let outcome = builder.document(&mut batch_size, visit);
    let mut issues = builder.issues;
    if let Err(issue) = outcome {
        issues.push(issue);
    }
    Parsed { issues, batch_size }
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

    fn document(
        &mut self,
        batch_size: &mut Option<usize>,
        visit: &mut dyn FnMut(Part<'_, 'a>),
    ) -> Result<(), ParseIssue> {
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
                let element = self.value(peek, 1)?;
                self.path.pop();
                visit(Part::Element(count, &element));
                count += 1;
                *batch_size = Some(count);
                next = self.jiter.array_step().map_err(|e| self.syntax(e))?;
            }
            self.jiter.finish().map_err(|e| self.syntax(e))
        } else {
            // A single document is linted only once it is known to end cleanly.
            let root = self.value(peek, 0)?;
            self.jiter.finish().map_err(|e| self.syntax(e))?;
            visit(Part::Document(&root));
            Ok(())
        }
    }

    fn offset(&self) -> usize {
        self.base + self.jiter.current_index()
    }

    fn value(&mut self, peek: Peek, depth: usize) -> Result<Node<'a>, ParseIssue> {
        let start = self.offset();
        let value = match peek {
            Peek::Null => {
                self.jiter.known_null().map_err(|e| self.syntax(e))?;
                Value::Null
            }
            Peek::True | Peek::False => Value::Bool(self.jiter.known_bool(peek).map_err(|e| self.syntax(e))?),
            Peek::String => {
                if let Err(error) = self.jiter.known_bytes() {
                    return Err(self.syntax(error));
                }
                Value::String(self.decode_string((start + 1, self.offset() - 1))?)
            }
            Peek::Array => {
                self.enter(start, depth)?;
                self.array(depth)?
            }
            Peek::Object => {
                self.enter(start, depth)?;
                self.object(depth)?
            }
            _ => {
                if let Err(error) = self.jiter.known_number_bytes(peek) {
                    return Err(self.syntax(error));
                }
                let text = self.source.get(start..self.offset()).unwrap_or("");
                let written_as_integer = !text.contains(['.', 'e', 'E']);
                let integer = if written_as_integer { text.parse().ok() } else { None };
                Value::Number { integer, written_as_integer }
            }
        };
        Ok(Node { value, span: Span::new(start, self.offset()) })
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

    fn array(&mut self, depth: usize) -> Result<Value<'a>, ParseIssue> {
        let mut items = Vec::new();
        let mut next = self.jiter.known_array().map_err(|e| self.syntax(e))?;
        while let Some(peek) = next {
            self.path.push(RawSeg::Index(items.len()));
            items.push(self.value(peek, depth + 1)?);
            self.path.pop();
            next = self.jiter.array_step().map_err(|e| self.syntax(e))?;
        }
        Ok(Value::Array(items))
    }

    fn object(&mut self, depth: usize) -> Result<Value<'a>, ParseIssue> {
        let mut members: Vec<Member<'a>> = Vec::new();
        let first = self.jiter.next_object_bytes().map(|key| key.map(raw_location));
        let mut key = self.key_range(first)?;
        while let Some((key_start, key_end)) = key {
            let key_text = self.decode_string((key_start, key_end))?;
            let peek = self.jiter.peek().map_err(|e| self.syntax(e))?;
            self.path.push(RawSeg::Key(key_start, key_end));
            let value = self.value(peek, depth + 1)?;
            self.path.pop();
            members.push(Member { key: key_text, key_span: Span::new(key_start - 1, key_end + 1), value });
            let next = self.jiter.next_key_bytes().map(|key| key.map(raw_location));
            key = self.key_range(next)?;
        }
        self.report_duplicates(&members);
        Ok(Value::Object(members))
    }

    fn report_duplicates(&mut self, members: &[Member<'a>]) {
        // Small objects (nearly all of them) are compared pairwise, which allocates nothing.
        const SMALL: usize = 24;
        let first_of =
            |index: usize, key: &str| members.get(..index).and_then(|before| before.iter().find(|m| m.key == key));
        if members.len() <= SMALL {
            for (index, member) in members.iter().enumerate() {
                if let Some(first) = first_of(index, &member.key) {
                    self.duplicate(member, first.key_span);
                }
            }
            return;
        }
        let mut seen: HashMap<&str, Span> = HashMap::with_capacity(members.len());
        for member in members {
            match seen.get(member.key.as_ref()) {
                Some(first) => self.duplicate(member, *first),
                None => {
                    seen.insert(&member.key, member.key_span);
                }
            }
        }
    }

    fn duplicate(&mut self, member: &Member<'a>, first: Span) {
        let mut path = self.owned_path();
        path.push(PathSeg::Key(member.key.to_string()));
        self.issues.push(ParseIssue {
            kind: IssueKind::DuplicateKey,
            span: member.key_span,
            path,
            message: format!("`{}` is given more than once; the service reads only the last value", member.key),
            related: Some((first, "first given here".to_owned())),
        });
    }

    /// The byte range in `source` of a key's text, from where jiter's slice of it lies.
    fn key_range(&self, key: Result<Option<(usize, usize)>, JiterError>) -> Result<Option<(usize, usize)>, ParseIssue> {
        let data_start = self.source.as_ptr() as usize;
        match key {
            Ok(key) => Ok(key.map(|(address, len)| {
                let start = address.saturating_sub(data_start);
                (start, start + len)
            })),
            Err(error) => Err(self.syntax(error)),
        }
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

/// Where a slice lies in memory, so that it can be placed in the source once the parser's
/// borrow ends.
fn raw_location(slice: &[u8]) -> (usize, usize) {
    (slice.as_ptr() as usize, slice.len())
}

fn strip_serde_position(message: &str) -> &str {
    message.split(" at line ").next().unwrap_or(message)
}

/// A node of the query tree while its keys are still arriving.
enum Pending<'a> {
    Leaf(Node<'a>),
    Object { span: Span, members: Vec<(Cow<'a, str>, Span, Pending<'a>)> },
    Array { span: Span, items: BTreeMap<usize, Pending<'a>> },
}

fn parse_query(source: &str, limits: Limits) -> (Node<'_>, Vec<ParseIssue>) {
    let mut issues = Vec::new();
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
            Ok(text) => Node { value: Value::Text(text), span: value_span },
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
        insert_query_value(&mut root, &segments, value, &mut issues, &segments);
    }
    let span = Span::new(query_start, source.len());
    let root = finish_object(root, span, &mut Vec::new(), &mut issues);
    (root, issues)
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
    value: Node<'a>,
    issues: &mut Vec<ParseIssue>,
    whole: &[(Cow<'a, str>, Span)],
) {
    let Some(((name, name_span), rest)) = segments.split_first() else {
        return;
    };
    let existing = members.iter_mut().position(|(key, _, _)| key == name);
    match (existing, rest.first()) {
        (None, None) => members.push((name.clone(), *name_span, Pending::Leaf(value))),
        (None, Some(_)) => {
            let mut child = new_container(rest, *name_span);
            insert_into(&mut child, rest, value, issues, whole);
            members.push((name.clone(), *name_span, child));
        }
        (Some(index), _) => {
            if let Some((_, first_span, child)) = members.get_mut(index) {
                let first_span = *first_span;
                match (child, rest.is_empty()) {
                    (Pending::Leaf(_), _) | (_, true) => {
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
    value: Node<'a>,
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
                    items.insert(index, Pending::Leaf(value));
                }
                (None, false) => {
                    let mut child = new_container(deeper, *segment_span);
                    insert_into(&mut child, deeper, value, issues, whole);
                    items.insert(index, child);
                }
                (Some(Pending::Leaf(first)), _) => {
                    let first_span = first.span;
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

fn finish_object<'a>(
    members: Vec<(Cow<'a, str>, Span, Pending<'a>)>,
    span: Span,
    path: &mut Vec<PathSeg>,
    issues: &mut Vec<ParseIssue>,
) -> Node<'a> {
    let members = members
        .into_iter()
        .map(|(key, key_span, pending)| {
            path.push(PathSeg::Key(key.to_string()));
            let value = finish(pending, path, issues);
            path.pop();
            Member { key, key_span, value }
        })
        .collect();
    Node { value: Value::Object(members), span }
}

fn finish<'a>(pending: Pending<'a>, path: &mut Vec<PathSeg>, issues: &mut Vec<ParseIssue>) -> Node<'a> {
    match pending {
        Pending::Leaf(node) => node,
        Pending::Object { span, members } => finish_object(members, span, path, issues),
        Pending::Array { span, items } => {
            let mut nodes = Vec::with_capacity(items.len());
            for (expected, (index, item)) in items.into_iter().enumerate() {
                if index != expected {
                    let mut issue = ParseIssue::at(
                        IssueKind::QueryIndexGap,
                        pending_span(&item),
                        format!(
                            "index {index} comes where index {expected} was expected: indices are 0-based and must not skip a number"
                        ),
                    );
                    issue.path = path.clone();
                    issues.push(issue);
                }
                path.push(PathSeg::Index(expected));
                nodes.push(finish(item, path, issues));
                path.pop();
            }
            Node { value: Value::Array(nodes), span }
        }
    }
}

fn pending_span(pending: &Pending<'_>) -> Span {
    match pending {
        Pending::Leaf(node) => node.span,
        Pending::Object { span, .. } | Pending::Array { span, .. } => *span,
    }
}
