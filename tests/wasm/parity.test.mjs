// The WebAssembly build must give exactly the native library's diagnostics on the whole
// conformance corpus. The native results are the snapshots beside each fixture
// (tests/specs/<rule>/snapshots/<file>.snap, written and checked by `cargo test`).
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, readdirSync, existsSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { lint, lintBytes } from "../../pkg/node.js";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");

function fixtures(dir) {
  return readdirSync(dir)
    .filter((name) => name.endsWith(".json") || name.endsWith(".query"))
    .sort()
    .map((name) => join(dir, name));
}

function corpus() {
  const specs = join(root, "tests", "specs");
  const files = readdirSync(specs).flatMap((rule) => fixtures(join(specs, rule)));
  return files.concat(fixtures(join(root, "tests", "clean")));
}

/** The native diagnostics: the JSON body of an insta snapshot, after its `---` header. */
function nativeDiagnostics(file) {
  const snapshot = join(dirname(file), "snapshots", file.split("/").pop() + ".snap");
  assert.ok(existsSync(snapshot), `no snapshot for ${file}`);
  const text = readFileSync(snapshot, "utf8");
  const body = text.slice(text.indexOf("---", 3) + 3);
  return JSON.parse(body);
}

function wasmDiagnostics(file) {
  const bytes = readFileSync(file);
  let text;
  try {
    text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return lintBytes(bytes).diagnostics;
  }
  return lint(text).diagnostics;
}

const files = corpus();

test("the corpus is there", () => {
  assert.ok(files.length > 100, `only ${files.length} fixtures`);
});

for (const file of files) {
  test(`same diagnostics as native: ${file.slice(root.length + 1)}`, () => {
    const wasm = wasmDiagnostics(file).map(({ utf16_offset, utf16_end_offset, utf16_edits, ...rest }) => rest);
    assert.deepEqual(wasm, nativeDiagnostics(file));
  });
}
