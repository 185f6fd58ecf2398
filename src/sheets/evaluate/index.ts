/** Computes the values of spec formulas, for cached values in an .xlsx and the task-pane preview. */
export { SheetEvaluator, SUPPORTED_FUNCTIONS, UnsupportedFormulaError, type CachedValue } from "./evaluate";
export { parseFormula, FormulaSyntaxError } from "./parse";
