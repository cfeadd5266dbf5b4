// Validate dist/spec's conformance fixtures outside Python, with ajv and ajv-formats (npm, pinned in
// package-lock.json), formats asserted.
//
//   node generator/dist_checks/validate_fixtures.mjs [dist/spec]
//
// Every fixture listed in conformance/index.json must follow conformance/fixture.schema.json (JSON Schema 2020-12),
// and its response must be one every document of its API allows (each document <api>/recipes.json lists: the
// lenient openapi.json and the evidenced one): the status is declared by the operation, and a JSON body validates
// against that status's schema with ajv-formats' formats. A value the fixture lists in `rewritten` (the source
// project changed it before publishing) is exempt from its format only: such a body must also validate without
// formats, and with formats every error must be about a rewritten value (its format, or an alternative that failed
// because of it). The OpenAPI 3.0 schemas are read as JSON Schema the usual way: `nullable: true` adds null (to
// `type`, or as an `anyOf` alternative when there is no `type`); `x-...` and `example` are annotations. Prints one
// line per failure and a summary; exit status 1 when anything fails. `make dist-spec` runs it, and so does the
// test suite (tests/pipeline/test_dist_checks.py).

import { readFileSync } from "node:fs";
import { join } from "node:path";
import Ajv from "ajv";
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";

const folder = process.argv[2] ?? join("dist", "spec");
const readJson = (path) => JSON.parse(readFileSync(join(folder, path), "utf8"));

// OpenAPI 3.0 Schema Object -> JSON Schema (draft-07): only `nullable` needs rewriting.
function toJsonSchema(node) {
  if (Array.isArray(node)) return node.map(toJsonSchema);
  if (node === null || typeof node !== "object") return node;
  const converted = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === "nullable") continue;
    converted[key] = ["enum", "example", "default"].includes(key) || key.startsWith("x-") ? value : toJsonSchema(value);
  }
  if (node.nullable !== true) return converted;
  if (typeof converted.type === "string") {
    converted.type = [converted.type, "null"];
    if (Array.isArray(converted.enum) && !converted.enum.includes(null)) converted.enum = [...converted.enum, null];
    return converted;
  }
  return { anyOf: [converted, { type: "null" }] };
}

function absoluteRefs(node, base) {
  if (Array.isArray(node)) return node.map((item) => absoluteRefs(item, base));
  if (node === null || typeof node !== "object") return node;
  const result = {};
  for (const [key, value] of Object.entries(node)) {
    result[key] = key === "$ref" && typeof value === "string" && value.startsWith("#/") ? base + value : absoluteRefs(value, base);
  }
  return result;
}

const index = readJson(join("conformance", "index.json"));
const fixtureSchema = readJson(join("conformance", "fixture.schema.json"));
const checkFixture = new Ajv2020({ allErrors: true, strict: false }).compile(fixtureSchema);
const withFormats = addFormats(new Ajv({ allErrors: true, strict: false }));
const withoutFormats = new Ajv({ allErrors: true, strict: false, validateFormats: false });

// api -> [{name, document, id}] for every document of the API's recipes.
const documents = new Map();
function documentsOf(api) {
  if (!documents.has(api)) {
    const recipes = readJson(join(api, "recipes.json"));
    const found = Object.keys(recipes.documents).map((name) => {
      const document = readJson(join(api, name));
      const id = `urn:figshare-sdk:dist-spec:${api}:${name}`;
      const components = { components: { schemas: toJsonSchema(document.components?.schemas ?? {}) } };
      withFormats.addSchema({ $id: id, ...components });
      withoutFormats.addSchema({ $id: id, ...components });
      return { name, document, id, compiled: new Map() };
    });
    documents.set(api, found);
  }
  return documents.get(api);
}

function validators(entry, operation, status) {
  const key = `${operation.method} ${operation.path} ${status}`;
  if (!entry.compiled.has(key)) {
    const declared = entry.document.paths?.[operation.path]?.[operation.method.toLowerCase()]?.responses ?? {};
    const response = declared[String(status)];
    if (!response) {
      entry.compiled.set(key, { error: `status ${status} is not declared by ${operation.method} ${operation.path}` });
    } else {
      const schema = response.content?.["application/json"]?.schema;
      const converted = schema ? absoluteRefs(toJsonSchema(schema), entry.id) : null;
      entry.compiled.set(key, {
        strict: converted ? withFormats.compile(converted) : null,
        structural: converted ? withoutFormats.compile(converted) : null,
      });
    }
  }
  return entry.compiled.get(key);
}

const describe = (errors) => errors.slice(0, 3).map((e) => `${e.instancePath || "/"} ${e.message}`).join("; ");
const inside = (path, pointers) => pointers.some((pointer) => pointer === path || pointer.startsWith(`${path}/`));

const failures = [];
let bodies = 0;
let exempted = 0;
for (const entry of index.fixtures) {
  const fixture = readJson(join("conformance", entry.file));
  if (!checkFixture(fixture)) {
    failures.push(`${entry.id}: not a valid fixture: ${withFormats.errorsText(checkFixture.errors)}`);
    continue;
  }
  const { body } = fixture.response;
  // The corpus does not always know the status (a 2xx recording): then it is the operation's success status.
  const status = fixture.response.status ?? fixture.operation.success_status;
  if (status === null) continue;
  const rewritten = fixture.rewritten.map((item) => item.pointer.slice("/response/body".length));
  for (const document of documentsOf(fixture.api)) {
    const found = validators(document, fixture.operation, status);
    const where = `${entry.id} (${fixture.api}/${document.name})`;
    if (found.error) {
      failures.push(`${where}: ${found.error}`);
      continue;
    }
    if (!found.strict || body === undefined || body === null) continue;
    bodies += 1;
    if (found.strict(body)) continue;
    const errors = found.strict.errors;
    const excused = errors.every(
      (e) => (e.keyword === "format" && rewritten.includes(e.instancePath)) ||
        (["anyOf", "oneOf"].includes(e.keyword) && inside(e.instancePath, rewritten)),
    );
    if (excused && rewritten.length && found.structural(body)) {
      exempted += 1;
      continue;
    }
    failures.push(`${where}: the response body does not validate: ${describe(errors)}`);
  }
}

for (const failure of failures) console.log(`invalid: ${failure}`);
console.log(
  `ajv: checked ${index.fixtures.length} fixtures (${bodies} response bodies against every document, formats ` +
    `asserted; ${exempted} only through the format of values their source rewrote): ${failures.length} invalid`,
);
process.exit(failures.length ? 1 : 0);
