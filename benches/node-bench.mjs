// The WebAssembly `lint` (string in, diagnostics out) against ajv (JSON.parse + validate
// with the exported schema, compiled once), on the same inputs, in one run.
// Run: scripts/build-wasm && node benches/node-bench.mjs
import { readFileSync } from "node:fs";
import Ajv2020 from "ajv/dist/2020.js";
import { lint } from "../pkg/node.js";

const root = new URL("..", import.meta.url);
const schema = JSON.parse(readFileSync(new URL("schemas/createapi.schema.json", root), "utf8"));
const validate = new Ajv2020({ strict: false, allErrors: true }).compile(schema);
const inputs = ["spec-example.json", "large-request.json", "batch-1000.json"];

/** Median microseconds per call over `rounds` rounds of about 200 ms each. */
function measure(fn, rounds = 15) {
  // Calibrate: how many calls fit in about 50 ms.
  let calls = 0;
  for (const start = performance.now(); performance.now() - start < 50; calls++) fn();
  const perRound = Math.max(1, calls * 4);
  const samples = [];
  for (let r = 0; r < rounds; r++) {
    const start = performance.now();
    for (let i = 0; i < perRound; i++) fn();
    samples.push(((performance.now() - start) * 1000) / perRound);
  }
  samples.sort((a, b) => a - b);
  return samples[Math.floor(samples.length / 2)];
}

console.log("| input | bytes | wasm lint (us) | ajv JSON.parse + validate (us) | wasm / ajv |");
console.log("|---|---:|---:|---:|---:|");
for (const name of inputs) {
  const text = readFileSync(new URL(`benches/inputs/${name}`, root), "utf8");
  const wasm = measure(() => lint(text));
  const ajv = measure(() => validate(JSON.parse(text)));
  console.log(`| ${name} | ${Buffer.byteLength(text)} | ${wasm.toFixed(1)} | ${ajv.toFixed(1)} | ${(wasm / ajv).toFixed(2)} |`);
}
