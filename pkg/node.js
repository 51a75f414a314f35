// Node entry point: loads the WebAssembly module synchronously from the package, so that
// `import { lint } from "apigw-lint"` is ready to use. Browsers use apigw_lint_wasm.js and
// call its default export (init) first.
import { readFileSync } from "node:fs";
import { initSync } from "./apigw_lint_wasm.js";

initSync({ module: readFileSync(new URL("./apigw_lint_wasm_bg.wasm", import.meta.url)) });

export * from "./apigw_lint_wasm.js";
