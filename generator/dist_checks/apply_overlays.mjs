// Rebuild every document of dist/spec from its upstream file with openapi-format's Overlay 1.0 applier (npm,
// pinned in package-lock.json: a third-party implementation with RFC 9535 JSONPath, jsonpathly), and compare it
// with the shipped document.
//
//   node generator/dist_checks/apply_overlays.mjs dist/spec v2=swagger/fetched/swagger.json v3=...
//
// For each version: the upstream file must have the sha256 of <version>/spec.lock.json; then, for each document of
// <version>/recipes.json, its overlays are applied in order, every action must select something, and the result
// must equal the shipped document as JSON data (key order aside). Prints one line per document and a summary; exit
// status 1 when anything differs. `make dist-spec` runs it, and so does the test suite (tests/pipeline/test_dist_checks.py).

import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { isDeepStrictEqual } from "node:util";
import openapiFormat from "openapi-format";
import { parse as parseYaml } from "yaml";

const [folder = join("dist", "spec"), ...sources] = process.argv.slice(2);
const readJson = (path) => JSON.parse(readFileSync(path, "utf8"));

function firstDifference(left, right, path = "") {
  if (isDeepStrictEqual(left, right)) return null;
  if (left && right && typeof left === "object" && typeof right === "object" && Array.isArray(left) === Array.isArray(right)) {
    for (const key of new Set([...Object.keys(left), ...Object.keys(right)])) {
      const found = firstDifference(left[key], right[key], `${path}/${key}`);
      if (found) return found;
    }
  }
  return `${path || "/"}: ${JSON.stringify(left)?.slice(0, 120)} != ${JSON.stringify(right)?.slice(0, 120)}`;
}

const failures = [];
let documents = 0;
for (const source of sources) {
  const [version, upstreamPath] = source.split("=");
  const recipes = readJson(join(folder, version, "recipes.json"));
  const lock = readJson(join(folder, version, recipes.upstream.lock));
  const bytes = readFileSync(upstreamPath);
  const digest = createHash("sha256").update(bytes).digest("hex");
  if (digest !== lock.sha256) {
    failures.push(`${version}: ${upstreamPath} is not the pinned upstream file (sha256 ${digest}, pinned ${lock.sha256})`);
    continue;
  }
  if (recipes.upstream.converted_with) {
    failures.push(`${version}: upstream is ${recipes.upstream.format}; convert it (${recipes.upstream.converted_with}) first`);
    continue;
  }
  for (const [document, recipe] of Object.entries(recipes.documents)) {
    let spec = JSON.parse(bytes.toString("utf8"));
    const unused = [];
    for (const overlayPath of recipe.overlays) {
      const overlaySet = parseYaml(readFileSync(join(folder, version, overlayPath), "utf8"));
      const result = await openapiFormat.openapiOverlay(spec, { overlaySet });
      spec = result.data;
      for (const action of result.resultData.unusedActions) unused.push(`${overlayPath}: ${action.target}`);
    }
    documents += 1;
    const shipped = readJson(join(folder, version, document));
    const difference = firstDifference(spec, shipped);
    if (unused.length) failures.push(`${version}/${document}: actions that selected nothing: ${unused.slice(0, 3).join("; ")}`);
    if (difference) failures.push(`${version}/${document}: differs from upstream + overlays at ${difference}`);
    else console.log(`${version}/${document}: upstream + ${recipe.overlays.length} overlays (openapi-format) = the shipped document`);
  }
}
for (const failure of failures) console.log(`failed: ${failure}`);
console.log(`overlays: rebuilt ${documents} documents with openapi-format: ${failures.length} failed`);
process.exit(failures.length || documents === 0 ? 1 : 0);
