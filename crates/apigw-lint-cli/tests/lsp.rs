#![allow(clippy::panic, clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]
//! `apigw-lint lsp`, spoken to over JSON-RPC on stdio as an editor would.

use std::io::{BufRead, BufReader, Read, Write};
use std::process::{Child, ChildStdin, ChildStdout, Command, Stdio};

use serde_json::{Value, json};

struct Client {
    child: Child,
    stdin: ChildStdin,
    stdout: BufReader<ChildStdout>,
    next_id: u64,
}

impl Client {
    fn start() -> Self {
        let mut child = Command::new(env!("CARGO_BIN_EXE_apigw-lint"))
            .arg("lsp")
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .spawn()
            .unwrap();
        let stdin = child.stdin.take().unwrap();
        let stdout = BufReader::new(child.stdout.take().unwrap());
        Client { child, stdin, stdout, next_id: 1 }
    }

    fn send(&mut self, message: Value) {
        let body = message.to_string();
        write!(self.stdin, "Content-Length: {}\r\n\r\n{body}", body.len()).unwrap();
        self.stdin.flush().unwrap();
    }

    fn receive(&mut self) -> Value {
        let mut length = 0;
        loop {
            let mut line = String::new();
            self.stdout.read_line(&mut line).unwrap();
            let line = line.trim_end();
            if line.is_empty() {
                break;
            }
            if let Some(value) = line.strip_prefix("Content-Length: ") {
                length = value.parse().unwrap();
            }
        }
        let mut body = vec![0; length];
        self.stdout.read_exact(&mut body).unwrap();
        serde_json::from_slice(&body).unwrap()
    }

    fn request(&mut self, method: &str, params: Value) -> Value {
        let id = self.next_id;
        self.next_id += 1;
        self.send(json!({ "jsonrpc": "2.0", "id": id, "method": method, "params": params }));
        loop {
            let message = self.receive();
            if message["id"] == id {
                assert!(message.get("error").is_none(), "{message}");
                return message["result"].clone();
            }
        }
    }

    fn notify(&mut self, method: &str, params: Value) {
        self.send(json!({ "jsonrpc": "2.0", "method": method, "params": params }));
    }

    fn diagnostics(&mut self) -> Vec<Value> {
        self.published().1
    }

    /// The next published diagnostics, with the document they are for.
    fn published(&mut self) -> (String, Vec<Value>) {
        loop {
            let message = self.receive();
            if message["method"] == "textDocument/publishDiagnostics" {
                let params = &message["params"];
                return (params["uri"].as_str().unwrap().to_owned(), params["diagnostics"].as_array().unwrap().clone());
            }
        }
    }
}

const URI: &str = "file:///work/apis/orders.createapi.json";

/// Line 1 holds non-ASCII text, so UTF-16 columns differ from byte and character columns.
const TEXT: &str = "{\n  \"ApiDesc\": \"订单 😀\", \"ServiceType\": \"websocket\",\n  \"ServiceId\": \"service-ody35h5e\", \"ServiceTimeout\": 15, \"Protocol\": \"WEBSOCKET\",\n  \"RequestConfig\": {\"Path\": \"/ws\", \"Method\": \"GET\"},\n  \"ServiceConfig\": {\"Url\": \"ws://10.0.0.5:8080\", \"Path\": \"/\", \"Method\": \"GET\"}\n}\n";

fn position_of(needle: &str) -> Value {
    let offset = TEXT.find(needle).unwrap();
    let line_start = TEXT[..offset].rfind('\n').map_or(0, |i| i + 1);
    let line = TEXT[..offset].matches('\n').count();
    let character: usize = TEXT[line_start..offset].chars().map(char::len_utf16).sum();
    json!({ "line": line, "character": character })
}

#[test]
fn the_language_server_answers_as_an_editor_expects() {
    let mut client = Client::start();
    let capabilities = client.request("initialize", json!({ "processId": null, "rootUri": null, "capabilities": {} }));
    assert_eq!(capabilities["capabilities"]["hoverProvider"], true);
    client.notify("initialized", json!({}));

    client.notify(
        "textDocument/didOpen",
        json!({ "textDocument": { "uri": URI, "languageId": "json", "version": 1, "text": TEXT } }),
    );
    let diagnostics = client.diagnostics();
    assert_eq!(diagnostics.len(), 1, "{diagnostics:#?}");
    let diagnostic = &diagnostics[0];
    assert_eq!(diagnostic["code"], "invalid-enum-value");
    assert_eq!(diagnostic["source"], "apigw-lint");
    assert!(diagnostic["message"].as_str().unwrap().contains("[InvalidParameterValue.NotInOptions]"));
    assert!(diagnostic["message"].as_str().unwrap().contains("help: write `WEBSOCKET`"));
    // "  \"ApiDesc\": \"订单 😀\", \"ServiceType\": " is 36 UTF-16 code units (the emoji is 2).
    assert_eq!(diagnostic["range"]["start"], position_of("\"websocket\""));
    assert_eq!(diagnostic["range"]["start"]["character"], 37);

    let hover = client.request(
        "textDocument/hover",
        json!({ "textDocument": { "uri": URI }, "position": position_of("erviceType\"") }),
    );
    let hover_text = hover["contents"]["value"].as_str().unwrap();
    assert!(hover_text.contains("**ServiceType**") && hover_text.contains("API backend service type"), "{hover_text}");
    let hover = client.request(
        "textDocument/hover",
        json!({ "textDocument": { "uri": URI }, "position": position_of("ebsocket\"") }),
    );
    assert!(hover["contents"]["value"].as_str().unwrap().contains("`websocket` must be written `WEBSOCKET`"));

    let mut inside_config = position_of("\"Path\": \"/ws\"");
    inside_config["character"] = json!(inside_config["character"].as_u64().unwrap() + 1);
    let completion =
        client.request("textDocument/completion", json!({ "textDocument": { "uri": URI }, "position": inside_config }));
    let labels: Vec<&str> = completion.as_array().unwrap().iter().map(|i| i["label"].as_str().unwrap()).collect();
    assert_eq!(labels, ["Path", "Method"]);
    let mut in_method = position_of("GET\"}");
    in_method["character"] = json!(in_method["character"].as_u64().unwrap() + 1);
    let completion =
        client.request("textDocument/completion", json!({ "textDocument": { "uri": URI }, "position": in_method }));
    let values: Vec<&str> = completion.as_array().unwrap().iter().map(|i| i["label"].as_str().unwrap()).collect();
    assert!(values.contains(&"GET") && values.contains(&"PATCH") && values.len() == 10, "{values:?}");

    let actions = client.request(
        "textDocument/codeAction",
        json!({
            "textDocument": { "uri": URI }, "range": diagnostic["range"], "context": { "diagnostics": [] }
        }),
    );
    let action = &actions[0];
    assert_eq!(action["kind"], "quickfix");
    let edit = &action["edit"]["changes"][URI][0];
    assert_eq!(edit["newText"], "WEBSOCKET");
    let mut edited_range = diagnostic["range"].clone();
    edited_range["start"]["character"] = json!(38);
    edited_range["end"]["character"] = json!(edited_range["end"]["character"].as_u64().unwrap() - 1);
    assert_eq!(edit["range"], edited_range);

    let fixed = TEXT.replace("\"websocket\"", "\"WEBSOCKET\"");
    client.notify(
        "textDocument/didChange",
        json!({
            "textDocument": { "uri": URI, "version": 2 }, "contentChanges": [{ "text": fixed }]
        }),
    );
    assert!(client.diagnostics().is_empty());

    client.request("shutdown", Value::Null);
    client.notify("exit", Value::Null);
    assert!(client.child.wait().unwrap().success());
}

#[test]
fn the_workspace_configuration_chooses_files_and_rules() {
    let workspace = tempfile::tempdir().unwrap();
    std::fs::write(workspace.path().join("apigw-lint.toml"), "files = [\"apis/**\"]\nignore = [\"protocol-https\"]\n")
        .unwrap();
    let root = format!("file://{}", workspace.path().display());
    let mut client = Client::start();
    client.request("initialize", json!({ "processId": null, "rootUri": root, "capabilities": {} }));
    client.notify("initialized", json!({}));

    let request = "{\"ServiceId\": \"service-ody35h5e\", \"ServiceType\": \"MOCK\", \"ServiceTimeout\": 15, \"Protocol\": \"HTTPS\", \"RequestConfig\": {\"Path\": \"/a\", \"Method\": \"get\"}, \"ServiceMockReturnMessage\": \"m\"}";
    let outside = format!("{root}/notes/example.json");
    let inside = format!("{root}/apis/orders.json");
    client.notify(
        "textDocument/didOpen",
        json!({ "textDocument": { "uri": outside, "languageId": "json", "version": 1, "text": request } }),
    );
    client.notify(
        "textDocument/didOpen",
        json!({ "textDocument": { "uri": inside, "languageId": "json", "version": 1, "text": request } }),
    );
    let (uri, diagnostics) = client.published();
    assert_eq!(uri, inside, "a document outside `files` was linted");
    let rules: Vec<&str> = diagnostics.iter().map(|d| d["code"].as_str().unwrap()).collect();
    assert_eq!(rules, ["invalid-enum-value"]);

    client.request("shutdown", Value::Null);
    client.notify("exit", Value::Null);
    assert!(client.child.wait().unwrap().success());
}
