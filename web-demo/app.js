// The CreateApi form: a request object kept in step with the form and the JSON pane, linted
// by the apigw-lint WebAssembly build on every change. The JSON text is what gets linted, so
// every diagnostic has a line and column there; those with a pointer to a form control are
// also shown beside that control.
import init, { lint } from "../pkg/apigw_lint_wasm.js";

const form = document.getElementById("request-form");
const jsonPane = document.getElementById("json");
const parameters = document.getElementById("parameters");
const rowTemplate = document.getElementById("parameter-row");
const summary = document.getElementById("summary");

/** The request being edited. */
let request = {};

// ---- JSON Pointer helpers -------------------------------------------------------------

function segments(pointer) {
  return pointer.split("/").slice(1).map((s) => s.replaceAll("~1", "/").replaceAll("~0", "~"));
}

function getAt(object, path) {
  return path.reduce((value, key) => (value !== null && typeof value === "object" ? value[key] : undefined), object);
}

function setAt(object, path, value) {
  let target = object;
  path.slice(0, -1).forEach((key, i) => {
    if (target[key] === null || typeof target[key] !== "object") {
      target[key] = /^\d+$/.test(path[i + 1]) ? [] : {};
    }
    target = target[key];
  });
  target[path[path.length - 1]] = value;
}

/** Removes the value at `path`, and the objects and arrays that it leaves empty. */
function deleteAt(object, path) {
  const parents = [object];
  for (const key of path.slice(0, -1)) {
    const next = parents[parents.length - 1]?.[key];
    if (next === null || typeof next !== "object") return;
    parents.push(next);
  }
  delete parents[parents.length - 1][path[path.length - 1]];
  for (let i = parents.length - 1; i > 0; i--) {
    const value = parents[i];
    const empty = Array.isArray(value) ? value.every((v) => v === undefined) : Object.keys(value).length === 0;
    if (!empty) break;
    delete parents[i - 1][path[i - 1]];
  }
}

// ---- Form <-> request ------------------------------------------------------------------

/** The form's controls that map to one value, with their pointers. */
function valueControls() {
  return [...form.querySelectorAll("input[data-pointer], select[data-pointer], textarea[data-pointer]")];
}

function controlValue(control) {
  if (control.type === "checkbox") return control.checked ? true : undefined;
  if (control.value === "") return undefined;
  if (control.dataset.type === "integer") return Number(control.value);
  return control.value;
}

function showValue(control, value) {
  if (control.type === "checkbox") {
    control.checked = value === true;
    return;
  }
  const text = value === undefined || value === null ? "" : typeof value === "object" ? JSON.stringify(value) : String(value);
  if (control.tagName === "SELECT" && ![...control.options].some((o) => o.value === text)) {
    // A value the options do not list (a typo typed in the JSON pane) is shown as it is.
    const option = new Option(text === "" ? "(not sent)" : `${text} (not an option)`, text);
    option.dataset.custom = "true";
    control.add(option);
  }
  control.value = text;
}

function parameterRows() {
  const list = Array.isArray(request.RequestParameters) ? request.RequestParameters : [];
  parameters.replaceChildren();
  list.forEach((parameter, index) => addParameterRow(parameter, index));
}

function addParameterRow(parameter, index) {
  const row = rowTemplate.content.firstElementChild.cloneNode(true);
  row.setAttribute("aria-label", `Request parameter ${index + 1}`);
  row.dataset.pointer = `/RequestParameters/${index}`;
  for (const control of row.querySelectorAll("[data-key]")) {
    const key = control.dataset.key;
    control.id = `RequestParameters.${index}.${key}`;
    control.dataset.pointer = `/RequestParameters/${index}/${key}`;
    control.closest(".field").querySelector("label").htmlFor = control.id;
    showValue(control, parameter !== null && typeof parameter === "object" ? parameter[key] : undefined);
  }
  const remove = row.querySelector(".remove");
  remove.setAttribute("aria-label", `Remove request parameter ${index + 1}`);
  remove.addEventListener("click", () => {
    request.RequestParameters.splice(index, 1);
    if (request.RequestParameters.length === 0) delete request.RequestParameters;
    parameterRows();
    changed();
  });
  parameters.append(row);
}

function formToRequest(control) {
  const path = segments(control.dataset.pointer);
  const value = controlValue(control);
  if (value === undefined) deleteAt(request, path);
  else setAt(request, path, value);
}

function requestToForm() {
  for (const option of form.querySelectorAll("option[data-custom]")) option.remove();
  parameterRows();
  for (const control of valueControls()) showValue(control, getAt(request, segments(control.dataset.pointer)));
  showSections();
}

/** Shows the backend, protocol and authentication fields that apply. */
function showSections() {
  const backend = document.getElementById("ServiceType").value;
  const protocol = document.getElementById("Protocol").value;
  const auth = document.getElementById("AuthType").value;
  const business = document.getElementById("ApiBusinessType").value;
  for (const element of form.querySelectorAll("[data-backends]")) {
    element.hidden = !element.dataset.backends.split(" ").includes(backend);
  }
  for (const element of form.querySelectorAll("[data-protocols]")) {
    element.hidden = !element.dataset.protocols.split(" ").includes(protocol);
  }
  for (const element of form.querySelectorAll("[data-auth]")) element.hidden = element.dataset.auth !== auth;
  for (const element of form.querySelectorAll("[data-business]")) element.hidden = element.dataset.business !== business;
}

function writeJson() {
  jsonPane.value = JSON.stringify(request, null, 2);
}

// ---- Validation --------------------------------------------------------------------------

function describe(diagnostic) {
  const item = document.createElement("li");
  item.className = `diagnostic ${diagnostic.severity}`;
  const label = document.createElement("strong");
  label.textContent = diagnostic.severity === "error" ? "Error" : diagnostic.severity === "warning" ? "Warning" : "Note";
  const message = document.createElement("span");
  message.textContent = ` ${diagnostic.message}`;
  const code = document.createElement("code");
  code.textContent = diagnostic.error_code ?? diagnostic.rule;
  code.title = `rule ${diagnostic.rule}`;
  item.append(label, message, " ", code);
  if (diagnostic.help) {
    const help = document.createElement("span");
    help.className = "help";
    help.textContent = `Help: ${diagnostic.help}`;
    item.append(help);
  }
  return item;
}

/** The visible control a pointer (or its nearest ancestor) belongs to. */
function controlFor(pointer) {
  let path = pointer;
  while (path !== "") {
    const element = form.querySelector(`[data-pointer="${CSS.escape(path)}"]`);
    if (element && !element.closest("[hidden]")) return element;
    path = path.slice(0, path.lastIndexOf("/"));
  }
  return null;
}

function clearMessages() {
  for (const list of form.querySelectorAll(".messages")) list.remove();
  for (const control of form.querySelectorAll("[aria-invalid]")) {
    control.removeAttribute("aria-invalid");
    control.removeAttribute("aria-describedby");
  }
}

function attach(element, diagnostic) {
  const holder = element.closest(".field") ?? element;
  const id = `messages-${(element.id || element.dataset.pointer).replace(/[^A-Za-z0-9_-]/g, "-")}`;
  let list = document.getElementById(id);
  if (!list) {
    list = document.createElement("ul");
    list.className = "messages";
    list.id = id;
    holder.append(list);
    element.setAttribute("aria-describedby", id);
  }
  list.append(describe(diagnostic));
  if (diagnostic.severity === "error") element.setAttribute("aria-invalid", "true");
}

function jsonProblem(diagnostic) {
  const item = describe(diagnostic);
  const jump = document.createElement("button");
  jump.type = "button";
  jump.className = "jump";
  jump.textContent = `Line ${diagnostic.line}, column ${diagnostic.column}`;
  jump.addEventListener("click", () => {
    jsonPane.focus();
    jsonPane.setSelectionRange(diagnostic.utf16_offset, Math.max(diagnostic.utf16_end_offset, diagnostic.utf16_offset + 1));
  });
  item.prepend(jump, " ");
  return item;
}

function validate() {
  const result = lint(jsonPane.value, { input: "json" });
  clearMessages();
  const others = [];
  for (const diagnostic of result.diagnostics) {
    const control = controlFor(diagnostic.pointer);
    if (control) attach(control, diagnostic);
    // Problems of the document itself (no pointer) belong to the JSON pane alone.
    else if (diagnostic.pointer !== "") others.push(diagnostic);
  }
  document.getElementById("json-problems").replaceChildren(...result.diagnostics.map(jsonProblem));
  document.getElementById("other-list").replaceChildren(...others.map(describe));
  document.getElementById("other-problems").hidden = others.length === 0;
  const plural = (n, word) => `${n} ${word}${n === 1 ? "" : "s"}`;
  if (result.errors === 0 && result.warnings === 0) {
    summary.textContent = "Valid: the linter finds no problems.";
    summary.className = "valid";
  } else {
    summary.textContent = `${plural(result.errors, "error")}, ${plural(result.warnings, "warning")}.`;
    summary.className = result.errors > 0 ? "invalid" : "warnings";
  }
}

function changed() {
  writeJson();
  validate();
}

// ---- Wiring --------------------------------------------------------------------------------

form.addEventListener("input", (event) => {
  const control = event.target;
  if (!control.dataset?.pointer) return;
  formToRequest(control);
  showSections();
  changed();
});

jsonPane.addEventListener("input", () => {
  try {
    const parsed = JSON.parse(jsonPane.value);
    if (parsed !== null && typeof parsed === "object" && !Array.isArray(parsed)) {
      request = parsed;
      requestToForm();
    }
  } catch {
    // Broken JSON stays in the pane; the linter locates the syntax error.
  }
  validate();
});

document.getElementById("add-parameter").addEventListener("click", () => {
  if (!Array.isArray(request.RequestParameters)) request.RequestParameters = [];
  request.RequestParameters.push({ Name: "", Position: "QUERY", Type: "String" });
  const index = request.RequestParameters.length - 1;
  delete request.RequestParameters[index].Name;
  parameterRows();
  changed();
  document.getElementById(`RequestParameters.${index}.Name`).focus();
});

await init();
for (const control of valueControls()) formToRequest(control);
showSections();
changed();
document.body.dataset.ready = "true";
