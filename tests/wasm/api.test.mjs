// The package's API from Node: lint, lintRequest, rules, explain, version, UTF-16 ranges.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { lint, lintBytes, lintRequest, rules, explain, version } from "../../pkg/node.js";

const cargoVersion = readFileSync(new URL("../../Cargo.toml", import.meta.url), "utf8").match(/^version = "(.*)"/m)[1];
const documentedRules = [...readFileSync(new URL("../../docs/rules.md", import.meta.url), "utf8").matchAll(/^## (\S+)$/gm)].map((m) => m[1]);

test("version is the crate's", () => {
  assert.equal(version(), cargoVersion);
});

test("rules() is the catalog documented in docs/rules.md", () => {
  assert.deepEqual(rules().map((r) => r.id), documentedRules);
  const ws = rules().find((r) => r.id === "websocket-requires-get");
  assert.deepEqual(ws, { id: "websocket-requires-get", severity: "error", error_code: "InvalidParameterValue.InvalidWSMethod", summary: ws.summary });
});

test("explain returns the documentation, or undefined", () => {
  assert.match(explain("websocket-requires-get"), /## What it does/);
  assert.equal(explain("no-such-rule"), undefined);
});

test("UTF-16 ranges index JavaScript strings", () => {
  const text = '{"ApiDesc": "😀 説明", "ServiceTimeout": "15"}';
  const { diagnostics } = lint(text);
  const typeError = diagnostics.find((d) => d.rule === "invalid-type");
  assert.equal(text.slice(typeError.utf16_offset, typeError.utf16_end_offset), '"15"');
  assert.notEqual(typeError.utf16_offset, typeError.offset);
  const [edit] = typeError.utf16_edits;
  assert.equal(text.slice(0, edit.utf16_offset) + edit.replacement + text.slice(edit.utf16_end_offset), '{"ApiDesc": "😀 説明", "ServiceTimeout": 15}');
});

test("lint reads any JavaScript string as lintBytes reads its UTF-8", () => {
  // ASCII, characters of two, three and four bytes, non-ASCII at the very start and end,
  // and a lone surrogate, which UTF-8 writes as U+FFFD.
  const texts = [
    '{"ServiceTimeout": "15"}',
    '{"ApiDesc": "é説😀", "ServiceTimeout": "15"}',
    '😀{"ServiceTimeout": "15"}',
    '{"ServiceTimeout": "15", "ApiDesc": "x"}説',
    '{"ApiDesc": "\uD800 lone", "ServiceTimeout": "15"}',
    "",
  ];
  for (const text of texts) {
    assert.deepEqual(lint(text), lintBytes(new TextEncoder().encode(text)), text);
  }
});

test("lintRequest reads non-ASCII text in the object", () => {
  const request = { ApiDesc: "説明 😀", ServiceTimeout: "15" };
  const text = JSON.stringify(request, null, 2);
  const typeError = lintRequest(request).diagnostics.find((d) => d.rule === "invalid-type");
  assert.equal(text.slice(typeError.utf16_offset, typeError.utf16_end_offset), '"15"');
});

test("lintRequest lints an object as its JSON.stringify(request, null, 2) text", () => {
  const request = { ServiceId: "service-ody35h5e", ServiceType: "WEBSOCKET", ServiceTimeout: 15, Protocol: "WEBSOCKET",
    RequestConfig: { Path: "/ws", Method: "POST" }, ServiceConfig: { Url: "ws://10.0.0.5:8080", Path: "/", Method: "GET" } };
  const result = lintRequest(request);
  assert.deepEqual(result.diagnostics.map((d) => d.rule), ["websocket-requires-get"]);
  const text = JSON.stringify(request, null, 2);
  const [d] = result.diagnostics;
  assert.equal(text.slice(d.utf16_offset, d.utf16_end_offset), '"POST"');
  assert.equal(result.errors, 1);
});

test("options choose the input form and the size limit; bad options throw", () => {
  assert.equal(lint("ServiceId=s", { input: "json" }).diagnostics[0].rule, "syntax-error");
  assert.equal(lint('{"ServiceId": "s"}', { maxInputBytes: 4 }).diagnostics[0].rule, "input-too-large");
  assert.throws(() => lint("{}", { input: "yaml" }), /unknown variant/);
  assert.throws(() => lint("{}", { colour: true }), /unknown field/);
});

test("bytes that are not UTF-8 get a located diagnostic", () => {
  const { diagnostics } = lintBytes(new Uint8Array([0x7b, 0x22, 0xff, 0x22, 0x7d]));
  assert.equal(diagnostics[0].rule, "invalid-utf8");
  assert.equal(diagnostics[0].column, 3);
});

test("credentials are never echoed", () => {
  const query = "Action=CreateApi&SecretId=AKIDverysecret&Signature=sig-very-secret&Token=tok-very-secret&ServiceId=s";
  const out = JSON.stringify(lint(query));
  for (const secret of ["AKIDverysecret", "sig-very-secret", "tok-very-secret"]) assert.ok(!out.includes(secret));
});
