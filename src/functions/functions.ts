/**
 * The custom-functions entry (webpack entry `functions` → dist/functions.js, one chunk).
 * Each `import "./x";` below that points at a module with `@customfunction` JSDoc is also the
 * metadata generator's input (see scripts/webpack/function-modules.cjs): the generator writes
 * dist/functions.json and appends the `CustomFunctions.associate(id, fn)` calls to that module.
 * To add a module of functions, add one import line here and its zh-CN help to help-zh.ts.
 */
import "./custom-functions-fallback";
import "./staffing";
import "./payouts";
import "./forecast";
import "./hiring";
import "./qa";
