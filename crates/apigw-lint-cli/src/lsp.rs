//! `apigw-lint lsp`: a Language Server over stdio. Diagnostics as you type, the spec's
//! documentation on hover, completion of parameter names and option values, and a code
//! action for every certain fix. Positions are UTF-16, as the protocol requires.

use std::collections::HashMap;
use std::path::PathBuf;

use apigw_lint::schema::{CREATE_API_REQUEST, Field, FieldType, Struct};
use apigw_lint::{Diagnostic, LineIndex, LintOptions, Severity, lint_str};
use lsp_server::{Connection, Message, Notification, Request, Response};

use crate::config::{self, Config};
use lsp_types::notification::{
    DidChangeTextDocument, DidCloseTextDocument, DidOpenTextDocument, DidSaveTextDocument, Notification as _,
    PublishDiagnostics,
};
use lsp_types::request::{CodeActionRequest, Completion, HoverRequest, Request as _};
use lsp_types::{
    CodeAction, CodeActionKind, CodeActionOrCommand, CodeActionParams, CodeActionProviderCapability, CompletionItem,
    CompletionItemKind, CompletionOptions, CompletionParams, CompletionResponse, Hover, HoverContents, HoverParams,
    HoverProviderCapability, MarkupContent, MarkupKind, NumberOrString, Position, PublishDiagnosticsParams, Range,
    ServerCapabilities, TextDocumentSyncCapability, TextDocumentSyncKind, TextEdit, Uri, WorkspaceEdit,
};

/// Runs the server until the client shuts it down.
pub fn run() -> Result<(), Box<dyn std::error::Error + Sync + Send>> {
    let (connection, io_threads) = Connection::stdio();
    let capabilities = ServerCapabilities {
        text_document_sync: Some(TextDocumentSyncCapability::Kind(TextDocumentSyncKind::FULL)),
        hover_provider: Some(HoverProviderCapability::Simple(true)),
        completion_provider: Some(CompletionOptions {
            trigger_characters: Some(vec!["\"".to_owned()]),
            ..CompletionOptions::default()
        }),
        code_action_provider: Some(CodeActionProviderCapability::Simple(true)),
        ..ServerCapabilities::default()
    };
    let initialize = connection.initialize(serde_json::to_value(capabilities)?)?;
    let mut server = Server { documents: HashMap::new(), config: workspace_config(&initialize) };
    for message in &connection.receiver {
        match message {
            Message::Request(request) => {
                if connection.handle_shutdown(&request)? {
                    break;
                }
                let response = server.request(request);
                connection.sender.send(Message::Response(response))?;
            }
            Message::Notification(notification) => {
                for published in server.notification(notification) {
                    connection.sender.send(Message::Notification(published))?;
                }
            }
            Message::Response(_) => {}
        }
    }
    drop(connection);
    io_threads.join()?;
    Ok(())
}

/// The workspace's `apigw-lint.toml`, found from its root folder upward.
fn workspace_config(initialize: &serde_json::Value) -> Option<Config> {
    let root = initialize
        .get("workspaceFolders")
        .and_then(|folders| folders.get(0))
        .and_then(|folder| folder.get("uri"))
        .or_else(|| initialize.get("rootUri"))
        .and_then(|uri| uri.as_str())
        .and_then(|uri| uri.strip_prefix("file://"))
        .map(file_path)?;
    config::load(None, &root).ok().flatten()
}

fn file_path(uri_path: &str) -> PathBuf {
    PathBuf::from(percent_encoding::percent_decode_str(uri_path).decode_utf8_lossy().into_owned())
}

/// Whether a document is a CreateApi request: as the configuration's `files` globs say, or
/// else by the pre-commit hook's file pattern, or JSON that names CreateApi's own parameters.
fn is_request(uri: &Uri, text: &str, config: Option<&Config>) -> bool {
    let path = uri.path().as_str();
    if let Some(marked) = config.and_then(|c| c.marks_as_request(&file_path(path))) {
        return marked;
    }
    let by_name = path.ends_with(".createapi.json")
        || path.ends_with(".createapi.query")
        || ((path.contains("/apigw/") || path.contains("/api-gateway/"))
            && (path.ends_with(".json") || path.ends_with(".query")));
    by_name || text.contains("\"ServiceType\"") || text.contains("\"ServiceId\"")
}

struct Server {
    documents: HashMap<String, (Uri, String)>,
    config: Option<Config>,
}

impl Server {
    fn notification(&mut self, notification: Notification) -> Vec<Notification> {
        let changed = match notification.method.as_str() {
            DidOpenTextDocument::METHOD => {
                serde_json::from_value::<lsp_types::DidOpenTextDocumentParams>(notification.params)
                    .ok()
                    .map(|p| (p.text_document.uri, Some(p.text_document.text)))
            }
            DidChangeTextDocument::METHOD => {
                serde_json::from_value::<lsp_types::DidChangeTextDocumentParams>(notification.params)
                    .ok()
                    .map(|p| (p.text_document.uri, p.content_changes.into_iter().last().map(|c| c.text)))
            }
            DidSaveTextDocument::METHOD => {
                serde_json::from_value::<lsp_types::DidSaveTextDocumentParams>(notification.params)
                    .ok()
                    .map(|p| (p.text_document.uri, p.text))
            }
            DidCloseTextDocument::METHOD => {
                if let Ok(p) = serde_json::from_value::<lsp_types::DidCloseTextDocumentParams>(notification.params) {
                    self.documents.remove(p.text_document.uri.as_str());
                    return vec![publish(p.text_document.uri, Vec::new())];
                }
                None
            }
            _ => None,
        };
        let Some((uri, text)) = changed else { return Vec::new() };
        if let Some(text) = text {
            self.documents.insert(uri.as_str().to_owned(), (uri.clone(), text));
        }
        let Some((_, text)) = self.documents.get(uri.as_str()) else { return Vec::new() };
        if !is_request(&uri, text, self.config.as_ref()) {
            return Vec::new();
        }
        let lines = Lines::new(text);
        let diagnostics =
            lint_str(text, &self.options(&uri)).diagnostics.iter().map(|d| lsp_diagnostic(d, &lines)).collect();
        vec![publish(uri, diagnostics)]
    }

    fn request(&self, request: Request) -> Response {
        let id = request.id.clone();
        let result = match request.method.as_str() {
            HoverRequest::METHOD => serde_json::from_value::<HoverParams>(request.params).ok().map(|p| {
                let document = p.text_document_position_params;
                serde_json::to_value(self.hover(&document.text_document.uri, document.position))
            }),
            Completion::METHOD => serde_json::from_value::<CompletionParams>(request.params).ok().map(|p| {
                let document = p.text_document_position;
                serde_json::to_value(self.completion(&document.text_document.uri, document.position))
            }),
            CodeActionRequest::METHOD => serde_json::from_value::<CodeActionParams>(request.params)
                .ok()
                .map(|p| serde_json::to_value(self.code_actions(&p.text_document.uri, p.range))),
            _ => {
                return Response::new_err(
                    id,
                    lsp_server::ErrorCode::MethodNotFound as i32,
                    format!("unsupported: {}", request.method),
                );
            }
        };
        match result {
            Some(Ok(value)) => Response::new_ok(id, value),
            _ => Response::new_err(id, lsp_server::ErrorCode::InvalidParams as i32, "invalid parameters".to_owned()),
        }
    }

    /// The rule settings of the configuration for this document.
    fn options(&self, uri: &Uri) -> LintOptions {
        let mut options = LintOptions::default();
        if let Some(config) = &self.config {
            options.rules = config.rules_for(Some(&file_path(uri.path().as_str())));
        }
        options
    }

    fn text(&self, uri: &Uri) -> Option<&str> {
        self.documents.get(uri.as_str()).map(|(_, text)| text.as_str())
    }

    fn hover(&self, uri: &Uri, position: Position) -> Option<Hover> {
        let text = self.text(uri)?;
        let lines = Lines::new(text);
        let offset = lines.offset(position);
        let cursor = scan(text, offset);
        let (field, value) = match &cursor.place {
            Place::Key { text: key, .. } => {
                (cursor.container().and_then(|s| s.field(&full_word(text, offset, key))), None)
            }
            Place::Value { key, text: value } => {
                (cursor.container().and_then(|s| s.field(key)), Some(full_word(text, offset, value)))
            }
            Place::Other => (None, None),
        };
        let field = field?;
        Some(Hover {
            contents: HoverContents::Markup(MarkupContent {
                kind: MarkupKind::Markdown,
                value: describe(field, value.as_deref()),
            }),
            range: None,
        })
    }

    fn completion(&self, uri: &Uri, position: Position) -> Option<CompletionResponse> {
        let text = self.text(uri)?;
        let cursor = scan(text, Lines::new(text).offset(position));
        let items: Vec<CompletionItem> = match &cursor.place {
            Place::Key { in_string, .. } => cursor
                .container()?
                .fields
                .iter()
                .map(|field| CompletionItem {
                    label: field.name.to_owned(),
                    kind: Some(CompletionItemKind::FIELD),
                    detail: Some(format!("{}{}", field.ty.spec_name(), if field.required { ", required" } else { "" })),
                    documentation: Some(lsp_types::Documentation::String(field.doc.to_owned())),
                    insert_text: Some(if *in_string { field.name.to_owned() } else { format!("\"{}\": ", field.name) }),
                    ..CompletionItem::default()
                })
                .collect(),
            Place::Value { key, .. } => {
                let options = cursor.container()?.field(key)?.enumeration?;
                options
                    .values
                    .iter()
                    .map(|value| CompletionItem {
                        label: (*value).to_owned(),
                        kind: Some(CompletionItemKind::ENUM_MEMBER),
                        detail: Some(key.clone()),
                        ..CompletionItem::default()
                    })
                    .collect()
            }
            Place::Other => return None,
        };
        Some(CompletionResponse::Array(items))
    }

    fn code_actions(&self, uri: &Uri, range: Range) -> Vec<CodeActionOrCommand> {
        let Some(text) = self.text(uri) else { return Vec::new() };
        let lines = Lines::new(text);
        let (start, end) = (lines.offset(range.start), lines.offset(range.end));
        lint_str(text, &self.options(uri))
            .diagnostics
            .iter()
            .filter(|d| d.location.offset <= end && d.location.end_offset >= start)
            .filter_map(|d| {
                let fix = d.fix.as_ref()?;
                let edits = fix
                    .edits
                    .iter()
                    .map(|e| TextEdit { range: lines.range(e.offset, e.end_offset), new_text: e.replacement.clone() })
                    .collect();
                Some(CodeActionOrCommand::CodeAction(CodeAction {
                    title: fix.message.clone(),
                    kind: Some(CodeActionKind::QUICKFIX),
                    diagnostics: Some(vec![lsp_diagnostic(d, &lines)]),
                    edit: Some(WorkspaceEdit {
                        changes: Some(HashMap::from([(uri.clone(), edits)])),
                        ..WorkspaceEdit::default()
                    }),
                    is_preferred: Some(true),
                    ..CodeAction::default()
                }))
            })
            .collect()
    }
}

fn publish(uri: Uri, diagnostics: Vec<lsp_types::Diagnostic>) -> Notification {
    Notification::new(
        PublishDiagnostics::METHOD.to_owned(),
        PublishDiagnosticsParams { uri, diagnostics, version: None },
    )
}

fn lsp_diagnostic(d: &Diagnostic, lines: &Lines<'_>) -> lsp_types::Diagnostic {
    let code = d.error_code.as_deref().map(|c| format!(" [{c}]")).unwrap_or_default();
    let help = d.help.as_deref().map(|h| format!("\nhelp: {h}")).unwrap_or_default();
    lsp_types::Diagnostic {
        range: lines.range(d.location.offset, d.location.end_offset),
        severity: Some(match d.severity {
            Severity::Error => lsp_types::DiagnosticSeverity::ERROR,
            Severity::Warning => lsp_types::DiagnosticSeverity::WARNING,
            Severity::Info => lsp_types::DiagnosticSeverity::INFORMATION,
        }),
        code: Some(NumberOrString::String(d.rule.clone())),
        source: Some("apigw-lint".to_owned()),
        message: format!("{}{code}{help}", d.message),
        ..lsp_types::Diagnostic::default()
    }
}

fn describe(field: &Field, value: Option<&str>) -> String {
    let mut text = format!(
        "**{}** ({}{})\n\n{}",
        field.name,
        field.ty.spec_name(),
        if field.required { ", required" } else { "" },
        field.doc
    );
    if let Some(options) = field.enumeration {
        text.push_str(&format!(
            "\n\nOptions: {}",
            options.values.iter().map(|v| format!("`{v}`")).collect::<Vec<_>>().join(", ")
        ));
        if let Some(value) = value {
            match options.canonical(value) {
                Some(canonical) if options.accepts(value) => {
                    text.push_str(&format!("\n\n`{value}` is an option (`{canonical}`)."))
                }
                Some(canonical) => text.push_str(&format!("\n\n`{value}` must be written `{canonical}`.")),
                None => text.push_str(&format!("\n\n`{value}` is not an option.")),
            }
        }
    }
    text
}

/// Byte offsets to and from LSP positions (0-based lines, UTF-16 columns).
struct Lines<'t>(LineIndex<'t>);

impl<'t> Lines<'t> {
    fn new(text: &'t str) -> Self {
        Lines(LineIndex::new(text))
    }

    fn position(&self, offset: usize) -> Position {
        let (line, character) = self.0.utf16_position(offset);
        Position { line: line as u32, character: character as u32 }
    }

    fn range(&self, start: usize, end: usize) -> Range {
        Range { start: self.position(start), end: self.position(end) }
    }

    fn offset(&self, position: Position) -> usize {
        self.0.offset_at_utf16(position.line as usize, position.character as usize)
    }
}

/// Where the cursor is in a document that may be half typed.
enum Place {
    /// Where a key goes; `text` is what is typed of it so far.
    Key {
        text: String,
        in_string: bool,
    },
    /// In (or where) the value of `key` goes; `text` is what is typed of it.
    Value {
        key: String,
        text: String,
    },
    Other,
}

struct Cursor {
    /// The keys and indices from the document to the object the cursor is in.
    path: Vec<Step>,
    place: Place,
}

enum Step {
    Key(String),
    Index,
}

impl Cursor {
    /// The structure the cursor's object is, following the path through the schema (a
    /// top-level array is a batch of requests).
    fn container(&self) -> Option<&'static Struct> {
        let mut current = &CREATE_API_REQUEST;
        let mut steps = self.path.iter().peekable();
        if matches!(steps.peek(), Some(Step::Index)) {
            steps.next();
        }
        while let Some(step) = steps.next() {
            let Step::Key(key) = step else { return None };
            current = match current.field(key)?.ty {
                FieldType::Object(inner) => inner,
                FieldType::Array(inner) if matches!(steps.next(), Some(Step::Index)) => inner,
                _ => return None,
            };
        }
        Some(current)
    }
}

enum Frame {
    Object { key: Option<String>, after_colon: bool },
    Array,
}

/// Reads `text` up to `offset` with a forgiving tokenizer (the document is usually broken
/// while it is typed) and tells where the cursor is.
fn scan(text: &str, offset: usize) -> Cursor {
    let before = text.get(..offset).unwrap_or(text);
    let mut stack: Vec<Frame> = Vec::new();
    let mut string: Option<String> = None;
    let mut escaped = false;
    for c in before.chars() {
        if let Some(current) = &mut string {
            match (escaped, c) {
                (true, _) => {
                    current.push(c);
                    escaped = false;
                }
                (false, '\\') => escaped = true,
                (false, '"') => {
                    let finished = string.take().unwrap_or_default();
                    if let Some(Frame::Object { key, after_colon: false }) = stack.last_mut() {
                        *key = Some(finished);
                    }
                }
                (false, _) => current.push(c),
            }
            continue;
        }
        match c {
            '"' => string = Some(String::new()),
            '{' => stack.push(Frame::Object { key: None, after_colon: false }),
            '[' => stack.push(Frame::Array),
            '}' | ']' => {
                stack.pop();
            }
            ':' => {
                if let Some(Frame::Object { after_colon, .. }) = stack.last_mut() {
                    *after_colon = true;
                }
            }
            ',' => {
                if let Some(Frame::Object { key, after_colon }) = stack.last_mut() {
                    *key = None;
                    *after_colon = false;
                }
            }
            _ => {}
        }
    }
    let path = stack
        .iter()
        .take(stack.len().saturating_sub(1))
        .filter_map(|frame| match frame {
            Frame::Object { key: Some(key), .. } => Some(Step::Key(key.clone())),
            Frame::Object { key: None, .. } => None,
            Frame::Array => Some(Step::Index),
        })
        .collect();
    let place = match (stack.last(), string) {
        (Some(Frame::Object { after_colon: false, .. }), typed) => {
            Place::Key { in_string: typed.is_some(), text: typed.unwrap_or_default() }
        }
        (Some(Frame::Object { key: Some(key), after_colon: true }), typed) => {
            Place::Value { key: key.clone(), text: typed.unwrap_or_default() }
        }
        _ => Place::Other,
    };
    Cursor { path, place }
}

/// The whole string the cursor is in: what is typed before it plus the rest up to the quote.
fn full_word(text: &str, offset: usize, typed: &str) -> String {
    let rest: String = text.get(offset..).unwrap_or_default().chars().take_while(|c| *c != '"' && *c != '\n').collect();
    format!("{typed}{rest}")
}
