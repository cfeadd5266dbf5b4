// Validate dist/spec's conformance fixtures outside Python, with ajv (npm, pinned in package-lock.json).
//
//   node generator/validate_fixtures.mjs [dist/spec]
//
// Every fixture listed in conformance/index.json must follow conformance/fixture.schema.json (JSON Schema 2020-12),
// and its response must be one the patched spec (<api>/openapi.json) allows: the status is declared by the
// operation, and a JSON body validates against that status's schema. The OpenAPI 3.0 schemas are read as JSON
// Schema the usual way: `nullable: true` adds null (to `type`, or as an `anyOf` alternative when there is no
// `type`); the spec's own extensions (`x-...`) and `example` are annotations; formats are not asserted (the
// SDK reads dates leniently, see DEVIATIONS.md). Prints one line per failure and a summary; exit status 1 when
// anything fails. `make dist-spec` runs it, and so does the test suite (tests/pipeline/test_dist.py).

import { readFileSync } from "node:fs";
import { join } from "node:path";
import Ajv from "ajv";
import Ajv2020 from "ajv/dist/2020.js";

const folder = process.argv[2] ?? join("dist", "spec");
const readJson = (path) => JSON.parse(readFileSync(join(folder, path), "utf8"));

// OpenAPI 3.0 Schema Object -> JSON Schema (draft-07): only `nullable` needs rewriting.
function toJsonSchema(node) {
  if (Array.isArray(node)) return node.map(toJsonSchema);
  if (node === null || typeof node !== "object") return node;
  const converted = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === "nullable") continue;
    converted[key] = key === "enum" || key === "example" ? value : toJsonSchema(value);
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
const ajv = new Ajv({ allErrors: true, strict: false, validateFormats: false });

const specs = new Map();
function spec(api) {
  if (!specs.has(api)) {
    const document = readJson(join(api, "openapi.json"));
    const id = `urn:figshare-sdk:dist-spec:${api}`;
    ajv.addSchema({ $id: id, components: { schemas: toJsonSchema(document.components?.schemas ?? {}) } });
    specs.set(api, { document, id, compiled: new Map() });
  }
  return specs.get(api);
}

function responseValidator(api, operation, status) {
  const { document, id, compiled } = spec(api);
  const key = `${operation.method} ${operation.path} ${status}`;
  if (!compiled.has(key)) {
    const declared = document.paths?.[operation.path]?.[operation.method.toLowerCase()]?.responses ?? {};
    const response = declared[String(status)];
    if (!response) {
      compiled.set(key, { error: `status ${status} is not declared by ${operation.method} ${operation.path}` });
    } else {
      const schema = response.content?.["application/json"]?.schema;
      compiled.set(key, { validate: schema ? ajv.compile(absoluteRefs(toJsonSchema(schema), id)) : null });
    }
  }
  return compiled.get(key);
}

const failures = [];
let bodies = 0;
for (const entry of index.fixtures) {
  const fixture = readJson(join("conformance", entry.file));
  if (!checkFixture(fixture)) {
    failures.push(`${entry.id}: not a valid fixture: ${ajv.errorsText(checkFixture.errors)}`);
    continue;
  }
  const { body } = fixture.response;
  // The corpus does not always know the status (a 2xx mock): then it is the operation's success status.
  const status = fixture.response.status ?? fixture.operation.success_status;
  if (status === null) continue;
  const found = responseValidator(fixture.api, fixture.operation, status);
  if (found.error) {
    failures.push(`${entry.id}: ${found.error}`);
  } else if (found.validate && body !== undefined && body !== null) {
    bodies += 1;
    if (!found.validate(body)) {
      const errors = found.validate.errors.slice(0, 3).map((e) => `${e.instancePath || "/"} ${e.message}`);
      failures.push(`${entry.id}: the response body does not validate: ${errors.join("; ")}`);
    }
  }
}

for (const failure of failures) console.log(`invalid: ${failure}`);
console.log(
  `ajv: checked ${index.fixtures.length} fixtures (${bodies} response bodies against the patched spec): ` +
    `${failures.length} invalid`,
);
process.exit(failures.length ? 1 : 0);
