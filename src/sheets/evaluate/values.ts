/**
 * Spreadsheet values and Excel's coercion rules, as far as generated formulas need them: blanks,
 * numbers, text, booleans, error values, ranges and arrays; comparison with Excel's type order
 * (numbers < text < booleans) and its 15-digit tolerance.
 */

/** An error value such as #DIV/0!. */
export class XlError {
  constructor(readonly code: "#DIV/0!" | "#N/A" | "#NAME?" | "#NULL!" | "#NUM!" | "#REF!" | "#VALUE!") {}
}

/** One cell's value; `null` is a blank cell (only ever read from a reference). */
export type Scalar = number | string | boolean | XlError | null;

/** A reference to a rectangle of a sheet (0-based, inclusive). */
export interface RangeValue {
  kind: "range";
  sheet: string;
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** A computed array (an operator applied to a range, inside SUMPRODUCT). */
export interface ArrayValue {
  kind: "array";
  rows: Scalar[][];
}

export type Value = Scalar | RangeValue | ArrayValue;

export const VALUE_ERROR = new XlError("#VALUE!");
export const DIV0_ERROR = new XlError("#DIV/0!");
export const NA_ERROR = new XlError("#N/A");

export function isError(v: unknown): v is XlError {
  return v instanceof XlError;
}

export function isRange(v: Value): v is RangeValue {
  return v !== null && typeof v === "object" && !(v instanceof XlError) && v.kind === "range";
}

export function isArray(v: Value): v is ArrayValue {
  return v !== null && typeof v === "object" && !(v instanceof XlError) && v.kind === "array";
}

/** Number as Excel's General format writes it into text: at most 15 significant digits. */
export function numberText(n: number): string {
  if (Number.isInteger(n) && Math.abs(n) < 1e15) return String(n);
  return String(Number(n.toPrecision(15)))
    .replace(/e([+-])(\d)$/, "E$10$2")
    .replace(/e/, "E");
}

export function toNumber(v: Scalar): number | XlError {
  if (typeof v === "number") return v;
  if (v === null) return 0;
  if (typeof v === "boolean") return v ? 1 : 0;
  if (v instanceof XlError) return v;
  const text = v.trim();
  if (text === "") return VALUE_ERROR;
  const percent = text.endsWith("%");
  const n = Number(percent ? text.slice(0, -1) : text);
  if (!Number.isFinite(n)) return VALUE_ERROR;
  return percent ? n / 100 : n;
}

export function toText(v: Scalar): string | XlError {
  if (v === null) return "";
  if (typeof v === "string") return v;
  if (typeof v === "number") return numberText(v);
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  return v;
}

export function toBoolean(v: Scalar): boolean | XlError {
  if (typeof v === "boolean") return v;
  if (typeof v === "number") return v !== 0;
  if (v === null) return false;
  if (v instanceof XlError) return v;
  const upper = v.trim().toUpperCase();
  if (upper === "TRUE") return true;
  if (upper === "FALSE") return false;
  return VALUE_ERROR;
}

/** Equal within Excel's precision (about 15 significant digits). */
export function approxEqual(a: number, b: number): boolean {
  if (a === b) return true;
  return Math.abs(a - b) <= Math.max(Math.abs(a), Math.abs(b)) * 2 ** -48;
}

function typeRank(v: number | string | boolean): number {
  return typeof v === "number" ? 0 : typeof v === "string" ? 1 : 2;
}

/**
 * Compares two scalars as Excel's comparison operators do: a blank takes the other side's empty
 * value (0, "" or FALSE), text compares case-insensitively, and different types order
 * numbers < text < booleans. Returns <0, 0 or >0.
 */
export function compareScalars(a: Exclude<Scalar, XlError>, b: Exclude<Scalar, XlError>): number {
  const blankAs = (other: Exclude<Scalar, XlError>): number | string | boolean =>
    typeof other === "string" ? "" : typeof other === "boolean" ? false : 0;
  const x = a === null ? blankAs(b) : a;
  const y = b === null ? blankAs(a) : b;
  if (typeRank(x) !== typeRank(y)) return typeRank(x) - typeRank(y);
  if (typeof x === "number" && typeof y === "number") return approxEqual(x, y) ? 0 : x - y;
  if (typeof x === "string" && typeof y === "string") {
    const p = x.toLowerCase();
    const q = y.toLowerCase();
    return p === q ? 0 : p < q ? -1 : 1;
  }
  return Number(x) - Number(y);
}
