//! A parsed request document: every value and every key with its byte span in the source.
//!
//! Both input forms (JSON bodies and the flattened query string) parse into this one tree, so
//! the rules never know which form a request came in.
//!
//! The tree is flat: one array of entries in document order, the children of each array and
//! object as one contiguous run of entry numbers, and for every object whose structure the
//! schema knows, one slot per field that holds the member giving it. A rule's lookup of a
//! field by name is then a hash probe and an array read, whatever the size of the object,
//! and parsing a batch reuses the same arrays for every request. Strings borrow from the
//! source unless they had to be decoded.

use crate::schema::{Field, FieldKey, FieldType, Struct, same_text};

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

/// Which form the request was written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum InputFormat {
    Json,
    Query,
}

/// What a value is, as the rules see it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Value<'d> {
    Null,
    Bool(bool),
    /// A JSON number. `integer` is its value when it is written as an integer (no fraction or
    /// exponent) that fits in an i64.
    Number {
        integer: Option<i64>,
        written_as_integer: bool,
    },
    /// A JSON string.
    String(&'d str),
    /// Untyped text from the query-string form, which the expected type interprets
    /// (`15` as an Integer, `false` as a Boolean).
    Text(&'d str),
    Array,
    Object,
}

/// The kind of an entry; numbers keep their parsed value beside it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    Null,
    Bool(bool),
    /// Written as an integer that fits in an i64.
    Integer,
    /// Written as an integer too large for an i64.
    BigInteger,
    /// Written with a fraction or an exponent.
    Fraction,
    String,
    Text,
    Array,
    Object,
}

/// "None" for the `u32` references between entries.
const NONE: u32 = u32::MAX;
/// "No field" for an entry's position in its parent's structure.
const NO_FIELD: u8 = u8::MAX;

/// One value, and the key it is given under when it is an object member.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Entry {
    kind: Kind,
    /// The member's position in its parent object's structure, or `NO_FIELD`.
    field: u8,
    start: u32,
    end: u32,
    /// The key as written (quotes included for JSON), for an object member.
    key_start: u32,
    key_end: u32,
    /// `decoded[n - 1]` is the key's text when it had escapes; 0 when it is the source's.
    key_decoded: u32,
    /// For strings, `decoded[n - 1]` when they had escapes or percent-encoding; 0 when the
    /// text is the source's.
    text: u32,
    /// For arrays and objects, their children are `children[first..first + count]`.
    first: u32,
    count: u32,
    /// For objects of a known structure, `slots[slots..slots + fields]`.
    slots: u32,
    schema: Option<&'static Struct>,
    integer: i64,
}

impl Entry {
    pub(crate) fn leaf(kind: Kind, span: Span) -> Self {
        Entry {
            kind,
            field: NO_FIELD,
            start: offset(span.start),
            end: offset(span.end),
            key_start: 0,
            key_end: 0,
            key_decoded: 0,
            text: 0,
            first: 0,
            count: 0,
            slots: NONE,
            schema: None,
            integer: 0,
        }
    }

    pub(crate) fn integer(value: i64, span: Span) -> Self {
        Entry { integer: value, ..Entry::leaf(Kind::Integer, span) }
    }
}

/// Offsets are kept in 32 bits; the parser refuses larger inputs before building anything.
fn offset(value: usize) -> u32 {
    u32::try_from(value).unwrap_or(u32::MAX)
}

/// The parsed tree of one document (or one element of a batch).
#[derive(Debug)]
pub struct Document<'a> {
    source: &'a str,
    format: InputFormat,
    entries: Vec<Entry>,
    children: Vec<u32>,
    slots: Vec<u32>,
    decoded: Vec<String>,
}

/// The largest source a document can point into.
pub(crate) const MAX_SOURCE_BYTES: usize = u32::MAX as usize - 1;

impl<'a> Document<'a> {
    pub(crate) fn new(source: &'a str, format: InputFormat) -> Self {
        // A request has a value for every 12 bytes or so; the arrays are sized once for the
        // first request (a batch reuses them) instead of growing step by step.
        let values = source.len().min(64 * 1024) / 12 + 8;
        Document {
            source,
            format,
            entries: Vec::with_capacity(values),
            children: Vec::with_capacity(values),
            slots: Vec::with_capacity(128),
            decoded: Vec::new(),
        }
    }

    /// Empties the tree, keeping its memory for the next element of a batch.
    pub(crate) fn clear(&mut self) {
        self.entries.clear();
        self.children.clear();
        self.slots.clear();
        self.decoded.clear();
    }

    /// The first value added: the document, or the batch element being linted.
    pub fn root(&self) -> Option<Node<'_>> {
        self.node(0)
    }

    #[inline]
    fn node(&self, index: u32) -> Option<Node<'_>> {
        let entry = self.entries.get(index as usize)?;
        Some(self.node_of(index, entry))
    }

    /// The node of entry `index`, already looked up.
    #[inline]
    fn node_of(&self, index: u32, entry: &Entry) -> Node<'_> {
        Node { doc: self, index, span: Span::new(entry.start as usize, entry.end as usize) }
    }

    /// Adds a value, returning its number. Its key and children are set afterwards.
    pub(crate) fn push(&mut self, entry: Entry) -> u32 {
        let index = offset(self.entries.len());
        self.entries.push(entry);
        index
    }

    /// Adds a container; an object of a known structure gets its empty field slots.
    pub(crate) fn open(&mut self, kind: Kind, start: usize, schema: Option<&'static Struct>) -> u32 {
        let mut entry = Entry::leaf(kind, Span::at(start));
        if let Some(schema) = schema.filter(|_| kind == Kind::Object) {
            entry.schema = Some(schema);
            entry.slots = offset(self.slots.len());
            self.slots.resize(self.slots.len() + schema.fields.len(), NONE);
        }
        self.push(entry)
    }

    /// Ends a container at `end` with `children` (entry numbers in document order), and
    /// fills the field slots of an object: where a key is repeated the last one wins, as the
    /// service reads it. Returns whether an object may have repeated keys: a field given
    /// twice, or keys that the schema does not know (which only comparing text can tell).
    pub(crate) fn close(&mut self, index: u32, end: usize, children: &[u32]) -> bool {
        let first = offset(self.children.len());
        self.children.extend_from_slice(children);
        let Some(entry) = self.entries.get_mut(index as usize) else { return false };
        entry.end = offset(end);
        entry.first = first;
        entry.count = offset(children.len());
        let (kind, slots) = (entry.kind, entry.slots);
        if kind != Kind::Object {
            return false;
        }
        if slots == NONE {
            return children.len() > 1;
        }
        let mut maybe_repeated = false;
        for &child in children {
            let field = self.entries.get(child as usize).map_or(NO_FIELD, |c| c.field);
            match self.slots.get_mut(slots as usize + usize::from(field)) {
                Some(slot) if field != NO_FIELD => {
                    maybe_repeated |= *slot != NONE;
                    *slot = child;
                }
                _ => maybe_repeated = true,
            }
        }
        maybe_repeated
    }

    /// Stores a decoded string, returning the reference an entry keeps.
    pub(crate) fn decoded(&mut self, text: String) -> u32 {
        self.decoded.push(text);
        offset(self.decoded.len())
    }

    /// Sets the text of a string entry that had to be decoded.
    pub(crate) fn set_text(&mut self, index: u32, decoded: u32) {
        if let Some(entry) = self.entries.get_mut(index as usize) {
            entry.text = decoded;
        }
    }

    /// Makes entry `index` a member of an object under the key written at `key_span`, the
    /// field at `field` of the object's structure.
    pub(crate) fn set_key(&mut self, index: u32, key_span: Span, key_decoded: u32, field: Option<usize>) {
        if let Some(entry) = self.entries.get_mut(index as usize) {
            entry.key_start = offset(key_span.start);
            entry.key_end = offset(key_span.end);
            entry.key_decoded = key_decoded;
            entry.field = field.and_then(|f| u8::try_from(f).ok()).unwrap_or(NO_FIELD);
        }
    }

    #[inline]
    fn text_of(&self, decoded: u32, start: u32, end: u32, quoted: bool) -> &str {
        if decoded != 0 {
            return self.decoded.get(decoded as usize - 1).map_or("", String::as_str);
        }
        let (start, end) = if quoted && end >= start + 2 { (start + 1, end - 1) } else { (start, end) };
        self.source.get(start as usize..end as usize).unwrap_or_default()
    }

    pub(crate) fn key_span_of(&self, index: u32) -> Span {
        self.entries
            .get(index as usize)
            .map_or_else(Span::default, |e| Span::new(e.key_start as usize, e.key_end as usize))
    }

    /// The members of object `index` whose key an earlier member already gave, each with
    /// the first member that gave it.
    pub(crate) fn duplicate_keys(&self, index: u32) -> Vec<(u32, u32)> {
        // Small objects are compared pairwise, which allocates nothing; fields of a known
        // structure are told apart by their position, never by comparing text.
        const SMALL: usize = 24;
        let Some(object) = self.node(index) else { return Vec::new() };
        let children = object.child_ids();
        let field_of = |id: u32| self.entries.get(id as usize).map_or(NO_FIELD, |e| e.field);
        let mut found = Vec::new();
        let mut seen_fields = 0u128;
        let mut unknown = 0;
        for (position, &child) in children.iter().enumerate() {
            let field = field_of(child);
            if field == NO_FIELD {
                unknown += 1;
                if unknown <= SMALL {
                    let key = self.key_text(child);
                    let earlier = children.get(..position).unwrap_or_default();
                    if let Some(&first) = earlier.iter().find(|&&other| {
                        field_of(other) == NO_FIELD && same_text(self.key_text(other).as_bytes(), key.as_bytes())
                    }) {
                        found.push((child, first));
                    }
                }
                continue;
            }
            let bit = 1u128 << field;
            if seen_fields & bit != 0
                && let Some(&first) = children.iter().find(|&&other| field_of(other) == field)
            {
                found.push((child, first));
            }
            seen_fields |= bit;
        }
        if unknown > SMALL {
            found.retain(|&(child, _)| field_of(child) != NO_FIELD);
            let mut first_of: foldhash::HashMap<&str, u32> = foldhash::HashMapExt::with_capacity(unknown);
            for &child in children.iter().filter(|&&child| field_of(child) == NO_FIELD) {
                match first_of.get(self.key_text(child)) {
                    Some(&first) => found.push((child, first)),
                    None => {
                        first_of.insert(self.key_text(child), child);
                    }
                }
            }
            found.sort_unstable();
        }
        found
    }

    /// The text of the key of member `index`.
    pub(crate) fn key_text(&self, index: u32) -> &str {
        let Some(entry) = self.entries.get(index as usize) else { return "" };
        self.text_of(entry.key_decoded, entry.key_start, entry.key_end, self.format == InputFormat::Json)
    }
}

/// A value and where it is written: a handle into a [`Document`], cheap to copy.
#[derive(Debug, Clone, Copy)]
pub struct Node<'d> {
    doc: &'d Document<'d>,
    index: u32,
    /// The whole token, quotes included for JSON strings.
    pub span: Span,
}

impl PartialEq for Node<'_> {
    fn eq(&self, other: &Self) -> bool {
        std::ptr::eq(self.doc, other.doc) && self.index == other.index
    }
}

/// One `key: value` pair of an object.
#[derive(Debug, Clone, Copy)]
pub struct Member<'d> {
    pub key: &'d str,
    /// The key as written, quotes included for JSON.
    pub key_span: Span,
    pub value: Node<'d>,
    /// The field of the object's structure that the key names, if the schema knows it.
    pub field: Option<&'static Field>,
}

impl Member<'_> {
    /// The span of the key's text without quotes: where a renamed key is written.
    pub fn key_text_span(&self, format: InputFormat) -> Span {
        shrink_quotes(self.key_span, format)
    }
}

fn shrink_quotes(span: Span, format: InputFormat) -> Span {
    match format {
        InputFormat::Json if span.end >= span.start + 2 => Span::new(span.start + 1, span.end - 1),
        _ => span,
    }
}

/// The elements of an array.
#[derive(Debug, Clone, Copy, Default)]
pub struct Elements<'d> {
    array: Option<Node<'d>>,
    ids: &'d [u32],
}

impl<'d> Elements<'d> {
    pub fn len(&self) -> usize {
        self.ids.len()
    }

    pub fn is_empty(&self) -> bool {
        self.ids.is_empty()
    }

    pub fn get(&self, position: usize) -> Option<Node<'d>> {
        self.array.zip(self.ids.get(position)).and_then(|(array, &id)| array.doc.node(id))
    }

    pub fn iter(&self) -> Children<'d, Node<'d>> {
        Children { parent: self.array, ids: self.ids.iter(), make: |array, id| array.doc.node(id) }
    }
}

impl<'d> IntoIterator for Elements<'d> {
    type Item = Node<'d>;
    type IntoIter = Children<'d, Node<'d>>;
    fn into_iter(self) -> Self::IntoIter {
        self.iter()
    }
}

/// The members of an object, in document order.
#[derive(Debug, Clone, Copy, Default)]
pub struct Members<'d> {
    object: Option<Node<'d>>,
    ids: &'d [u32],
}

impl<'d> Members<'d> {
    pub fn len(&self) -> usize {
        self.ids.len()
    }

    pub fn is_empty(&self) -> bool {
        self.ids.is_empty()
    }

    pub fn iter(&self) -> Children<'d, Member<'d>> {
        Children { parent: self.object, ids: self.ids.iter(), make: Node::member_at }
    }
}

impl<'d> IntoIterator for Members<'d> {
    type Item = Member<'d>;
    type IntoIter = Children<'d, Member<'d>>;
    fn into_iter(self) -> Self::IntoIter {
        self.iter()
    }
}

/// An iterator over the elements of an array or the members of an object.
#[derive(Debug, Clone)]
pub struct Children<'d, T> {
    parent: Option<Node<'d>>,
    ids: std::slice::Iter<'d, u32>,
    make: fn(Node<'d>, u32) -> Option<T>,
}

impl<T> Iterator for Children<'_, T> {
    type Item = T;
    fn next(&mut self) -> Option<T> {
        let id = *self.ids.next()?;
        (self.make)(self.parent?, id)
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        self.ids.size_hint()
    }
}

impl<T> DoubleEndedIterator for Children<'_, T> {
    fn next_back(&mut self) -> Option<T> {
        let id = *self.ids.next_back()?;
        (self.make)(self.parent?, id)
    }
}

impl<T> ExactSizeIterator for Children<'_, T> {}

/// The JSON type name of a value, as messages describe what was found.
pub fn type_name(value: &Value<'_>) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number { written_as_integer: true, .. } => "an integer",
        Value::Number { .. } => "a number with a fraction or exponent",
        Value::String(_) => "a string",
        Value::Text(_) => "text",
        Value::Array => "an array",
        Value::Object => "an object",
    }
}

impl<'d> Node<'d> {
    #[inline]
    fn entry(&self) -> Option<&'d Entry> {
        self.doc.entries.get(self.index as usize)
    }

    #[inline]
    fn kind(&self) -> Kind {
        self.entry().map_or(Kind::Null, |e| e.kind)
    }

    /// What the value is.
    #[inline]
    pub fn value(&self) -> Value<'d> {
        let Some(entry) = self.entry() else { return Value::Null };
        match entry.kind {
            Kind::Null => Value::Null,
            Kind::Bool(b) => Value::Bool(b),
            Kind::Integer => Value::Number { integer: Some(entry.integer), written_as_integer: true },
            Kind::BigInteger => Value::Number { integer: None, written_as_integer: true },
            Kind::Fraction => Value::Number { integer: None, written_as_integer: false },
            Kind::String => Value::String(self.doc.text_of(entry.text, entry.start, entry.end, true)),
            Kind::Text => Value::Text(self.doc.text_of(entry.text, entry.start, entry.end, false)),
            Kind::Array => Value::Array,
            Kind::Object => Value::Object,
        }
    }

    /// The JSON type name of the value, as messages describe what was found.
    pub fn type_name(&self) -> &'static str {
        type_name(&self.value())
    }

    pub fn is_object(&self) -> bool {
        self.kind() == Kind::Object
    }

    pub fn is_array(&self) -> bool {
        self.kind() == Kind::Array
    }

    pub fn is_null(&self) -> bool {
        self.kind() == Kind::Null
    }

    /// Whether the value is `null` or is written as the JSON type of `ty` (for an Integer, a
    /// whole number that fits in an i64): what nearly every value is, told from its kind
    /// alone. Query text is never of a type here; what it spells decides.
    #[inline]
    pub fn is_null_or_json_of(&self, ty: FieldType) -> bool {
        matches!(
            (self.kind(), ty),
            (Kind::Null, _)
                | (Kind::String, FieldType::String)
                | (Kind::Integer, FieldType::Integer)
                | (Kind::Bool(_), FieldType::Boolean)
                | (Kind::Object, FieldType::Object(_))
                | (Kind::Array, FieldType::Array(_))
        )
    }

    /// The structure the schema describes this object with, if it knows it.
    pub fn schema(&self) -> Option<&'static Struct> {
        self.entry().and_then(|e| e.schema)
    }

    fn child_ids(&self) -> &'d [u32] {
        let doc = self.doc;
        self.entry()
            .filter(|e| matches!(e.kind, Kind::Array | Kind::Object))
            .and_then(|e| doc.children.get(e.first as usize..e.first as usize + e.count as usize))
            .unwrap_or_default()
    }

    fn member_at(self, id: u32) -> Option<Member<'d>> {
        let doc = self.doc;
        let entry = doc.entries.get(id as usize)?;
        let field = self.schema().and_then(|schema| schema.fields.get(usize::from(entry.field)));
        Some(Member {
            key: doc.key_text(id),
            key_span: Span::new(entry.key_start as usize, entry.key_end as usize),
            value: doc.node(id)?,
            field,
        })
    }

    /// The value of `key` in this object, if it is sent. JSON `null` means "not sent", and
    /// where a key is repeated the last value wins, as the service reads it.
    #[inline]
    pub fn get(&self, key: &str) -> Option<Node<'d>> {
        let entry = self.entry().filter(|e| e.kind == Kind::Object)?;
        let found = match entry.schema.and_then(|schema| schema.position(key)) {
            Some(position) => self.doc.slots.get(entry.slots as usize + position).copied().filter(|&slot| slot != NONE),
            None => self.find_key(key),
        };
        found.and_then(|id| self.doc.node(id)).filter(|node| !node.is_null())
    }

    /// The value of the field `key`, unless absent or `null`: for an object of the key's
    /// structure, one array read.
    #[inline]
    pub fn field(&self, key: FieldKey) -> Option<Node<'d>> {
        match self.slot(key) {
            Some(found) => found.and_then(|id| self.doc.node(id)).filter(|node| !node.is_null()),
            None => self.get(key.name()),
        }
    }

    /// The member giving the field `key`, unless absent or `null`.
    pub fn field_member(&self, key: FieldKey) -> Option<Member<'d>> {
        match self.slot(key) {
            Some(found) => found.and_then(|id| self.member_at(id)).filter(|member| !member.value.is_null()),
            None => self.member(key.name()),
        }
    }

    /// The member in the slot of `key`, if this is an object of the key's structure.
    #[inline]
    fn slot(&self, key: FieldKey) -> Option<Option<u32>> {
        let entry = self.entry().filter(|e| e.kind == Kind::Object)?;
        entry.schema.filter(|&schema| std::ptr::eq(schema, key.schema))?;
        let slot = self.doc.slots.get(entry.slots as usize + key.position).copied();
        Some(slot.filter(|&slot| slot != NONE))
    }

    /// The last member named `key`, found by comparing keys: for a key that the object's
    /// structure does not define, or an object the schema does not describe.
    fn find_key(&self, key: &str) -> Option<u32> {
        let key = key.as_bytes();
        self.child_ids().iter().rev().copied().find(|&id| same_text(self.doc.key_text(id).as_bytes(), key))
    }

    /// The member `key` of this object, unless absent or `null`.
    pub fn member(&self, key: &str) -> Option<Member<'d>> {
        self.member_even_if_null(key).filter(|m| !m.value.is_null())
    }

    /// The member `key` of this object, even when its value is `null`.
    pub fn member_even_if_null(&self, key: &str) -> Option<Member<'d>> {
        let entry = self.entry().filter(|e| e.kind == Kind::Object)?;
        let found = match entry.schema.and_then(|schema| schema.position(key)) {
            Some(position) => self.doc.slots.get(entry.slots as usize + position).copied().filter(|&slot| slot != NONE),
            None => self.find_key(key),
        };
        found.and_then(|id| self.member_at(id))
    }

    pub fn members(&self) -> Members<'d> {
        if self.is_object() { Members { object: Some(*self), ids: self.child_ids() } } else { Members::default() }
    }

    /// The objects in this value (itself included) whose structure the schema knows, in
    /// document order. The tree is stored in that order, so this reads its entries one after
    /// another instead of descending.
    pub fn described_objects(&self) -> impl Iterator<Item = (Node<'d>, &'static Struct)> + 'd {
        let doc = self.doc;
        let range = doc.entries.get(self.index as usize..self.subtree_end() as usize).unwrap_or_default();
        let first = self.index;
        range.iter().zip(first..).filter_map(move |(entry, index)| {
            let schema = entry.schema?;
            Some((doc.node_of(index, entry), schema))
        })
    }

    /// One past the last entry of this value and everything in it.
    fn subtree_end(&self) -> u32 {
        let mut last = *self;
        while let Some(child) = last.child_ids().last().and_then(|&child| self.doc.node(child)) {
            last = child;
        }
        last.index + 1
    }

    /// Where this value is, from the document's root: the path that pointers and parameter
    /// names are made of. Found by descending from the root, so it costs nothing until a
    /// finding needs it.
    pub fn path(&self) -> Vec<Seg<'d>> {
        let mut path = Vec::new();
        let Some(mut at) = self.doc.root() else { return path };
        while at.index < self.index {
            let children = at.child_ids();
            // Children are stored in document order, after their parent: the one holding
            // this value is the last that starts at or before it.
            let position = children.partition_point(|&child| child <= self.index);
            let Some(&child) = position.checked_sub(1).and_then(|p| children.get(p)) else { break };
            let Some(next) = self.doc.node(child) else { break };
            path.push(if at.is_object() { Seg::Key(self.doc.key_text(child)) } else { Seg::Index(position - 1) });
            at = next;
        }
        path
    }

    /// The value and field of each member whose key is a field of this object's structure,
    /// in document order; the keys are not read.
    pub fn field_values(&self) -> impl Iterator<Item = (Node<'d>, &'static Field)> + 'd {
        let doc = self.doc;
        let fields = self.schema().map_or(&[][..], |schema| schema.fields);
        self.child_ids().iter().filter_map(move |&id| {
            let entry = doc.entries.get(id as usize)?;
            let field = fields.get(usize::from(entry.field))?;
            Some((doc.node_of(id, entry), field))
        })
    }

    /// The members whose key this object's structure does not define (all of them when the
    /// schema does not describe the object), in document order.
    pub fn unknown_members(&self) -> impl Iterator<Item = Member<'d>> + 'd {
        let object = *self;
        let known = self.schema().map_or(0, |schema| schema.fields.len());
        self.child_ids().iter().filter_map(move |&id| {
            let entry = object.doc.entries.get(id as usize)?;
            if usize::from(entry.field) < known {
                return None;
            }
            object.member_at(id)
        })
    }

    /// The elements of an array, or none for anything else.
    pub fn elements(&self) -> Elements<'d> {
        if self.is_array() { Elements { array: Some(*self), ids: self.child_ids() } } else { Elements::default() }
    }

    /// The text of a String (or query text) value.
    #[inline]
    pub fn as_str(self) -> Option<&'d str> {
        let entry = self.entry()?;
        match entry.kind {
            Kind::String => Some(self.doc.text_of(entry.text, entry.start, entry.end, true)),
            Kind::Text => Some(self.doc.text_of(entry.text, entry.start, entry.end, false)),
            _ => None,
        }
    }

    /// The value of an Integer: a JSON integer, or query text that spells one.
    pub fn as_i64(self) -> Option<i64> {
        match self.value() {
            Value::Number { integer, .. } => integer,
            Value::Text(s) => s.parse().ok(),
            _ => None,
        }
    }

    /// The value of a Boolean: a JSON boolean, or query text `true`/`false` in any case.
    pub fn as_bool(self) -> Option<bool> {
        match self.value() {
            Value::Bool(b) => Some(b),
            Value::Text(s) => parse_query_bool(s),
            _ => None,
        }
    }

    /// Whether the value would make a difference if sent: not null, not the empty string,
    /// not `false`, not an empty array or object. Deployers send such values for every
    /// unused field, so they never count as "set".
    pub fn is_meaningful(self) -> bool {
        match self.value() {
            Value::Null => false,
            Value::Bool(b) => b,
            Value::Number { .. } => true,
            Value::String(s) => !s.is_empty(),
            Value::Text(s) => !s.is_empty() && parse_query_bool(s) != Some(false),
            Value::Array => !self.child_ids().is_empty(),
            Value::Object => self.members().iter().any(|m| m.value.is_meaningful()),
        }
    }

    /// Whether a value counts as given for a parameter that must be given: not null, not an
    /// empty string, not an empty array.
    pub fn is_provided(self) -> bool {
        match self.value() {
            Value::Null => false,
            Value::String(s) | Value::Text(s) => !s.trim().is_empty(),
            Value::Array => !self.child_ids().is_empty(),
            _ => true,
        }
    }

    /// The span of a string's text without its quotes: where a replacement value is written.
    pub fn text_span(&self, format: InputFormat) -> Span {
        match self.kind() {
            Kind::String => shrink_quotes(self.span, format),
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
    use std::fmt::Write;
    let mut pointer = String::with_capacity(32);
    if let Some(index) = prefix {
        let _ = write!(pointer, "/{index}");
    }
    for seg in path {
        pointer.push('/');
        match seg {
            Seg::Key(key) if key.contains(['~', '/']) => pointer.push_str(&key.replace('~', "~0").replace('/', "~1")),
            Seg::Key(key) => pointer.push_str(key),
            Seg::Index(index) => {
                let _ = write!(pointer, "{index}");
            }
        }
    }
    pointer
}

/// The flattened parameter name of a path, as the query form writes it
/// (`RequestParameters.0.Name`).
pub fn parameter_name(path: &[Seg<'_>]) -> String {
    use std::fmt::Write;
    let mut name = String::with_capacity(32);
    for (i, seg) in path.iter().enumerate() {
        if i > 0 {
            name.push('.');
        }
        match seg {
            Seg::Key(key) => name.push_str(key),
            Seg::Index(index) => {
                let _ = write!(name, "{index}");
            }
        }
    }
    name
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parse::{Parsed, Part, parse};
    use crate::schema::{CREATE_API_REQUEST, request_key};

    /// The parse writes one entry per value; keeping it within a cache line matters.
    #[test]
    fn an_entry_fits_in_a_cache_line() {
        assert!(std::mem::size_of::<Entry>() <= 64, "{}", std::mem::size_of::<Entry>());
    }

    /// Parses `source` and hands its root to `check`.
    fn with_root(source: &str, format: InputFormat, check: impl Fn(Node<'_>)) -> Parsed {
        parse(source, format, Default::default(), &mut |part| match part {
            Part::Document(root) | Part::Element(_, root) => check(root),
        })
    }

    #[test]
    fn an_escaped_key_is_its_field_and_keeps_its_place_in_the_source() {
        let source = r#"{"ApiName": "a", "Service\u0054ype" : "MOCK", "x\"y": 1}"#;
        with_root(source, InputFormat::Json, |root| {
            let service_type = root.field(request_key("ServiceType")).and_then(Node::as_str);
            assert_eq!(service_type, Some("MOCK"));
            let member = root.member("ServiceType").unwrap_or_else(|| panic!("ServiceType is found by name"));
            assert_eq!(source.get(member.key_span.start..member.key_span.end), Some(r#""Service\u0054ype""#));
            assert_eq!(member.field.map(|f| f.name), Some("ServiceType"));
            let unknown = root.member("x\"y").unwrap_or_else(|| panic!("an unknown escaped key is found by name"));
            assert_eq!(source.get(unknown.key_span.start..unknown.key_span.end), Some(r#""x\"y""#));
            assert!(unknown.field.is_none());
        });
    }

    #[test]
    fn a_field_written_plainly_and_escaped_is_a_duplicate_and_the_last_wins() {
        let source = r#"{"ServiceType": "HTTP", "Service\u0054ype": "MOCK", "k": 1, "k": 2}"#;
        let parsed = with_root(source, InputFormat::Json, |root| {
            assert_eq!(root.get("ServiceType").and_then(Node::as_str), Some("MOCK"));
            assert_eq!(root.get("k").and_then(Node::as_i64), Some(2));
        });
        let keys: Vec<&str> = parsed.issues.iter().filter_map(|i| source.get(i.span.start..i.span.end)).collect();
        assert_eq!(keys, [r#""Service\u0054ype""#, r#""k""#]);
    }

    #[test]
    fn null_is_not_sent_and_nested_objects_get_their_structure() {
        let source = r#"{"ServiceConfig": {"Url": "http://a", "Method": null}, "Nested": {"Url": "x"}}"#;
        with_root(source, InputFormat::Json, |root| {
            assert_eq!(root.schema().map(|s| s.name), Some(CREATE_API_REQUEST.name));
            let config = root.get("ServiceConfig").unwrap_or_else(|| panic!("ServiceConfig"));
            assert_eq!(config.schema().map(|s| s.name), Some("ServiceConfig"));
            assert!(config.get("Method").is_none());
            assert!(config.member_even_if_null("Method").is_some());
            let nested = root.get("Nested").unwrap_or_else(|| panic!("Nested"));
            assert!(nested.schema().is_none());
            assert_eq!(nested.get("Url").and_then(Node::as_str), Some("x"));
        });
    }

    #[test]
    fn a_value_knows_its_path_and_the_described_objects_come_in_document_order() {
        let source = r#"{"RequestParameters": [{"Name": "a"}, {"Name": "b", "x\/y": [1, {"k": 2}]}],
            "RequestConfig": {"Path": "/p"}}"#;
        with_root(source, InputFormat::Json, |root| {
            let parameters = root.get("RequestParameters").unwrap_or_else(|| panic!("RequestParameters"));
            let second = parameters.elements().get(1).unwrap_or_else(|| panic!("the second parameter"));
            let inner = second.get("x/y").and_then(|list| list.elements().get(1)).unwrap_or_else(|| panic!("x/y"));
            let k = inner.get("k").unwrap_or_else(|| panic!("k"));
            let path = [Seg::Key("RequestParameters"), Seg::Index(1), Seg::Key("x/y"), Seg::Index(1), Seg::Key("k")];
            assert_eq!(k.path(), path);
            assert_eq!(json_pointer(Some(3), &k.path()), "/3/RequestParameters/1/x~1y/1/k");
            assert_eq!(root.path(), []);
            let described: Vec<&str> = root.described_objects().map(|(_, schema)| schema.name).collect();
            assert_eq!(
                described,
                [CREATE_API_REQUEST.name, "RequestParameter", "RequestParameter", "ApiRequestConfig"]
            );
            let unknown: Vec<&str> = second.unknown_members().map(|m| m.key).collect();
            assert_eq!(unknown, ["x/y"]);
            let known: Vec<&str> = second.field_values().map(|(_, field)| field.name).collect();
            assert_eq!(known, ["Name"]);
        });
        let query = "RequestConfig.Path=/p&RequestParameters.0.Name=a&RequestParameters.1.Name=b";
        with_root(query, InputFormat::Query, |root| {
            let name = root.get("RequestParameters").and_then(|p| p.elements().get(1)).and_then(|p| p.get("Name"));
            let path = name.map(|n| n.path()).unwrap_or_default();
            assert_eq!(path, [Seg::Key("RequestParameters"), Seg::Index(1), Seg::Key("Name")]);
        });
    }

    #[test]
    fn credentials_are_found_at_known_and_unknown_places_in_both_forms() {
        let json = r#"{"SecretId": "AKID", "ServiceConfig": {"Token": "t", "CosConfig": {"Authorization": "sig"}},
            "Other": {"Authorization": 5}}"#;
        let spans: Vec<&str> = with_root(json, InputFormat::Json, |_| {})
            .secret_spans
            .iter()
            .filter_map(|s| json.get(s.start..s.end))
            .collect();
        assert_eq!(spans, [r#""AKID""#, r#""t""#, r#""sig""#]);
        let query = "Action=CreateApi&Signature=abc%2B&Token=";
        let spans: Vec<&str> = with_root(query, InputFormat::Query, |_| {})
            .secret_spans
            .iter()
            .filter_map(|s| query.get(s.start..s.end))
            .collect();
        assert_eq!(spans, ["abc%2B", ""]);
    }
}
