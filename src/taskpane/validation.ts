/**
 * Form checks shared by the panels. Each returns the plain-language message to show under the
 * field (Fluent `Field validationMessage`), or undefined when the input is fine.
 */
import { fitsRule, parseNumberText, type NumberRule } from "../core/rules/number-rule";
import { format } from "../i18n/locale";
import type { Scalar } from "../sheets/spec";
import type { TaskpaneText } from "../i18n/taskpane";
import { parseAddress } from "./host/range-address";

/** A form field's rule: the same {@link NumberRule} as the functions and the core, with both ends stated. */
export type NumberLimits = NumberRule & { min: number; max: number };

/** The number typed into a field, or undefined when it is not a number within the limits. */
export function parseNumberField(raw: string, limits: NumberLimits): number | undefined {
  const n = parseNumberText(raw);
  return n !== undefined && fitsRule(n, limits) ? n : undefined;
}

/**
 * The message under a number field: required when empty, "not a number" for text such as "1e"
 * or "-", else the allowed range.
 */
export function numberFieldMessage(raw: string, limits: NumberLimits, text: TaskpaneText): string | undefined {
  if (parseNumberField(raw, limits) !== undefined) return undefined;
  if (raw.trim() === "") return text.common.required;
  if (parseNumberText(raw) === undefined) return format(text.common.notNumber, { value: raw.trim() });
  return format(limits.integer ? text.common.wholeBetween : text.common.numberBetween, { min: limits.min, max: limits.max });
}

export function rangeFieldMessage(raw: string, text: TaskpaneText): string | undefined {
  if (raw.trim() === "") return text.common.required;
  return parseAddress(raw) ? undefined : text.common.rangeAddress;
}

/** Result of reading a column of numbers: the numbers, or the message for the first bad row. */
export type ColumnRead = { ok: true; numbers: number[] } | { ok: false; message: string };

export interface ColumnMessages {
  notNumber: string;
  negative?: string;
  rows: string;
  columns: string;
}

/**
 * Reads one column of non-negative numbers (volumes, agents per slot). Blank cells are an error,
 * not a silent zero: a forecast with holes would understaff those slots.
 */
export function readNumberColumn(
  values: readonly (readonly Scalar[])[],
  messages: ColumnMessages,
  rows: { min: number; max: number },
  integer = false,
): ColumnRead {
  if (values.some((row) => row.length !== 1)) return { ok: false, message: messages.columns };
  if (values.length < rows.min || values.length > rows.max) return { ok: false, message: format(messages.rows, { rows: values.length }) };
  const numbers: number[] = [];
  for (const [i, row] of values.entries()) {
    const v = row[0];
    const n = typeof v === "number" ? v : typeof v === "string" && v.trim() !== "" ? Number(v) : NaN;
    if (!Number.isFinite(n) || (integer && !Number.isInteger(n))) {
      return { ok: false, message: format(messages.notNumber, { row: i + 1, value: v === null || v === undefined ? "" : String(v) }) };
    }
    if (n < 0) return { ok: false, message: format(messages.negative ?? messages.notNumber, { row: i + 1, value: String(v) }) };
    numbers.push(n);
  }
  return { ok: true, numbers };
}
