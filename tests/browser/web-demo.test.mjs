// End-to-end test of web-demo/ in Debian's Chromium, headless, driven by playwright-core
// (never a downloaded browser). The page and pkg/ are served by a small static server.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { createServer } from "node:http";
import { readFile, mkdir } from "node:fs/promises";
import { extname, join, normalize, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const types = { ".html": "text/html", ".js": "text/javascript", ".css": "text/css", ".wasm": "application/wasm", ".json": "application/json" };
const executablePath = process.env.CHROMIUM ?? "/usr/bin/chromium";

let server;
let browser;
let page;
let base;

before(async () => {
  server = createServer(async (request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url, "http://localhost").pathname));
    try {
      const body = await readFile(join(root, path));
      response.writeHead(200, { "content-type": types[extname(path)] ?? "application/octet-stream" });
      response.end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${server.address().port}`;
  browser = await chromium.launch({
    executablePath,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
      "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
  page = await browser.newPage();
  const errors = [];
  page.on("pageerror", (error) => errors.push(error));
  await page.goto(`${base}/web-demo/index.html`);
  await page.waitForSelector("body[data-ready=true]", { timeout: 15000 });
  assert.deepEqual(errors, []);
});

after(async () => {
  await browser?.close();
  server?.close();
});

/** The messages shown beside a control (through its aria-describedby). */
async function messagesOf(id) {
  return page.evaluate((controlId) => {
    const control = document.getElementById(controlId);
    const list = control.getAttribute("aria-describedby");
    return list ? document.getElementById(list).textContent : "";
  }, id);
}

test("the default request (the reference page's MOCK example) is valid", async () => {
  assert.match(await page.textContent("#summary"), /Valid/);
});

test("a WEBSOCKET backend with POST shows InvalidWSMethod beside the method, and GET clears it", async () => {
  await page.selectOption("#ServiceType", "WEBSOCKET");
  await page.selectOption("#Protocol", "WEBSOCKET");
  await page.fill("#ServiceConfig\\.Url", "ws://10.0.0.5:8080");
  await page.fill("#ServiceConfig\\.Path", "/");
  await page.selectOption("#ServiceConfig\\.Method", "GET");
  await page.selectOption("#RequestConfig\\.Method", "POST");

  const method = page.locator("#RequestConfig\\.Method");
  assert.equal(await method.getAttribute("aria-invalid"), "true");
  const shown = await messagesOf("RequestConfig.Method");
  assert.match(shown, /InvalidParameterValue\.InvalidWSMethod/);
  assert.match(shown, /Help:/);
  assert.match(await page.textContent("#summary"), /1 error/);
  const json = JSON.parse(await page.inputValue("#json"));
  assert.equal(json.RequestConfig.Method, "POST");

  await page.selectOption("#RequestConfig\\.Method", "GET");
  assert.equal(await method.getAttribute("aria-invalid"), null);
  assert.doesNotMatch(await messagesOf("RequestConfig.Method"), /InvalidWSMethod/);
  // The MOCK default's message is still set, and now has no effect: a warning, not an error.
  assert.match(await page.textContent("#summary"), /^0 errors, 1 warning/);
});

test("editing the JSON updates the form, and warnings look different from errors", async () => {
  const json = JSON.parse(await page.inputValue("#json"));
  json.Protocol = "HTTPS";
  json.ServiceType = "WEBSOCKET";
  await page.fill("#json", JSON.stringify(json, null, 2));
  assert.equal(await page.inputValue("#Protocol"), "HTTPS");
  const classes = await page.$$eval("#json-problems li", (items) => items.map((i) => i.className));
  assert.ok(classes.includes("diagnostic warning"), classes.join());
  assert.ok(classes.includes("diagnostic error"), classes.join());
});

test("request parameters can be added and are checked against the path", async () => {
  await page.fill("#RequestConfig\\.Path", "/user/{id}");
  assert.match(await messagesOf("RequestConfig.Path"), /path variable `\{id\}` is not declared/);
  await page.click("#add-parameter");
  await page.keyboard.type("id");
  await page.selectOption("#RequestParameters\\.0\\.Position", "PATH");
  assert.doesNotMatch(await messagesOf("RequestConfig.Path"), /not declared/);
  await page.click("button[aria-label='Remove request parameter 1']");
  assert.match(await messagesOf("RequestConfig.Path"), /not declared/);
});

test("broken JSON gets a located syntax error", async () => {
  await page.fill("#json", '{\n  "ServiceId": "service-ody35h5e",\n  "ServiceType": "MOCK",,\n}');
  const problems = await page.textContent("#json-problems");
  assert.match(problems, /Line 3, column 25/);
  assert.match(problems, /invalid JSON/);
  assert.match(await page.textContent("#summary"), /1 error/);
  await mkdir(join(root, "test-output"), { recursive: true });
  await page.screenshot({ path: join(root, "test-output", "web-demo.png"), fullPage: true });
});
