/** Which formulas calculate in Excel, WPS and LibreOffice 7.4 alike. */
import { a1, a1Range } from "./a1";
import { mapFormulaCode } from "./formula-text";
import type { SheetSpec } from "./types";

/** Functions generated sheets must not use: unknown to LibreOffice 7.4, WPS or older Excel. */
export const UNSUPPORTED_FUNCTIONS: readonly string[] = [
  "LET", "LAMBDA", "XLOOKUP", "XMATCH", "FILTER", "SEQUENCE", "UNIQUE", "SORT", "SORTBY", "RANDARRAY",
  "TEXTSPLIT", "TEXTBEFORE", "TEXTAFTER", "VSTACK", "HSTACK", "TOCOL", "TOROW", "WRAPROWS", "WRAPCOLS",
  "TAKE", "DROP", "CHOOSECOLS", "CHOOSEROWS", "EXPAND", "MAP", "REDUCE", "SCAN", "MAKEARRAY", "BYROW", "BYCOL",
];

/** Names of the functions a formula calls, upper-case, in order of appearance (strings ignored). */
export function functionsIn(formula: string): string[] {
  const found: string[] = [];
  mapFormulaCode(formula, (code) => {
    for (const m of code.matchAll(/(?<![A-Za-z0-9_.])((?:_xlfn\.|_xlws\.)*[A-Za-z][A-Za-z0-9_.]*)\s*\(/g)) {
      found.push(m[1]!.replace(/^(?:_xlfn\.|_xlws\.)+/i, "").toUpperCase());
    }
    return code;
  });
  return found;
}

/**
 * Problems a writer or a generator test can report for a spec: formulas with a custom `CS.*`
 * function or a function in {@link UNSUPPORTED_FUNCTIONS}, a structured table reference, or a
 * conditional format that refers to another sheet.
 * Empty when the sheet only uses native functions that calculate in Excel, WPS and LibreOffice.
 */
export function unsupportedFormulaUses(spec: SheetSpec): string[] {
  const problems: string[] = [];
  const check = (where: string, formula: string): void => {
    for (const fn of functionsIn(formula)) {
      if (fn.startsWith("CS.") || UNSUPPORTED_FUNCTIONS.includes(fn)) problems.push(`${spec.id} ${where}: ${fn} in ${formula}`);
    }
    if (mapFormulaCode(formula, (code) => (/[A-Za-z_][A-Za-z0-9_.]*\[/.test(code) ? "\u0000" : "")).includes("\u0000")) {
      problems.push(`${spec.id} ${where}: structured reference in ${formula}`);
    }
  };
  for (const c of spec.cells) if (c.formula !== undefined) check(a1(c.row, c.col), c.formula);
  for (const t of spec.tables ?? []) for (const col of t.columns) if (col.formula !== undefined) check(`table ${t.name}`, col.formula);
  for (const cf of spec.conditionalFormats ?? []) {
    const formulas = cf.rule.type === "expression" ? [cf.rule.formula] : cf.rule.formulas;
    for (const f of formulas) {
      check(`conditional ${a1Range(cf.range)}`, f);
      if (mapFormulaCode(f, (code) => (/!|\[\[/.test(code) ? "\u0000" : "")).includes("\u0000")) {
        problems.push(`${spec.id} conditional ${a1Range(cf.range)}: refers to another sheet in ${f}`);
      }
    }
  }
  return problems;
}
