// The size budget of the WebAssembly module: at most 250 KiB gzipped (BENCHMARKS.md says how
// it is met and what it measures now).
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";

const BUDGET = 250 * 1024;

test("the gzipped wasm is within its budget", () => {
  const wasm = readFileSync(new URL("../../pkg/apigw_lint_wasm_bg.wasm", import.meta.url));
  const gzipped = gzipSync(wasm, { level: 9 }).length;
  assert.ok(gzipped <= BUDGET, `${gzipped} bytes gzipped, over the ${BUDGET}-byte budget`);
});
