/**
 * One place for reading custom-function arguments (HyperFormula-style argument rules): checks each
 * argument against its rule, broadcasts ranges with scalars, and turns bad input into an
 * {@link InputError} whose message names the argument and its allowed range in both languages.
 *
 * Excel passes every parameter declared `any[][]` as a matrix (a single cell arrives as `[[x]]`),
 * an omitted optional argument as `null`, and a blank cell inside a range as `""` or `null`.
 * This module has no Office dependency; `excel-errors.ts` maps its results to `CustomFunctions.Error`.
 */
import { InputError } from "../core/errors";
import { describeRule, fitsRule, parseNumberText, ruleError, type NamedRule } from "../core/rules/number-rule";
import type { LocalizedText } from "../i18n/locale";

export { describeRule };

/** What Excel hands a parameter: a matrix for `any[][]`, a scalar for `any`, `null` when omitted. */
export type Arg = unknown;

/** An argument's rule: its public name (`aht`), its range and its default (see core/rules/number-rule.ts). */
export type NumberRule = NamedRule;

/** A result cell: a number, a blank (from a blank input cell) or the error for that cell. */
export type SpillCell = number | "" | InputError;

const text = (en: string, zh: string): LocalizedText => ({ "en-US": en, "zh-CN": zh });

function where(position: string | undefined): LocalizedText {
  return position ? text(` (${position})`, `（${position}）`) : text("", "");
}

function invalid(rule: NumberRule, got: unknown, position?: string): InputError {
  const at = where(position);
  return ruleError(text(`${rule.name}${at["en-US"]}`, `${rule.name}${at["zh-CN"]}`), rule, got);
}

/**
 * What a cell holds as a plain value. With data types on (`allowCustomDataForDataTypeAny` in
 * functions.json), newer Excel passes a cell holding a data type as its JSON object: a formatted
 * number `{ type: "FormattedNumber" | "Double", basicValue: 12.5, numberFormat }`, a string or
 * boolean `{ type, basicValue }`, an entity `{ type: "Entity", text: "王芳", properties }`. A
 * formatted number is its number, an entity its display text (so a number argument refuses it by
 * name); an error value stays an object and is refused.
 */
export function cellValue(v: unknown): unknown {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return v;
  const cell = v as { type?: unknown; text?: unknown; basicValue?: unknown };
  if (cell.type === "Entity" && typeof cell.text === "string") return cell.text;
  if (cell.type === "Error") return v;
  const basic = cell.basicValue;
  return typeof basic === "number" || typeof basic === "string" || typeof basic === "boolean" ? basic : v;
}

function isBlank(v: unknown): boolean {
  return v === null || v === undefined || (typeof v === "string" && v.trim() === "");
}

/**
 * Checks one value against its rule. Numeric text ("120") is read as a number, as Excel's own
 * functions do; other text, booleans and blanks without a default are an `InputError`.
 */
export function checkNumber(raw: unknown, rule: NumberRule, position?: string): number {
  const value = cellValue(raw);
  if (isBlank(value)) {
    if (rule.default !== undefined) return rule.default;
    const at = where(position);
    throw new InputError(
      text(
        `${rule.name}${at["en-US"]} is required: ${describeRule(rule)["en-US"]}.`,
        `${rule.name}${at["zh-CN"]} 不能为空，须为${describeRule(rule)["zh-CN"]}。`,
      ),
    );
  }
  let n: number;
  if (typeof value === "number") n = value;
  else if (typeof value === "string" && parseNumberText(value) !== undefined) n = parseNumberText(value)!;
  else throw invalid(rule, value, position);
  if (!fitsRule(n, rule)) throw invalid(rule, value, position);
  return n;
}

/**
 * The safety net under every rule: a result that is not a finite number is a `#NUM!` with words,
 * never Infinity or NaN in a cell.
 */
export function finite(n: number): number {
  if (Number.isFinite(n)) return n;
  throw new InputError(
    text(
      "No finite answer: the inputs are too large or too small to compute with; check their units.",
      "无法得到有限的结果：输入的数值过大或过小，请检查单位。",
    ),
    "noAnswer",
  );
}

/** Normalises any argument to a matrix (`null` → `[[null]]`, scalar → `[[x]]`). */
export function asMatrix(arg: Arg): unknown[][] {
  if (Array.isArray(arg)) {
    if (arg.length === 0) return [[null]];
    return arg.map((row) => (Array.isArray(row) ? row : [row]));
  }
  return [[arg]];
}

/** Reads an argument that must be a single value (not a range). */
export function readScalar(arg: Arg, rule: NumberRule): number {
  const m = asMatrix(arg);
  if (m.length !== 1 || m[0]!.length !== 1) {
    throw new InputError(
      text(`${rule.name} must be a single cell, not a range.`, `${rule.name} 必须是单个单元格，不能是区域。`),
    );
  }
  return checkNumber(m[0]![0], rule);
}

/** Marks "a range of several cells" where one cell was expected. */
const RANGE: unique symbol = Symbol("range");

/** The value of a one-cell argument (omitted → `null`/`undefined`), or {@link RANGE}. */
function singleCell(arg: Arg): unknown {
  const m = asMatrix(arg);
  return m.length === 1 && m[0]!.length === 1 ? cellValue(m[0]![0]) : RANGE;
}

/** Reads an optional TRUE/FALSE argument (also 1/0); `null` gives `fallback`. */
export function readBoolean(arg: Arg, name: string, fallback: boolean): boolean {
  const v = singleCell(arg);
  if (v !== RANGE && isBlank(v)) return fallback;
  if (typeof v === "boolean") return v;
  if (v === 0 || v === 1) return v === 1;
  if (typeof v === "string" && /^(true|false)$/i.test(v.trim())) return v.trim().toLowerCase() === "true";
  throw new InputError(text(`${name} must be TRUE or FALSE.`, `${name} 必须是 TRUE 或 FALSE。`));
}

/** Reads an optional text choice (case-insensitive); `null` gives the first choice. */
export function readChoice<T extends string>(arg: Arg, name: string, choices: readonly T[]): T {
  const v = singleCell(arg);
  if (v !== RANGE && isBlank(v)) return choices[0]!;
  const found = typeof v === "string" ? choices.find((c) => c.toLowerCase() === v.trim().toLowerCase()) : undefined;
  if (found !== undefined) return found;
  const list = choices.map((c) => `"${c}"`).join(", ");
  throw new InputError(text(`${name} must be one of ${list}.`, `${name} 必须是 ${list} 之一。`));
}

/**
 * Reads a range as a list of numbers in reading order (row by row). Blank cells at the end are
 * dropped (a list typed into a longer range); a blank in the middle is an error.
 */
export function readList(arg: Arg, rule: NumberRule): number[] {
  const flat = asMatrix(arg).flat().map(cellValue);
  while (flat.length > 0 && isBlank(flat[flat.length - 1])) flat.pop();
  if (flat.length === 0) {
    throw new InputError(text(`${rule.name} needs at least one value.`, `${rule.name} 至少需要一个值。`));
  }
  const { default: _ignored, ...required } = rule; // a blank inside a list is never defaulted
  return flat.map((v, i) => checkNumber(v, required, `#${i + 1}`));
}

/** Where a cell sits in a range, for messages: `#3` in a single column or row, else `R2C3`. */
function cellPosition(r: number, c: number, rows: number, cols: number): string {
  if (cols === 1) return `#${r + 1}`;
  if (rows === 1) return `#${c + 1}`;
  return `R${r + 1}C${c + 1}`;
}

/**
 * Broadcasts arguments of one shape with single values and computes each cell.
 * - Single-cell arguments are checked once: a bad one is an `InputError` for the whole formula.
 * - Range arguments must all have the same shape; the result has that shape.
 * - A bad cell in a range gives an error in that result cell only; a blank cell gives a blank.
 * - An `InputError` thrown by `compute` (e.g. "no answer") lands in that cell.
 *
 * @example broadcast([{ arg: [[100], [200]], rule: VOLUME }, { arg: [[180]], rule: AHT }], ([v, h]) => v * h / 600)
 *          // → [[30], [60]]
 */
export function broadcast(
  args: ReadonlyArray<{ arg: Arg; rule: NumberRule }>,
  compute: (values: number[]) => number,
): SpillCell[][] {
  const matrices = args.map(({ arg }) => asMatrix(arg));
  let rows = 1;
  let cols = 1;
  let shapeOf: string | undefined;
  matrices.forEach((m, i) => {
    const r = m.length;
    const c = m[0]!.length;
    if (r === 1 && c === 1) return;
    if (shapeOf !== undefined && (r !== rows || c !== cols)) {
      const a = shapeOf;
      const b = args[i]!.rule.name;
      throw new InputError(
        text(
          `${a} and ${b} are ranges of different sizes (${rows}×${cols} and ${r}×${c}); use ranges of one size or single cells.`,
          `${a} 与 ${b} 的区域大小不同（${rows}×${cols} 与 ${r}×${c}）；请使用相同大小的区域或单个单元格。`,
        ),
      );
    }
    rows = r;
    cols = c;
    shapeOf = args[i]!.rule.name;
  });
  // Single values: checked once, an error fails the whole formula.
  const scalars = matrices.map((m, i) => (m.length === 1 && m[0]!.length === 1 ? checkNumber(m[0]![0], args[i]!.rule) : NaN));
  const single = rows === 1 && cols === 1;
  const out: SpillCell[][] = [];
  for (let r = 0; r < rows; r++) {
    const line: SpillCell[] = [];
    for (let c = 0; c < cols; c++) {
      try {
        let blank = false;
        const values = matrices.map((m, i) => {
          if (m.length === 1 && m[0]!.length === 1) return scalars[i]!;
          const v = cellValue(m[r]![c]);
          if (isBlank(v)) {
            blank = true;
            return NaN;
          }
          return checkNumber(v, args[i]!.rule, cellPosition(r, c, rows, cols));
        });
        line.push(blank ? "" : finite(compute(values)));
      } catch (e) {
        if (single || !(e instanceof InputError)) throw e;
        line.push(e);
      }
    }
    out.push(line);
  }
  return out;
}
