/**
 * Writes the zh-CN custom-functions metadata (dist/functions.zh-CN.json): the generated en-US
 * functions.json with each description and parameter help swapped for the zh-CN text from
 * src/functions/help-zh.ts. Ids and names stay English (Chinese Excel keeps built-in names in
 * English too). A function or parameter without zh-CN help fails the build, so the Chinese
 * function wizard never shows half-English help.
 */
const fs = require("node:fs");
const path = require("node:path");
const { Compilation, WebpackError, sources } = require("webpack");

/**
 * @typedef {{ name: string, description?: string }} MetadataParameter
 * @typedef {{ id: string, name: string, description?: string, parameters?: MetadataParameter[] }} MetadataFunction
 * @typedef {{ functions: MetadataFunction[] }} Metadata
 * @typedef {Readonly<Record<string, { description: string, parameters: Readonly<Record<string, string>> }>>} HelpTable
 */

/**
 * Pure: the localized copy of `metadata`, the problems that must fail the build, and warnings.
 * @param {Metadata} metadata
 * @param {HelpTable} help
 */
function localizeMetadata(metadata, help) {
  /** @type {string[]} */ const problems = [];
  /** @type {string[]} */ const warnings = [];
  const functions = metadata.functions.map((fn) => {
    const entry = Object.prototype.hasOwnProperty.call(help, fn.id) ? help[fn.id] : undefined;
    if (!entry) {
      problems.push(`${fn.id}: no zh-CN help`);
      return fn;
    }
    if (!entry.description || !entry.description.trim()) problems.push(`${fn.id}: empty zh-CN description`);
    const declared = new Set((fn.parameters ?? []).map((p) => p.name));
    for (const name of Object.keys(entry.parameters ?? {})) {
      if (!declared.has(name)) problems.push(`${fn.id}: zh-CN help for unknown parameter "${name}"`);
    }
    const parameters = (fn.parameters ?? []).map((p) => {
      const text = entry.parameters?.[p.name];
      if (!text || !text.trim()) {
        problems.push(`${fn.id}: no zh-CN help for parameter "${p.name}"`);
        return p;
      }
      return { ...p, description: text };
    });
    return { ...fn, description: entry.description, ...(fn.parameters ? { parameters } : {}) };
  });
  const ids = new Set(metadata.functions.map((fn) => fn.id));
  for (const id of Object.keys(help)) {
    if (!ids.has(id)) warnings.push(`zh-CN help for ${id}, which is not a custom function (yet)`);
  }
  return { metadata: { ...metadata, functions }, problems, warnings };
}

/**
 * Problems where the en-US metadata (from JSDoc) differs from the help the parameter declarations
 * imply (`declared`: function id → parameter → text).
 * @param {Metadata} metadata
 * @param {Readonly<Record<string, Readonly<Record<string, string>>>>} declared
 */
function checkDeclaredHelp(metadata, declared) {
  /** @type {string[]} */ const problems = [];
  for (const fn of metadata.functions) {
    for (const p of fn.parameters ?? []) {
      const want = declared[fn.id]?.[p.name];
      if (want !== undefined && want !== p.description) {
        problems.push(`${fn.id}.${p.name}: JSDoc says "${p.description}", the declaration "${want}" (run npx tsx scripts/function-help.ts)`);
      }
    }
  }
  return problems;
}

/** Loads a TypeScript module's export at build time (tsx), fresh each build so watch mode sees edits. */
function loadHelpTable(helpFile, exportName) {
  const { require: tsxRequire } = require("tsx/cjs/api");
  // tsx keeps what it loaded in Node's require cache (keys carry "?namespace="): forget the
  // project's source files so an edited help table is read again.
  const sourceRoot = path.resolve(path.dirname(helpFile), "..");
  for (const key of Object.keys(require.cache)) {
    if (key.startsWith(sourceRoot) && key.includes("?namespace=")) delete require.cache[key];
  }
  const mod = tsxRequire(helpFile, __filename);
  const table = mod[exportName];
  if (!table || typeof table !== "object") throw new Error(`${helpFile} does not export ${exportName}`);
  return table;
}

class LocalizedFunctionsMetadataPlugin {
  /**
   * @param {{ source: string, output: string, helpFile: string, exportName: string }} options
   *   source/output: asset names (functions.json → functions.zh-CN.json); helpFile: absolute path.
   */
  constructor(options) {
    this.options = options;
  }

  /** @param {import("webpack").Compiler} compiler */
  apply(compiler) {
    const name = "LocalizedFunctionsMetadataPlugin";
    const { source, output, helpFile, exportName } = this.options;
    compiler.hooks.thisCompilation.tap(name, (compilation) => {
      compilation.hooks.processAssets.tap({ name, stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL }, () => {
        // Rebuild when any help table changes (they are read here, not bundled).
        const dir = path.dirname(helpFile);
        for (const f of fs.readdirSync(dir)) if (/help-zh\.ts$/.test(f)) compilation.fileDependencies.add(path.join(dir, f));
        const asset = compilation.getAsset(source);
        if (!asset) return; // the metadata generator failed and already reported why
        let help;
        let declaredEn;
        try {
          help = loadHelpTable(helpFile, exportName);
          declaredEn = loadHelpTable(helpFile, "DECLARED_HELP_EN");
        } catch (e) {
          compilation.errors.push(new WebpackError(`${output}: cannot load ${helpFile}: ${e instanceof Error ? e.message : e}`));
          return;
        }
        const english = JSON.parse(asset.source.source().toString());
        const drift = declaredEn ? checkDeclaredHelp(english, declaredEn) : [];
        if (drift.length > 0) {
          compilation.errors.push(new WebpackError(`${source}: parameter help differs from the declarations (src/functions/params.ts):\n  ${drift.join("\n  ")}`));
          return;
        }
        const result = localizeMetadata(english, help);
        for (const w of result.warnings) compilation.warnings.push(new WebpackError(`${output}: ${w}`));
        if (result.problems.length > 0) {
          compilation.errors.push(new WebpackError(`${output}: missing zh-CN function help (src/functions/*.help-zh.ts):\n  ${result.problems.join("\n  ")}`));
          return;
        }
        compilation.emitAsset(output, new sources.RawSource(`${JSON.stringify(result.metadata, null, 2)}\n`));
      });
    });
  }
}

module.exports = { LocalizedFunctionsMetadataPlugin, localizeMetadata, loadHelpTable, checkDeclaredHelp };
