/**
 * The 预测 / Forecast sheet: inputs, the past event days with their uplifts, this year's slots
 * (forecast, lower, upper) from `CS.EVENTFORECAST`, people per hour by the capacity rule (docs/reference/staffing.md)
 * (`CS.CAPACITYAGENTS`), a backtest of the method on the last past year and a chart of the past
 * years against this year.
 *
 * Like the headcount sheet it uses `CS.*` on purpose: in Excel it stays live. For a file that must
 * open anywhere (the .xlsx download, the sample workbook) pass `computed` and the same layout is
 * written with those numbers in the `CS.*` cells. Native formulas (totals, uplifts) stay formulas.
 */
import { format, type Locale } from "../../i18n/locale";
import { FORECAST_TEXT } from "../../i18n/forecast";
import { SheetBuilder } from "../builder";
import { a1, sheetRef, type CellStyle, type SheetSpec } from "../spec";
import { FORMATS, STYLES } from "../styles";
import { BASELINE_DAYS, HOURS_PER_DAY, slotsPerHour, type ForecastSheetInput, type ForecastValues } from "./compute-forecast";

export const FORECAST_SHEET_ID = "forecast";
export const RECENT_SHEET_ID = "forecastRecent";
/** First data row of the recent-days sheet (below its title, note and header). */
const RECENT_FIRST_ROW = 4;

const COMPUTED: CellStyle = { ...STYLES.computed, numFmt: FORMATS.integer };

/** Where everything sits, from the number of past years. */
export function forecastLayout(years: number, slots: number) {
  const pastFirstRow = 5;
  const combinedRow = pastFirstRow + years;
  const slotTitleRow = combinedRow + 4;
  const headerRow = slotTitleRow + 1;
  const firstRow = headerRow + 1;
  const forecastCol = 1 + years;
  const backtestCol = forecastCol + 3;
  const hourCol = backtestCol + 2;
  return { pastFirstRow, combinedRow, slotTitleRow, headerRow, firstRow, lastRow: firstRow + slots - 1, forecastCol, backtestCol, hourCol };
}

/** Input cells (column B). */
const ROW = { eventDay: 4, baseline: 5, combine: 6, level: 7, perAgentHour: 8, automation: 9 } as const;

export function buildForecastSheet(input: ForecastSheetInput, locale: Locale, computed?: ForecastValues): SheetSpec {
  const t = FORECAST_TEXT[locale].sheet;
  const years = input.pastDays.length;
  const slots = input.pastDays[0]!.length;
  const perHour = slotsPerHour(input);
  const L = forecastLayout(years, slots);
  const b = new SheetBuilder(FORECAST_SHEET_ID, t.name);
  const cell = (row: number, col = 1) => a1(row, col, true);
  const column = (col: number) => `${a1(L.firstRow, col)}:${a1(L.lastRow, col)}`;
  const yearCol = (y: number) => 1 + y;
  /** A CS.* formula, or its number in the static variant. */
  const live = (row: number, col: number, formula: string, value: number | undefined, style: CellStyle) =>
    computed ? b.value(row, col, value ?? null, style) : b.formula(row, col, formula, style);

  b.value(0, 0, t.title, STYLES.title).merge(0, 0, 0, 6);
  const notes = [...(input.sample ? [t.sampleNote] : []), ...(computed ? [t.staticNote] : [])];
  if (notes.length > 0) b.value(1, 0, notes.join(" "), STYLES.note).merge(1, 0, 1, 10);
  b.height(1, 30);

  // Inputs.
  b.value(3, 0, t.inputs, STYLES.subHeader).merge(3, 0, 3, 1);
  b.value(ROW.eventDay, 0, t.eventDay, STYLES.label).input(ROW.eventDay, 1, input.eventLabel);
  b.value(ROW.baseline, 0, t.baseline, STYLES.label);
  if (input.baseline.kind === "typed") b.input(ROW.baseline, 1, input.baseline.value, { numFmt: "#,##0" });
  else {
    const formula = `SUM(CS.FORECAST(${input.baseline.address},${slots},${BASELINE_DAYS * slots}))/${BASELINE_DAYS}`;
    b.set(ROW.baseline, 1, computed ? computed.baseline : { formula }, { ...STYLES.computed, numFmt: "#,##0" }, { note: t.baselineNote });
  }
  b.value(ROW.combine, 0, t.combine, STYLES.label).input(ROW.combine, 1, input.combine);
  b.validate({ range: { top: ROW.combine, left: 1, bottom: ROW.combine, right: 1 }, rule: { type: "list", values: ["mean", "max", "last"] }, allowBlank: false });
  b.value(ROW.level, 0, t.level, STYLES.label).input(ROW.level, 1, input.level, { numFmt: FORMATS.percent0 });
  b.validate({ range: { top: ROW.level, left: 1, bottom: ROW.level, right: 1 }, rule: { type: "decimal", min: 0.01, max: 0.99 }, allowBlank: false });
  b.value(ROW.perAgentHour, 0, t.perAgentHour, STYLES.label).input(ROW.perAgentHour, 1, input.perAgentHour, { numFmt: FORMATS.integer });
  b.validate({ range: { top: ROW.perAgentHour, left: 1, bottom: ROW.perAgentHour, right: 1 }, rule: { type: "decimal", min: 1, max: 100_000 }, allowBlank: false });
  b.value(ROW.automation, 0, t.automation, STYLES.label).input(ROW.automation, 1, input.automationRate, { numFmt: FORMATS.percent0 });
  b.validate({ range: { top: ROW.automation, left: 1, bottom: ROW.automation, right: 1 }, rule: { type: "decimal", min: 0, max: 1 }, allowBlank: false });

  // Past event days: baselines (inputs), totals and uplifts (native formulas), the combined uplift.
  const pc = 3; // columns D–G
  b.value(3, pc, t.pastYears, STYLES.subHeader).merge(3, pc, 3, pc + 3);
  b.row(4, pc, [t.year, t.pastBaseline, t.eventTotal, t.uplift], STYLES.header);
  b.height(4, 36);
  input.pastLabels.forEach((label, y) => {
    const row = L.pastFirstRow + y;
    b.input(row, pc, label).input(row, pc + 1, input.pastBaselines[y]!, { numFmt: "#,##0" });
    b.formula(row, pc + 2, `SUM(${column(yearCol(y))})`, { ...COMPUTED, numFmt: "#,##0" });
    b.formula(row, pc + 3, `${a1(row, pc + 2)}/${a1(row, pc + 1)}`, { ...STYLES.computed, numFmt: FORMATS.decimal2 });
  });
  const uplifts = `${cell(L.pastFirstRow, pc + 3)}:${cell(L.combinedRow - 1, pc + 3)}`;
  const lastUplift = cell(L.combinedRow - 1, pc + 3);
  const combine = cell(ROW.combine);
  b.value(L.combinedRow, pc, t.combined, STYLES.label).merge(L.combinedRow, pc, L.combinedRow, pc + 2);
  b.formula(L.combinedRow, pc + 3, `IF(${combine}="max",MAX(${uplifts}),IF(${combine}="last",${lastUplift},AVERAGE(${uplifts})))`, { ...STYLES.computed, numFmt: FORMATS.decimal2 });
  b.value(L.combinedRow + 1, pc, t.forecastTotal, STYLES.label).merge(L.combinedRow + 1, pc, L.combinedRow + 1, pc + 2);
  b.formula(L.combinedRow + 1, pc + 3, `${cell(ROW.baseline)}*${cell(L.combinedRow, pc + 3)}`, { ...COMPUTED, numFmt: "#,##0" });
  b.value(L.combinedRow + 2, pc, t.check, STYLES.label).merge(L.combinedRow + 2, pc, L.combinedRow + 2, pc + 2);
  b.formula(L.combinedRow + 2, pc + 3, `SUM(${column(L.forecastCol)})`, { ...COMPUTED, numFmt: "#,##0" });

  // This year's slots: past days (values), the spilled forecast, the backtest column.
  const lastLabel = input.pastLabels[years - 1] ?? "";
  b.value(L.slotTitleRow, 0, t.slots, STYLES.subHeader).merge(L.slotTitleRow, 0, L.slotTitleRow, L.forecastCol + 2);
  b.row(L.headerRow, 0, [t.time, ...input.pastLabels, `${t.forecast} ${input.eventLabel}`, t.lower, t.upper], STYLES.header);
  if (years >= 2) b.value(L.headerRow, L.backtestCol, format(t.backtestColumn, { year: lastLabel }), STYLES.header);
  b.height(L.headerRow, 48);
  const pastRange = `${a1(L.firstRow, 1)}:${a1(L.lastRow, years)}`;
  const baselines = `${cell(L.pastFirstRow, pc + 1)}:${cell(L.combinedRow - 1, pc + 1)}`;
  for (let s = 0; s < slots; s++) {
    const row = L.firstRow + s;
    b.value(row, 0, s / slots, { ...STYLES.computed, numFmt: FORMATS.time });
    input.pastDays.forEach((day, y) => b.input(row, yearCol(y), day[s]!, { numFmt: FORMATS.integer }));
    if (computed) {
      b.value(row, L.forecastCol, computed.event.forecast[s]!, COMPUTED);
      b.value(row, L.forecastCol + 1, computed.event.lower[s]!, COMPUTED);
      b.value(row, L.forecastCol + 2, computed.event.upper[s]!, COMPUTED);
      if (computed.backtest) b.value(row, L.backtestCol, computed.backtest.forecast[s]!, COMPUTED);
    } else {
      for (let k = 0; k < 3; k++) b.style({ top: row, left: L.forecastCol + k, bottom: row, right: L.forecastCol + k }, COMPUTED);
      if (years >= 2) b.style({ top: row, left: L.backtestCol, bottom: row, right: L.backtestCol }, COMPUTED);
    }
  }
  if (!computed) {
    // One spilled formula fills forecast, lower and upper for every slot.
    b.formula(L.firstRow, L.forecastCol, `CS.EVENTFORECAST(${pastRange},${baselines},${cell(ROW.baseline)},${combine},${cell(ROW.level)})`, COMPUTED);
    if (years >= 2) {
      const before = `${a1(L.firstRow, 1)}:${a1(L.lastRow, years - 1)}`;
      const beforeBaselines = `${cell(L.pastFirstRow, pc + 1)}:${cell(L.combinedRow - 2, pc + 1)}`;
      b.formula(L.firstRow, L.backtestCol, `CS.EVENTFORECAST(${before},${beforeBaselines},${cell(L.combinedRow - 1, pc + 1)},${combine})`, COMPUTED);
    }
  }

  // Per hour: forecast, people (capacity rule), last year against its backtest.
  const hc = L.hourCol;
  b.value(L.slotTitleRow, hc, t.hours, STYLES.subHeader).merge(L.slotTitleRow, hc, L.slotTitleRow, hc + (years >= 2 ? 5 : 2));
  b.row(L.headerRow, hc, [t.hour, t.hourForecast, t.people], STYLES.header);
  if (years >= 2) {
    b.row(L.headerRow, hc + 3, [format(t.lastYear, { year: lastLabel }), format(t.lastYearForecast, { year: lastLabel }), t.hourError], STYLES.header);
  }
  const slotRange = (col: number, h: number) => `${a1(L.firstRow + h * perHour, col)}:${a1(L.firstRow + (h + 1) * perHour - 1, col)}`;
  for (let h = 0; h < HOURS_PER_DAY; h++) {
    const row = L.firstRow + h;
    b.value(row, hc, h / HOURS_PER_DAY, { ...STYLES.computed, numFmt: FORMATS.time });
    b.formula(row, hc + 1, `SUM(${slotRange(L.forecastCol, h)})`, COMPUTED);
    live(row, hc + 2, `CS.CAPACITYAGENTS(${a1(row, hc + 1)},${cell(ROW.perAgentHour)},3600,${cell(ROW.automation)})`, computed?.people[h], COMPUTED);
    if (years >= 2) {
      b.formula(row, hc + 3, `SUM(${slotRange(years, h)})`, COMPUTED);
      b.formula(row, hc + 4, `SUM(${slotRange(L.backtestCol, h)})`, COMPUTED);
      b.formula(row, hc + 5, `IF(${a1(row, hc + 3)}>0,ABS(${a1(row, hc + 4)}-${a1(row, hc + 3)})/${a1(row, hc + 3)},"")`, { ...STYLES.computed, numFmt: FORMATS.percent });
    }
  }

  // Backtest summary, above the hourly table.
  const bc = hc;
  b.value(3, bc, format(t.backtest, { year: lastLabel }), STYLES.subHeader).merge(3, bc, 3, bc + 3);
  if (years >= 2) {
    b.value(4, bc, format(t.backtestExplain, { year: lastLabel, years: input.pastLabels.slice(0, -1).join(", ") }), STYLES.note).merge(4, bc, 4, bc + 3);
    const hours = (col: number) => `${a1(L.firstRow, col)}:${a1(L.firstRow + HOURS_PER_DAY - 1, col)}`;
    const pct = { ...STYLES.computed, numFmt: FORMATS.percent };
    b.value(5, bc, t.wapeDay, STYLES.label).merge(5, bc, 5, bc + 2);
    live(5, bc + 3, `CS.ACCURACY(${column(years)},${column(L.backtestCol)})`, computed?.backtest?.wapeDay, pct);
    b.value(6, bc, t.wapeHour, STYLES.label).merge(6, bc, 6, bc + 2);
    live(6, bc + 3, `CS.ACCURACY(${hours(hc + 3)},${hours(hc + 4)})`, computed?.backtest?.wapeHour, pct);
    b.value(7, bc, t.bias, STYLES.label).merge(7, bc, 7, bc + 2);
    live(7, bc + 3, `CS.ACCURACY(${column(years)},${column(L.backtestCol)},"BIAS")`, computed?.backtest?.bias, pct);
  } else b.value(4, bc, t.noBacktest, STYLES.note).merge(4, bc, 4, bc + 3);

  b.chart({
    type: "line",
    title: t.chart,
    source: { top: L.headerRow, left: 0, bottom: L.lastRow, right: L.forecastCol },
    seriesBy: "columns",
    anchor: { row: L.firstRow + HOURS_PER_DAY + 2, col: hc, widthCols: 8, heightRows: 20 },
  });
  b.widths(0, [34, ...input.pastLabels.map(() => 12), 14, 10, 10, 14, 14]);
  b.widths(pc, [14, 16, 14, 16]);
  b.widths(hc, [12, 12, 12, 12, 12, 10]);
  b.column(L.backtestCol + 1, { width: 3 });
  b.freeze(L.firstRow, 1);
  b.print({ paper: "A4", orientation: "landscape", fitToWidth: true, repeatRows: { first: L.headerRow, last: L.headerRow } });
  return b.build();
}

/** The recent normal days as a sheet (date, time, count per slot); the sample's only. */
export function buildRecentSheet(values: readonly number[], startSerial: number, season: number, locale: Locale, sample: boolean): SheetSpec {
  const t = FORECAST_TEXT[locale].sheet;
  const b = new SheetBuilder(RECENT_SHEET_ID, t.recentName);
  b.value(0, 0, t.recentTitle, STYLES.title).merge(0, 0, 0, 4);
  if (sample) b.value(1, 0, t.sampleNote, STYLES.note).merge(1, 0, 1, 6);
  b.row(RECENT_FIRST_ROW - 1, 0, [t.date, t.time, t.contacts], STYLES.header);
  values.forEach((v, i) => {
    const row = RECENT_FIRST_ROW + i;
    b.value(row, 0, startSerial + Math.floor(i / season), { numFmt: FORMATS.date });
    b.value(row, 1, (i % season) / season, { numFmt: FORMATS.time });
    b.input(row, 2, v, { numFmt: FORMATS.integer });
  });
  b.widths(0, [12, 8, 10]);
  b.freeze(RECENT_FIRST_ROW, 0);
  return b.build();
}

/** The reference a formula uses for the counts of {@link buildRecentSheet}. */
export function recentSheetAddress(count: number): string {
  return `${sheetRef(RECENT_SHEET_ID)}!$C$${RECENT_FIRST_ROW + 1}:$C$${RECENT_FIRST_ROW + count}`;
}

