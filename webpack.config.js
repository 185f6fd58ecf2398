/**
 * Kefu Kit build. Three entries share one page in Excel (shared runtime, manifest.xml):
 *   taskpane  src/taskpane/index.tsx     → taskpane.html (also loads commands.js and functions.js)
 *   functions src/functions/functions.ts → functions.js, ONE chunk: test/support/load-functions.ts
 *             runs it in a Node `vm` with only a `CustomFunctions` global
 *   commands  src/commands/commands.ts   → commands.js (ribbon buttons; loaded by taskpane.html)
 * plus functions.json (from the @customfunction JSDoc), functions.zh-CN.json (zh-CN help),
 * help.html (scripts/help: docs/help, the generator descriptors and that metadata) and
 * manifest.xml (scripts/webpack/manifest.cjs).
 *
 * Environment: KEFU_HTTP=1 (or `--env http`) serves plain http (headless tests on 127.0.0.1);
 * KEFU_HOST / KEFU_PORT (default localhost:3000); KEFU_OFFICE_JS=auto|cdn|local (where pages
 * load Office.js, scripts/webpack/office-js-tag.cjs); KEFU_PUBLIC_URL rewrites
 * https://localhost:3000/ in dist/manifest.xml for a deployment.
 */
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");
const webpack = require("webpack");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const { functionModules } = require("./scripts/webpack/function-modules.cjs");
const { LocalizedFunctionsMetadataPlugin } = require("./scripts/webpack/localized-metadata.cjs");
const { OfficeJsTagPlugin, officeJsMode } = require("./scripts/webpack/office-js-tag.cjs");
const { HelpPagePlugin } = require("./scripts/webpack/help-page.cjs");
const { deployManifest } = require("./scripts/webpack/manifest.cjs");
const FUNCTIONS_ENTRY = path.resolve(__dirname, "src/functions/functions.ts");

/** office-addin-dev-certs' certificate files, when they have been generated (npm start does). */
function devCertificates() {
  const dir = path.join(os.homedir(), ".office-addin-dev-certs");
  const files = { ca: "ca.crt", cert: "localhost.crt", key: "localhost.key" };
  const paths = Object.fromEntries(Object.entries(files).map(([k, f]) => [k, path.join(dir, f)]));
  if (!Object.values(paths).every((p) => fs.existsSync(p))) return undefined;
  return Object.fromEntries(Object.entries(paths).map(([k, p]) => [k, fs.readFileSync(p)]));
}

function serverOptions(env) {
  if (env.http || process.env.KEFU_HTTP === "1") return "http";
  const certificates = devCertificates();
  if (!certificates) {
    console.warn("[kefu-kit] No dev certificates in ~/.office-addin-dev-certs: serving plain http. `npm start` creates them.");
    return "http";
  }
  return { type: "https", options: certificates };
}

module.exports = (env = {}, argv = {}) => {
  const production = argv.mode === "production";
  const publicUrl = process.env.KEFU_PUBLIC_URL;
  return {
    mode: production ? "production" : "development",
    devtool: "source-map",
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      functions: FUNCTIONS_ENTRY,
      commands: "./src/commands/commands.ts",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].js",
      chunkFilename: "[name].[contenthash:8].js",
      assetModuleFilename: "[name].[contenthash:8][ext]",
      clean: true,
    },
    resolve: { extensions: [".ts", ".tsx", ".js", ".mjs"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          // Type-checking is `npm run lint`'s job; transpiling only keeps builds fast.
          use: { loader: "ts-loader", options: { transpileOnly: true, configFile: "tsconfig.json" } },
        },
        // highs' wasm (and any other .wasm) is emitted as a file and fetched by URL.
        { test: /\.wasm$/, type: "asset/resource" },
        { test: /\.(png|jpe?g|gif|svg)$/, type: "asset/resource" },
        { test: /\.css$/, type: "asset/source" },
      ],
    },
    optimization: {
      // Entry chunks are never split, so functions.js stays one self-contained file (the Node vm
      // harness loads it alone); only lazily imported code (e.g. the solver worker) gets chunks.
      splitChunks: { chunks: "async" },
      runtimeChunk: false,
    },
    performance: { hints: false }, // Fluent UI makes the task pane big; size is not a gate here
    plugins: [
      // highs' ESM build imports node:module for its Node path; the worker never takes it.
      new webpack.IgnorePlugin({ resourceRegExp: /^node:module$/ }),
      new CustomFunctionsMetadataPlugin({ input: functionModules(FUNCTIONS_ENTRY), output: "functions.json" }),
      new LocalizedFunctionsMetadataPlugin({
        source: "functions.json",
        output: "functions.zh-CN.json",
        helpFile: path.resolve(__dirname, "src/functions/help-zh.ts"),
        exportName: "FUNCTION_HELP_ZH",
      }),
      // Shared runtime (Microsoft's pattern): the pane's page also runs the ribbon commands and
      // the custom functions, so it gets all three bundles.
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["functions", "commands", "taskpane"],
        chunksSortMode: "manual",
      }),
      new HelpPagePlugin({ output: "help.html", metadata: { "en-US": "functions.json", "zh-CN": "functions.zh-CN.json" } }),
      new OfficeJsTagPlugin(officeJsMode(process.env.KEFU_OFFICE_JS)),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          // Office.js for pages opened outside Office (preview, tests, no network). Already
          // minified: re-minifying its ~370 files would take minutes.
          { from: "node_modules/@microsoft/office-js/dist", to: "office-js", info: { minimized: true } },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (content) => deployManifest(content.toString(), publicUrl),
          },
        ],
      }),
    ],
    devServer: {
      host: process.env.KEFU_HOST || "localhost",
      port: Number(process.env.KEFU_PORT || 3000),
      // Only `webpack serve` (and npm start) look at certificates.
      server: env.WEBPACK_SERVE ? serverOptions(env) : "http",
      headers: { "Access-Control-Allow-Origin": "*" },
      allowedHosts: "all",
      hot: false,
      liveReload: true,
      client: { overlay: false, logging: "warn" },
      devMiddleware: { mimeTypes: { wasm: "application/wasm" } },
      static: false,
    },
  };
};
