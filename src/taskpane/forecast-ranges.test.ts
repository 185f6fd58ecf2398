import { FORECAST_TEXT } from "../i18n/forecast";
import type { Scalar } from "../sheets/spec";
import { readEventDays } from "./forecast-ranges";

const T = FORECAST_TEXT["en-US"].panel;
const day = (y: number) => Array.from({ length: 24 }, (_, h) => 10 * (y + 1) + h);

/** 24 hourly rows of `years` columns, optionally with a heading row and a blank spacer column after the first. */
function selection(years: number, opts: { heading?: Scalar[]; spacer?: boolean; blankAbove?: number } = {}): Scalar[][] {
  const rows: Scalar[][] = Array.from({ length: 24 }, (_, h) => Array.from({ length: years }, (_, y) => day(y)[h]!));
  const withSpacer = opts.spacer ? rows.map((r) => [r[0]!, null, ...r.slice(1)]) : rows;
  const head = opts.heading ? [opts.spacer ? [opts.heading[0]!, null, ...opts.heading.slice(1)] : opts.heading] : [];
  return [...Array.from({ length: opts.blankAbove ?? 0 }, () => Array<Scalar>(years + (opts.spacer ? 1 : 0)).fill(null)), ...head, ...withSpacer];
}

describe("readEventDays", () => {
  it("reads one column per year", () => {
    expect(readEventDays(selection(2), T)).toEqual({ ok: true, value: { days: [day(0), day(1)] } });
  });

  it("skips a heading row (its words name the years), a blank spacer column and blank rows above", () => {
    const r = readEventDays(selection(3, { heading: ["2023年双11", "2024年双11", "2025年双11"], spacer: true, blankAbove: 2 }), T);
    expect(r).toEqual({ ok: true, value: { days: [day(0), day(1), day(2)], headings: ["2023年双11", "2024年双11", "2025年双11"] } });
  });

  it("years typed as numbers on top are data, so the rows no longer make whole days", () => {
    const r = readEventDays(selection(2, { heading: [2024, 2025] }), T);
    expect(r).toEqual({ ok: false, message: T.slotsPerDay.replace("{rows}", "25") });
  });

  it("names a bad cell by its row in the selection, counting the heading and blank rows", () => {
    const values = selection(2, { heading: ["2024", "2025"].map((y) => `${y} 年`), blankAbove: 1 });
    values[5]![1] = "n/a"; // selection row 6: blank, heading, then slots 1–4
    const r = readEventDays(values, T);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.message).toBe(T.notNumber.replace("{row}", "6").replace("{what}", T.eventWhat).replace("{value}", "n/a"));
  });

  it("a year of zeros under its heading is refused as having no contacts", () => {
    const values = selection(1, { heading: ["2024", "2025"].map((y) => `${y} 年`) }).map((row, r) => (r === 0 ? row : [...row, 0]));
    expect(readEventDays(values, T)).toEqual({ ok: false, message: T.emptyDay.replace("{year}", "2") });
  });
});
