// ESLint flat config, read by `npm run lint` (eslint . && tsc on both tsconfigs).
// Type errors are tsc's job; ESLint catches what tsc does not (unused code, suspicious patterns).
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

export default defineConfig(
  { ignores: ["dist/", "out/", "coverage/", "test-results/", "node_modules/", ".tmp/"] },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    files: ["**/*.{ts,tsx,mts,cts}"],
    languageOptions: { parserOptions: { ecmaFeatures: { jsx: true } } },
    rules: {
      // tsc already reports undefined names, with the DOM/Office/Node types each tsconfig allows.
      "no-undef": "off",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrors: "none" }],
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports" }],
      eqeqeq: ["error", "always", { null: "ignore" }],
      "no-console": ["error", { allow: ["warn", "error"] }],
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
