//! A parsed request document: every value and every key with its byte span in the source.
//!
//! Both input forms (JSON bodies and the flattened query string) parse into this one tree, so
//! the rules never know which form a request came in. Strings borrow from the source unless
//! they had to be decoded.

use std::borrow::Cow;

/// A byte range in the source text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    pub const fn new(start: usize, end: usize) -> Self {
        Span { start, end }
    }

    /// A zero-width span, for an insertion point.
    pub const fn at(offset: usize) -> Self {
        Span { start: offset, end: offset }
    }
}

/// A value in the document.
#[derive(Debug, Clone, PartialEq)]
pub enum Value<'a> {
    Null,
    Bool(bool),
    /// A JSON number. `integer` is its value when it is written as an integer (no fraction or
    /// exponent) that fits in an i64.
    Number {
        integer: Option<i64>,
        written_as_integer: bool,
    },
    /// A JSON string.
    String(Cow<'a, str>),
    /// Untyped text from the query-string form, which the expected type interprets
    /// (`15` as an Integer, `false` as a Boolean).
    Text(Cow<'a, str>),
    Array(Vec<Node<'a>>),
    Object(Vec<Member<'a>>),
}

/// A value and where it is written.
#[derive(Debug, Clone, PartialEq)]
pub struct Node<'a> {
    pub value: Value<'a>,
    /// The whole token, quotes included for JSON strings.
    pub span: Span,
}

/// One `key: value` pair of an object.
#[derive(Debug, Clone, PartialEq)]
pub struct Member<'a> {
    pub key: Cow<'a, str>,
    /// The key as written, quotes included for JSON.
    pub key_span: Span,
    pub value: Node<'a>,
}

impl Member<'_> {
    /// The span of the key's text without quotes: where a renamed key is written.
    pub fn key_text_span(&self, format: InputFormat) -> Span {
        shrink_quotes(self.key_span, format)
    }
}

/// Which form the request was written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum InputFormat {
    Json,
    Query,
}

fn shrink_quotes(span: Span, format: InputFormat) -> Span {
    match format {
        InputFormat::Json if span.end >= span.start + 2 => Span::new(span.start + 1, span.end - 1),
        _ => span,
    }
}

/// The JSON type name of a value, as messages describe what was found.
pub fn type_name(value: &Value<'_>) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number { written_as_integer: true, .. } => "an integer",
        Value::Number { .. } => "a number with a fraction or exponent",
        Value::String(_) => "a string",
        Value::Text(_) => "text",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

impl<'a> Node<'a> {
    /// The value of `key` in this object, if it is sent. JSON `null` means "not sent", and
    /// where a key is repeated the last value wins, as the service reads it.
    pub fn get(&self, key: &str) -> Option<&Node<'a>> {
        self.member(key).map(|m| &m.value)
    }

    /// The member `key` of this object, unless absent or `null`.
    pub fn member(&self, key: &str) -> Option<&Member<'a>> {
        match &self.value {
            Value::Object(members) => {
                members.iter().rev().find(|m| m.key == key).filter(|m| !matches!(m.value.value, Value::Null))
            }
            _ => None,
        }
    }

    pub fn members(&self) -> &[Member<'a>] {
        match &self.value {
            Value::Object(members) => members,
            _ => &[],
        }
    }

    /// The elements of an array, or none for anything else.
    pub fn elements(&self) -> &[Node<'a>] {
        match &self.value {
            Value::Array(items) => items,
            _ => &[],
        }
    }

    /// The text of a String (or query text) value.
    pub fn as_str(&self) -> Option<&str> {
        match &self.value {
            Value::String(s) | Value::Text(s) => Some(s),
            _ => None,
        }
    }

    /// The value of an Integer: a JSON integer, or query text that spells one.
    pub fn as_i64(&self) -> Option<i64> {
        match &self.value {
            Value::Number { integer, .. } => *integer,
            Value::Text(s) => s.parse().ok(),
            _ => None,
        }
    }

    /// The value of a Boolean: a JSON boolean, or query text `true`/`false` in any case.
    pub fn as_bool(&self) -> Option<bool> {
        match &self.value {
            Value::Bool(b) => Some(*b),
            Value::Text(s) => parse_query_bool(s),
            _ => None,
        }
    }

    /// Whether the value would make a difference if sent: not null, not the empty string,
    /// not `false`, not an empty array or object. Deployers send such values for every
    /// unused field, so they never count as "set".
    pub fn is_meaningful(&self) -> bool {
        match &self.value {
            Value::Null => false,
            Value::Bool(b) => *b,
            Value::Number { .. } => true,
            Value::String(s) => !s.is_empty(),
            Value::Text(s) => !s.is_empty() && parse_query_bool(s) != Some(false),
            Value::Array(items) => !items.is_empty(),
            Value::Object(members) => members.iter().any(|m| m.value.is_meaningful()),
        }
    }

    /// Whether a value counts as given for a parameter that must be given: not null, not an
    /// empty string, not an empty array.
    pub fn is_provided(&self) -> bool {
        match &self.value {
            Value::Null => false,
            Value::String(s) | Value::Text(s) => !s.trim().is_empty(),
            Value::Array(items) => !items.is_empty(),
            _ => true,
        }
    }

    /// The span of a string's text without its quotes: where a replacement value is written.
    pub fn text_span(&self, format: InputFormat) -> Span {
        match self.value {
            Value::String(_) => shrink_quotes(self.span, format),
            _ => self.span,
        }
    }
}

/// Query-string booleans: the example sends `EnableCORS=false`.
pub fn parse_query_bool(text: &str) -> Option<bool> {
    if text.eq_ignore_ascii_case("true") {
        Some(true)
    } else if text.eq_ignore_ascii_case("false") {
        Some(false)
    } else {
        None
    }
}

/// A segment of a path from the document root: an object key or an array index.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Seg<'p> {
    Key(&'p str),
    Index(usize),
}

/// The JSON Pointer (RFC 6901) of a path.
pub fn json_pointer(prefix: Option<usize>, path: &[Seg<'_>]) -> String {
    let mut pointer = String::new();
    if let Some(index) = prefix {
        pointer.push('/');
        pointer.push_str(&index.to_string());
    }
    for seg in path {
        pointer.push('/');
        match seg {
            Seg::Key(key) => pointer.push_str(&key.replace('~', "~0").replace('/', "~1")),
            Seg::Index(index) => pointer.push_str(&index.to_string()),
        }
    }
    pointer
}

/// The flattened parameter name of a path, as the query form writes it
/// (`RequestParameters.0.Name`).
pub fn parameter_name(path: &[Seg<'_>]) -> String {
    let mut name = String::new();
    for (i, seg) in path.iter().enumerate() {
        if i > 0 {
            name.push('.');
        }
        match seg {
            Seg::Key(key) => name.push_str(key),
            Seg::Index(index) => name.push_str(&index.to_string()),
        }
    }
    name
}
