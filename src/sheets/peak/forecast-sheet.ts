/**
 * The plan's 预测 / Forecast sheet: the past event days with their uplifts, the uplift the plan uses
 * (an input, prefilled with the combined past uplift), this year's event days with their share of
 * the main day, and per slot `baseline × uplift × share × shape` as native formulas, so the
 * headcount, hiring and roster sheets follow a changed uplift everywhere the file is recalculated.
 */
import type { PeakPlanInput, PeakPlanNumbers } from "../../core/peak";
import { format, type Locale } from "../../i18n/locale";
import { PEAK_TEXT } from "../../i18n/peak";
import { SheetBuilder } from "../builder";
import { a1, type SheetSpec } from "../spec";
import { FORMATS, STYLES } from "../styles";
import { eventDayLabel } from "./labels";
import { PEAK_IDS } from "./layout";

/** Input cells (column B) other sheets read. */
export const FORECAST_CELLS = { baseline: a1(4, 1, true), combine: a1(5, 1, true), combined: a1(6, 1, true), uplift: a1(7, 1, true), mainTotal: a1(8, 1, true) } as const;

/** Where this year's forecast of event day `day` sits: rows from `firstRow`, one per slot. */
export function forecastLayout(years: number, days: number) {
  const headerRow = 5 + Math.max(years, days, 4) + 2;
  const firstRow = headerRow + 1;
  // Past days, this year's days, then the shape: the chart reads the first two as one block.
  return { headerRow, firstRow, shapeCol: 1 + years + days, forecastCol: (day: number) => 1 + years + day, dayTableRow: (day: number) => 5 + day };
}

const COMPUTED_INT = { ...STYLES.computed, numFmt: "#,##0" };

export function buildPlanForecastSheet(input: PeakPlanInput, plan: PeakPlanNumbers, locale: Locale, sample: boolean): SheetSpec {
  const t = PEAK_TEXT[locale];
  const tf = t.forecast;
  const f = input.forecast;
  const years = f.pastDays.length;
  const days = input.calendar.eventDays.length;
  const slots = plan.shape.length;
  const L = forecastLayout(years, days);
  const lastRow = L.firstRow + slots - 1;
  const column = (col: number) => `${a1(L.firstRow, col)}:${a1(lastRow, col)}`;
  const b = new SheetBuilder(PEAK_IDS.forecast, tf.name);

  b.value(0, 0, tf.title, STYLES.title).merge(0, 0, 0, 6);
  b.value(1, 0, [sample ? t.sampleNote : "", t.linkedNote].filter(Boolean).join(" "), STYLES.note).merge(1, 0, 1, 12);
  b.height(1, 30);

  // Inputs.
  b.value(3, 0, tf.inputs, STYLES.subHeader).merge(3, 0, 3, 1);
  b.value(4, 0, tf.baseline, STYLES.label).input(4, 1, f.baseline, { numFmt: "#,##0" });
  b.validate({ range: { top: 4, left: 1, bottom: 4, right: 1 }, rule: { type: "decimal", min: 1, max: 1e8 }, allowBlank: false });
  b.value(5, 0, tf.combine, STYLES.label).input(5, 1, f.combine);
  b.validate({ range: { top: 5, left: 1, bottom: 5, right: 1 }, rule: { type: "list", values: ["mean", "max", "last"] }, allowBlank: false });

  // Past event days: baselines, totals, uplifts (columns D–G).
  const pc = 3;
  b.value(3, pc, tf.pastYears, STYLES.subHeader).merge(3, pc, 3, pc + 3);
  b.row(4, pc, [tf.year, tf.pastBaseline, tf.eventTotal, tf.upliftHeader], STYLES.header);
  f.pastLabels.forEach((label, y) => {
    const row = 5 + y;
    b.value(row, pc, label, { border: "thin" });
    b.input(row, pc + 1, f.pastBaselines[y]!, { numFmt: "#,##0" });
    b.formula(row, pc + 2, `SUM(${column(1 + y)})`, COMPUTED_INT);
    b.formula(row, pc + 3, `${a1(row, pc + 2)}/${a1(row, pc + 1)}`, { ...STYLES.computed, numFmt: FORMATS.decimal2 });
  });
  const uplifts = `${a1(5, pc + 3, true)}:${a1(4 + years, pc + 3, true)}`;
  b.value(6, 0, tf.combinedUplift, STYLES.label);
  b.formula(6, 1, `IF(${FORECAST_CELLS.combine}="max",MAX(${uplifts}),IF(${FORECAST_CELLS.combine}="last",${a1(4 + years, pc + 3, true)},AVERAGE(${uplifts})))`, {
    ...STYLES.computed,
    numFmt: FORMATS.decimal2,
  });
  b.value(7, 0, tf.uplift, STYLES.label);
  b.set(7, 1, plan.uplift, { ...STYLES.input, numFmt: "0.00" }, { note: tf.upliftNote });
  b.validate({ range: { top: 7, left: 1, bottom: 7, right: 1 }, rule: { type: "decimal", min: 0.01, max: 1000 }, allowBlank: false });
  b.value(8, 0, tf.mainTotal, STYLES.label);
  b.formula(8, 1, `${FORECAST_CELLS.baseline}*${FORECAST_CELLS.uplift}`, COMPUTED_INT);

  // This year's event days (columns I–L).
  const dc = pc + 5;
  b.value(3, dc, tf.days, STYLES.subHeader).merge(3, dc, 3, dc + 3);
  b.row(4, dc, [tf.day, tf.date, tf.share, tf.dayTotal], STYLES.header);
  input.calendar.eventDays.forEach((d, i) => {
    const row = L.dayTableRow(i);
    b.value(row, dc, eventDayLabel(input.calendar, i, plan.mainDay, locale), { border: "thin" });
    b.value(row, dc + 1, d.date, { border: "thin", numFmt: FORMATS.date });
    b.input(row, dc + 2, d.share, { numFmt: FORMATS.percent0 });
    b.formula(row, dc + 3, `SUM(${column(L.forecastCol(i))})`, COMPUTED_INT);
  });
  b.validate({ range: { top: 5, left: dc + 2, bottom: 4 + days, right: dc + 2 }, rule: { type: "decimal", min: 0.01, max: 2 }, allowBlank: false });
  b.height(4, 32);

  // Per slot: past days (inputs), the shape (values), this year's forecast per event day.
  b.value(L.headerRow - 1, 0, tf.slots, STYLES.subHeader).merge(L.headerRow - 1, 0, L.headerRow - 1, L.shapeCol);
  b.row(L.headerRow, 0, [tf.time, ...f.pastLabels, ...input.calendar.eventDays.map((_, i) => format(tf.forecastOf, { day: eventDayLabel(input.calendar, i, plan.mainDay, locale) }))], STYLES.header);
  b.set(L.headerRow, L.shapeCol, tf.shape, STYLES.header, { note: tf.shapeNote });
  b.height(L.headerRow, 48);
  for (let s = 0; s < slots; s++) {
    const row = L.firstRow + s;
    b.value(row, 0, s / slots, { ...STYLES.computed, numFmt: FORMATS.time });
    f.pastDays.forEach((day, y) => b.input(row, 1 + y, day[s]!, { numFmt: FORMATS.integer }));
    b.value(row, L.shapeCol, plan.shape[s]!, { ...STYLES.computed, numFmt: "0.000%" });
    input.calendar.eventDays.forEach((_, i) => {
      const share = a1(L.dayTableRow(i), dc + 2, true);
      b.formula(row, L.forecastCol(i), `${FORECAST_CELLS.baseline}*${FORECAST_CELLS.uplift}*${share}*${a1(row, L.shapeCol)}`, { ...STYLES.computed, numFmt: FORMATS.decimal1 });
    });
  }
  b.chart({
    type: "line",
    title: tf.chart,
    source: { top: L.headerRow, left: 0, bottom: lastRow, right: L.forecastCol(days - 1) },
    seriesBy: "columns",
    anchor: { row: L.headerRow, col: L.shapeCol + 2, widthCols: 9, heightRows: 22 },
  });
  b.widths(0, [34, ...f.pastLabels.map(() => 11), ...input.calendar.eventDays.map(() => 16), 11]);
  b.widths(pc, [12, 14, 14, 10]);
  b.widths(dc, [18, 12, 12, 14]);
  b.freeze(L.firstRow, 1);
  b.print({ paper: "A4", orientation: "landscape", fitToWidth: true, repeatRows: { first: L.headerRow, last: L.headerRow } });
  return b.build();
}
