/**
 * Reads the Forecast panel's ranges into the generator's input, or the one plain sentence that
 * says what is wrong with them (which range, which row). Pure: values in, result out — except
 * `readPastEventDays`, which reads the ranges through the host first (Forecast and Peak panels).
 */
import { HOURS_PER_DAY } from "../sheets/forecast/compute-forecast";
import type { Scalar } from "../sheets/spec";
import { format } from "../i18n/locale";
import type { FORECAST_TEXT } from "../i18n/forecast";
import type { TaskpaneText } from "../i18n/taskpane";
import type { WorkbookHost } from "./host/workbook-host";
import { readUserRange } from "./read-range";
import { PlainMessage } from "./use-generator";

type PanelText = (typeof FORECAST_TEXT)["en-US"]["panel"];
type Read<T> = { ok: true; value: T } | { ok: false; message: string };

const blank = (v: Scalar | undefined) => v === null || v === undefined || (typeof v === "string" && v.trim() === "");

/** A count (≥ 0) from a cell, or the message for row `row` of `what`. */
function count(v: Scalar | undefined, row: number, what: string, t: PanelText): Read<number> {
  const n = typeof v === "number" ? v : typeof v === "string" && v.trim() !== "" ? Number(v) : NaN;
  if (!Number.isFinite(n)) return { ok: false, message: format(t.notNumber, { row, what, value: blank(v) ? "" : String(v) }) };
  if (n < 0) return { ok: false, message: format(t.negative, { row, what, value: String(v) }) };
  return { ok: true, value: n };
}

/** A first row with no number in it ("2024年双11", "2025"…) is a heading row, not slot 1. */
const isHeading = (row: readonly Scalar[]) => row.some((v) => !blank(v)) && row.every((v) => blank(v) || (typeof v === "string" && !Number.isFinite(Number(v))));

/**
 * Past event days: one column per year, one row per slot, whole slots per hour, no blanks. A
 * heading row on top is skipped (its words name the years), and blank rows around the data and
 * wholly blank columns are dropped, so a selection with headings or a spacer column reads as meant.
 */
export function readEventDays(values: readonly (readonly Scalar[])[], t: PanelText): Read<{ days: number[][]; headings?: string[] }> {
  let rows = [...values];
  while (rows.length > 0 && rows[rows.length - 1]!.every(blank)) rows.pop();
  // Blank rows above the data count in the user's row numbers.
  let top = 0;
  while (top < rows.length && rows[top]!.every(blank)) top++;
  rows = rows.slice(top);
  const width = rows.reduce((n, row) => Math.max(n, row.length), 0);
  const used = Array.from({ length: width }, (_, c) => c).filter((c) => rows.some((row) => !blank(row[c])));
  rows = rows.map((row) => used.map((c) => row[c] ?? null));
  const heading = rows.length > 0 && isHeading(rows[0]!) ? rows.shift()!.map((v) => (blank(v) ? "" : String(v).trim())) : undefined;
  if (rows.length < HOURS_PER_DAY || rows.length % HOURS_PER_DAY !== 0) return { ok: false, message: format(t.slotsPerDay, { rows: rows.length }) };
  const years = used.length;
  const days: number[][] = Array.from({ length: years }, () => []);
  // Row numbers as the user counts them in the selection (its first row is row 1).
  const offset = top + (heading ? 2 : 1);
  for (const [r, row] of rows.entries()) {
    for (let y = 0; y < years; y++) {
      const c = count(row[y], r + offset, t.eventWhat, t);
      if (!c.ok) return c;
      days[y]!.push(c.value);
    }
  }
  const empty = days.findIndex((d) => d.every((v) => v === 0));
  if (empty >= 0) return { ok: false, message: format(t.emptyDay, { year: empty + 1 }) };
  return { ok: true, value: heading ? { days, headings: heading } : { days } };
}

/** One normal level per past event day, each above 0. */
export function readBaselines(values: readonly (readonly Scalar[])[], days: number, t: PanelText): Read<number[]> {
  const flat = values.flat().filter((v) => !blank(v));
  if (flat.length !== days) return { ok: false, message: format(t.baselineCount, { days, baselines: flat.length }) };
  const out: number[] = [];
  for (const [i, v] of flat.entries()) {
    const c = count(v, i + 1, t.baselineWhat, t);
    if (!c.ok) return c;
    if (c.value <= 0) return { ok: false, message: format(t.baselineZero, { year: i + 1 }) };
    out.push(c.value);
  }
  return { ok: true, value: out };
}

/** Recent normal days: one column, blanks kept as missing, at least two days. */
export function readRecent(values: readonly (readonly Scalar[])[], season: number, t: PanelText): Read<(number | null)[]> {
  if (values.some((row) => row.length !== 1)) return { ok: false, message: t.recentColumns };
  const cells = values.map((row) => row[0]);
  while (cells.length > 0 && blank(cells[cells.length - 1])) cells.pop();
  if (cells.length < 2 * season) return { ok: false, message: format(t.recentShort, { min: 2 * season, rows: cells.length }) };
  const out: (number | null)[] = [];
  for (const [i, v] of cells.entries()) {
    if (blank(v)) {
      out.push(null);
      continue;
    }
    const c = count(v, i + 1, t.recentWhat, t);
    if (!c.ok) return c;
    out.push(c.value);
  }
  return { ok: true, value: out };
}

/** The value of a read, or its message thrown as the pane's plain error. */
export function mustRead<T>(r: Read<T>): T {
  if (!r.ok) throw new PlainMessage(r.message);
  return r.value;
}

/** The past event days, their normal levels and (optional) names, read from the workbook's ranges. */
export async function readPastEventDays(
  host: WorkbookHost,
  ranges: { eventRange: string; baselineRange: string; labelRange: string },
  text: TaskpaneText,
  t: PanelText,
): Promise<{ pastDays: number[][]; pastBaselines: number[]; pastLabels: string[] }> {
  const { days: pastDays, headings } = mustRead(readEventDays((await readUserRange(host, ranges.eventRange, text)).values, t));
  const pastBaselines = mustRead(readBaselines((await readUserRange(host, ranges.baselineRange, text)).values, pastDays.length, t));
  // Names: the label range when given, else the event range's heading row.
  const labels = ranges.labelRange.trim() ? (await readUserRange(host, ranges.labelRange, text)).values.flat().filter((v) => !blank(v)) : (headings ?? []).map((h) => (h === "" ? undefined : h));
  return { pastDays, pastBaselines, pastLabels: pastDays.map((_d, y) => (labels[y] !== undefined ? String(labels[y]) : `#${y + 1}`)) };
}
