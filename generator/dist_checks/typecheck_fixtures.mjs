// Type every conformance fixture of dist/spec with TypeScript types generated from each document, as an author of a
// TypeScript SDK would: openapi-typescript (default options) and tsc --strict (both npm, pinned in
// package-lock.json).
//
//   node generator/dist_checks/typecheck_fixtures.mjs [dist/spec]
//
// For each document of each <api>/recipes.json, openapi-typescript writes <variant>.ts; a second file declares one
// constant per fixture of that API with a JSON response body, typed as the body of its operation and status:
//
//   export const fixture_3: paths["/account/articles"]["post"]["responses"][201]["content"]["application/json"] = {...};
//
// Then one `tsc --strict --noEmit` run checks them all (an object literal with a key its type does not have, a
// missing property, a null where none is allowed, a status without a JSON body: each is an error). The files are
// written to a temporary folder, removed afterwards. Exit status 1 when generation or tsc fails.

import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import openapiTS, { astToString } from "openapi-typescript";

const folder = process.argv[2] ?? join("dist", "spec");
const readJson = (path) => JSON.parse(readFileSync(join(folder, path), "utf8"));
const index = readJson(join("conformance", "index.json"));
const work = mkdtempSync(join(tmpdir(), "dist-spec-types-"));
const tsc = createRequire(import.meta.url).resolve("typescript/bin/tsc");

const apis = [...new Set(["v2", "v3", ...index.fixtures.map((entry) => entry.api)])];
const files = [];
const counts = [];
try {
  for (const api of apis) {
    let recipes;
    try {
      recipes = readJson(join(api, "recipes.json"));
    } catch {
      continue;
    }
    const fixtures = index.fixtures
      .filter((entry) => entry.api === api)
      .map((entry) => readJson(join("conformance", entry.file)))
      .filter((fixture) => fixture.response.body !== null && fixture.response.body !== undefined);
    for (const [name, recipe] of Object.entries(recipes.documents)) {
      const variant = `${api}_${recipe.variant}`;
      const ast = await openapiTS(pathToFileURL(resolve(folder, api, name)));
      writeFileSync(join(work, `${variant}.ts`), astToString(ast));
      const lines = [`import type { paths } from "./${variant}";`, ""];
      fixtures.forEach((fixture, position) => {
        const { method, path, success_status: success } = fixture.operation;
        const status = fixture.response.status ?? success;
        const type =
          `paths[${JSON.stringify(path)}][${JSON.stringify(method.toLowerCase())}]["responses"][${status}]` +
          `["content"]["application/json"]`;
        lines.push(`// ${fixture.id}`, `export const fixture_${position}: ${type} = ${JSON.stringify(fixture.response.body)};`);
      });
      writeFileSync(join(work, `${variant}.fixtures.ts`), lines.join("\n") + "\n");
      files.push(`${variant}.ts`, `${variant}.fixtures.ts`);
      counts.push(`${api}/${name}: ${fixtures.length}`);
    }
  }
  const options = ["--strict", "--noEmit", "--target", "es2022", "--module", "esnext", "--moduleResolution", "bundler"];
  try {
    execFileSync(process.execPath, [tsc, ...options, ...files], { cwd: work, stdio: "pipe", encoding: "utf8" });
  } catch (error) {
    const output = `${error.stdout ?? ""}${error.stderr ?? ""}`;
    console.log(output.split("\n").slice(0, 40).join("\n"));
    console.log(`tsc: the fixtures do not type-check (openapi-typescript types, tsc --strict)`);
    process.exit(1);
  }
  console.log(`tsc --strict: every fixture's response body has its operation's type (${counts.join("; ")} bodies)`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
