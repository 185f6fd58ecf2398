/**
 * Which source files hold `@customfunction` JSDoc. The custom-functions entry
 * (src/functions/functions.ts) is the single list: every `import "./x";` line in it that points
 * at a file with `@customfunction` tags is fed to the metadata generator, so adding a function
 * module is one import line.
 */
const fs = require("node:fs");
const path = require("node:path");

const SIDE_EFFECT_IMPORT = /^\s*import\s+["'](\.{1,2}\/[^"']+)["']\s*;?\s*$/gm;

/** @param {string} entryFile absolute path of src/functions/functions.ts */
function functionModules(entryFile) {
  const source = fs.readFileSync(entryFile, "utf8");
  const dir = path.dirname(entryFile);
  const files = [];
  for (const match of source.matchAll(SIDE_EFFECT_IMPORT)) {
    const spec = /** @type {string} */ (match[1]);
    const file = resolveTs(path.resolve(dir, spec));
    if (!file) throw new Error(`${entryFile}: cannot find the module imported as "${spec}"`);
    if (fs.readFileSync(file, "utf8").includes("@customfunction")) files.push(file);
  }
  if (files.length === 0) throw new Error(`${entryFile} imports no module with @customfunction tags`);
  return files;
}

/** @param {string} base */
function resolveTs(base) {
  for (const candidate of [base, `${base}.ts`, path.join(base, "index.ts")]) {
    if (fs.existsSync(candidate) && fs.statSync(candidate).isFile()) return candidate;
  }
  return undefined;
}

module.exports = { functionModules };
