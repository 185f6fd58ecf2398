/**
 * Emits help.html (and its screenshots under help/) from the repository's docs, the generator
 * descriptors and the custom-functions metadata of this very build, so the help cannot drift.
 * The page itself is assembled by scripts/help/build-help.ts (loaded through tsx).
 */
const fs = require("node:fs");
const path = require("node:path");
const { Compilation, WebpackError, sources } = require("webpack");
const { loadHelpTable } = require("./localized-metadata.cjs");

class HelpPagePlugin {
  /** @param {{ output: string, metadata: Record<string, string> }} options output: "help.html"; metadata: locale → asset name */
  constructor(options) {
    this.options = options;
  }

  /** @param {import("webpack").Compiler} compiler */
  apply(compiler) {
    const name = "HelpPagePlugin";
    const root = path.resolve(__dirname, "../..");
    const builder = path.join(root, "scripts/help/build-help.ts");
    compiler.hooks.thisCompilation.tap(name, (compilation) => {
      // After the zh-CN metadata exists (PROCESS_ASSETS_STAGE_ADDITIONAL).
      compilation.hooks.processAssets.tap({ name, stage: Compilation.PROCESS_ASSETS_STAGE_DERIVED }, () => {
        for (const dir of ["docs/help", "docs/help/screens"]) compilation.contextDependencies.add(path.join(root, dir));
        const metadata = {};
        for (const [locale, asset] of Object.entries(this.options.metadata)) {
          const found = compilation.getAsset(asset);
          if (!found) return; // the metadata plugins already reported why
          metadata[locale] = JSON.parse(found.source.source().toString());
        }
        try {
          const page = loadHelpTable(builder, "HELP_PAGE").build(metadata);
          compilation.emitAsset(this.options.output, new sources.RawSource(page.html));
          for (const image of page.images) compilation.emitAsset(image.asset, new sources.RawSource(fs.readFileSync(image.file)));
        } catch (e) {
          compilation.errors.push(new WebpackError(`${this.options.output}: ${e instanceof Error ? e.stack : e}`));
        }
      });
    });
  }
}

module.exports = { HelpPagePlugin };
