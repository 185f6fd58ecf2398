/** Sheet and table names as Excel accepts them: free, valid, unique in the workbook. */
import type { SheetSpec } from "./types";

const INVALID_SHEET_CHARS = /[:\\/?*[\]]/g;

/**
 * The first free sheet name: `wanted`, else `wanted (2)`, `wanted (3)`… (case-insensitive, as Excel
 * compares), trimmed to Excel's 31 characters. Characters Excel forbids (: \ / ? * [ ]) become
 * spaces; a leading or trailing apostrophe is dropped; "History" is reserved by Excel.
 */
export function freeSheetName(wanted: string, taken: Iterable<string>): string {
  const base =
    wanted
      .replace(INVALID_SHEET_CHARS, " ")
      .trim()
      .replace(/^'+|'+$/g, "")
      .trim()
      .slice(0, 31)
      .trim() || "Sheet";
  const used = new Set([...taken].map((n) => n.toLowerCase()));
  used.add("history");
  if (!used.has(base.toLowerCase())) return base;
  for (let i = 2; ; i++) {
    const suffix = ` (${i})`;
    const candidate = base.slice(0, 31 - suffix.length) + suffix;
    if (!used.has(candidate.toLowerCase())) return candidate;
  }
}

/**
 * The names every sheet of a batch will get, keyed by spec id: each spec's wanted name, made free
 * against `taken` (the workbook's existing sheets) and against the names given earlier in the batch.
 * Both writers use it, so `[[id]]` tokens resolve to the same names in Excel and in an .xlsx.
 *
 * @throws Error when two specs share an id (a programming mistake in a generator).
 */
export function planSheetNames(specs: readonly Pick<SheetSpec, "id" | "name">[], taken: Iterable<string>): Map<string, string> {
  const used = [...taken];
  const names = new Map<string, string>();
  for (const spec of specs) {
    if (names.has(spec.id)) throw new Error(`Two sheet specs share the id "${spec.id}"`);
    const name = freeSheetName(spec.name, used);
    used.push(name);
    names.set(spec.id, name);
  }
  return names;
}

/**
 * A valid, unused Excel table name for `wanted`: letters, digits, "_" and "." (other characters
 * become "_"), starting with a letter or "_", not shaped like a cell reference (`QA1`, `R1C1`), and
 * unique case-insensitively among `taken` (`QaLog_2`).
 */
export function freeTableName(wanted: string, taken: Iterable<string>): string {
  let base = wanted.replace(/[^A-Za-z0-9_.\\\u00C0-\uFFFF]/g, "_");
  if (!/^[A-Za-z_\\\u00C0-\uFFFF]/.test(base)) base = `_${base}`;
  if (/^[A-Za-z]{1,3}\d+$/.test(base) || /^[RrCc]\d*$/.test(base) || /^[Rr]\d*[Cc]\d*$/.test(base)) base = `T_${base}`;
  base = base.slice(0, 250);
  const used = new Set([...taken].map((n) => n.toLowerCase()));
  if (!used.has(base.toLowerCase())) return base;
  for (let i = 2; ; i++) {
    const candidate = `${base}_${i}`;
    if (!used.has(candidate.toLowerCase())) return candidate;
  }
}
