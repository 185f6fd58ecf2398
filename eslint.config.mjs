// ESLint flat config, read by `npm run lint` (eslint . && tsc on both tsconfigs).
// Type errors are tsc's job; ESLint catches what tsc does not: unused code, suspicious patterns,
// and — with type information — promises nobody awaits (the classic Office.js bug: a
// `context.sync()` without `await` lets the pane report success before Excel has written anything).
import js from "@eslint/js";
import { defineConfig } from "eslint/config";
import tseslint from "typescript-eslint";

/** Globals of Node scripts and configs (.js/.cjs/.mjs); TypeScript files get theirs from tsconfig. */
const nodeGlobals = Object.fromEntries(
  ["require", "module", "exports", "__dirname", "__filename", "process", "console", "Buffer", "URL", "setTimeout", "clearTimeout", "setInterval", "clearInterval"].map(
    (name) => [name, "readonly"],
  ),
);

/** Browser globals used by the inline page scripts' sources (.js under src/). */
const browserGlobals = Object.fromEntries(["window", "document", "location", "Office", "CustomFunctions"].map((name) => [name, "readonly"]));

/** Modules a pure module (src/core, src/sheets, src/i18n) may not import: hosts, UI, files, workbooks. */
const PURE_FORBIDDEN_MODULES = [
  ...["fs", "path", "os", "child_process", "http", "https", "url", "worker_threads", "stream", "crypto"],
  ...["react", "react-dom", "exceljs", "jszip"],
];
const PURE_MESSAGE =
  "src/core, src/sheets and src/i18n are pure (no Office, DOM, React, ExcelJS or Node I/O): pass the data in, or move this code to a host (excel/, xlsx/, taskpane/, cli/).";

export default defineConfig(
  { ignores: ["dist/", "out/", "coverage/", "test-results/", "node_modules/", ".tmp/"] },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    files: ["**/*.{ts,tsx,mts,cts}"],
    languageOptions: { parserOptions: { ecmaFeatures: { jsx: true }, projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      // Type-aware rules (typescript-eslint's recommendedTypeChecked picks): a promise must be
      // awaited, returned or explicitly voided; no promise where a callback returns void; a switch
      // over a union names every member, so a new PanelId or error kind cannot be forgotten.
      "@typescript-eslint/no-floating-promises": "error",
      "@typescript-eslint/no-misused-promises": ["error", { checksVoidReturn: { attributes: false } }],
      "@typescript-eslint/await-thenable": "error",
      "@typescript-eslint/switch-exhaustiveness-check": ["error", { considerDefaultExhaustiveForUnions: true }],
      // tsc already reports undefined names, with the DOM/Office/Node types each tsconfig allows.
      "no-undef": "off",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrors: "none" }],
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports" }],
      eqeqeq: ["error", "always", { null: "ignore" }],
      "no-console": ["error", { allow: ["warn", "error"] }],
    },
  },
  {
    // The domain and the sheet specs are pure: numbers and specs in, numbers and specs out. They run
    // in Node, the Web Worker, the custom-functions runtime and the browser alike, so nothing host-
    // specific may be imported there (test/purity-lint.test.ts proves this rule fires).
    files: ["src/core/**/*.{ts,tsx}", "src/sheets/**/*.{ts,tsx}", "src/i18n/**/*.{ts,tsx}"],
    ignores: ["**/*.test.{ts,tsx}"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: PURE_FORBIDDEN_MODULES.map((name) => ({ name, message: PURE_MESSAGE })),
          patterns: [
            { group: ["node:*", "react/*", "react-dom/*", "exceljs/*", "@fluentui/*", "@microsoft/*", "office-*"], message: PURE_MESSAGE },
          ],
        },
      ],
    },
  },
  {
    // Custom-function signatures must use the metadata generator's plain types, `any[][]` among
    // them (a range of numbers, text and blanks); aliases and `unknown` are rejected.
    files: ["src/functions/*.ts"],
    ignores: ["**/*.test.ts"],
    rules: { "@typescript-eslint/no-explicit-any": "off" },
  },
  {
    // Fakes of Office/Excel objects in tests sometimes need `any`; flagged, not failed.
    files: ["test/**", "**/*.test.{ts,tsx}"],
    rules: { "@typescript-eslint/no-explicit-any": "warn" },
  },
  {
    // CLIs and benchmarks talk to the terminal.
    files: ["src/cli/**", "bench/**", "scripts/**"],
    rules: { "no-console": "off" },
  },
  {
    files: ["**/*.{js,cjs,mjs}"],
    languageOptions: { globals: { ...nodeGlobals, ...browserGlobals } },
    rules: { "no-unused-vars": ["error", { argsIgnorePattern: "^_", caughtErrors: "none" }] },
  },
  {
    files: ["**/*.cjs", "webpack.config.js", "jest.config.js", "test/support/*.js"],
    languageOptions: { sourceType: "commonjs" },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
);
