/**
 * The plan's 人力需求 / Headcount sheet: per slot, each event day's volume read from the forecast
 * sheet by formula and the agents it needs by the capacity rule (docs/reference/staffing.md), as
 * native formulas; per event day the peak, the agent-hours and the people to have on the team; per
 * hour the busiest slot (the chart). The roster's required row and the hiring plan read this sheet.
 */
import { formatClock } from "../../core/clock";
import { CREWS, type PeakPlanInput, type PeakPlanNumbers } from "../../core/peak";
import { format, type Locale } from "../../i18n/locale";
import { PEAK_TEXT } from "../../i18n/peak";
import { SheetBuilder } from "../builder";
import { a1, sheetRef, type SheetSpec } from "../spec";
import { FORMATS, STYLES } from "../styles";
import { forecastLayout } from "./forecast-sheet";
import { ceilTolerantFormula } from "./formulas";
import { eventDayLabel } from "./labels";
import { HEADCOUNT_LAYOUT as L, PEAK_IDS } from "./layout";

const INPUT = { perAgentHour: 4, automation: 5, slotMinutes: 6, absence: 7, breaks: 8 } as const;
const SUMMARY_COL = 3;
const SUMMARY_FIRST_ROW = 5;

/** The cell with the people needed on event day `day` (absolute, with the sheet). */
export function peopleNeededRef(day: number): string {
  return `${sheetRef(PEAK_IDS.headcount)}!${a1(SUMMARY_FIRST_ROW + day, SUMMARY_COL + PEOPLE_OFFSET, true)}`;
}
/** Summary columns after the day: date, forecast, agent-hours, the three crew peaks, people. */
const PEOPLE_OFFSET = 4 + CREWS;

export function buildPlanHeadcountSheet(input: PeakPlanInput, plan: PeakPlanNumbers, locale: Locale, sample: boolean): SheetSpec {
  const t = PEAK_TEXT[locale];
  const th = t.headcount;
  const { calendar, capacity } = input;
  const days = calendar.eventDays.length;
  const slots = plan.shape.length;
  const slotMinutes = 1440 / slots;
  const perHour = slots / 24;
  const lastRow = L.firstRow + slots - 1;
  const fl = forecastLayout(input.forecast.pastDays.length, days);
  const label = (d: number) => eventDayLabel(calendar, d, plan.mainDay, locale);
  const cell = (row: number) => a1(row, 1, true);
  const b = new SheetBuilder(PEAK_IDS.headcount, th.name);

  b.value(0, 0, th.title, STYLES.title).merge(0, 0, 0, 6);
  b.value(1, 0, [sample ? t.sampleNote : "", t.linkedNote].filter(Boolean).join(" "), STYLES.note).merge(1, 0, 1, 10);
  b.height(1, 30);

  b.value(3, 0, th.inputs, STYLES.subHeader).merge(3, 0, 3, 1);
  const inputRow = (row: number, text: string, value: number, numFmt: string, min: number, max: number) => {
    b.value(row, 0, text, STYLES.label).input(row, 1, value, { numFmt });
    b.validate({ range: { top: row, left: 1, bottom: row, right: 1 }, rule: { type: "decimal", min, max }, allowBlank: false });
  };
  inputRow(INPUT.perAgentHour, th.perAgentHour, capacity.perAgentHour, FORMATS.integer, 1, 100_000);
  inputRow(INPUT.automation, th.automation, capacity.automationRate, FORMATS.percent0, 0, 0.99);
  b.value(INPUT.slotMinutes, 0, th.slotMinutes, STYLES.label).value(INPUT.slotMinutes, 1, slotMinutes, STYLES.computed);
  inputRow(INPUT.absence, th.absence, capacity.absence, FORMATS.percent0, 0, 0.5);
  inputRow(INPUT.breaks, th.breaks, capacity.breaks, FORMATS.percent0, 0, 0.5);

  // Slots: volume from the forecast sheet, agents by the capacity rule.
  const perAgentSlot = `(${cell(INPUT.perAgentHour)}*${cell(INPUT.slotMinutes)}/60)`;
  b.row(L.headerRow, 0, [th.time, ...calendar.eventDays.flatMap((_, d) => [format(th.volumeOf, { day: label(d) }), format(th.agentsOf, { day: label(d) })])], STYLES.header);
  b.height(L.headerRow, 48);
  for (let s = 0; s < slots; s++) {
    const row = L.firstRow + s;
    b.value(row, L.timeCol, s / slots, { ...STYLES.computed, numFmt: FORMATS.time });
    for (let d = 0; d < days; d++) {
      b.formula(row, L.volumeCol(d), `${sheetRef(PEAK_IDS.forecast)}!${a1(fl.firstRow + s, fl.forecastCol(d), true)}`, { ...STYLES.computed, numFmt: FORMATS.decimal1 });
      const volume = a1(row, L.volumeCol(d));
      b.formula(row, L.agentsCol(d), ceilTolerantFormula(`${volume}*(1-${cell(INPUT.automation)})/${perAgentSlot}`), { ...STYLES.computed, numFmt: FORMATS.integer, bold: true });
    }
  }
  const column = (col: number) => `${a1(L.firstRow, col)}:${a1(lastRow, col)}`;

  // Per event day.
  const sc = SUMMARY_COL;
  b.value(3, sc, th.summary, STYLES.subHeader).merge(3, sc, 3, sc + PEOPLE_OFFSET);
  const crewLabels = Array.from({ length: CREWS }, (_, c) => format(th.crewPeak, { from: formatClock((c * 1440) / CREWS), to: formatClock(((c + 1) * 1440) / CREWS) }));
  b.row(4, sc, [th.day, th.date, th.volume, th.agentHours, ...crewLabels, th.people], STYLES.header);
  b.set(4, sc + PEOPLE_OFFSET, th.people, STYLES.header, { note: th.peopleNote });
  const crewSlots = slots / CREWS;
  for (let d = 0; d < days; d++) {
    const row = SUMMARY_FIRST_ROW + d;
    b.value(row, sc, label(d), { border: "thin" });
    b.value(row, sc + 1, calendar.eventDays[d]!.date, { border: "thin", numFmt: FORMATS.date });
    b.formula(row, sc + 2, `SUM(${column(L.volumeCol(d))})`, { ...STYLES.computed, numFmt: "#,##0" });
    b.formula(row, sc + 3, `SUM(${column(L.agentsCol(d))})*${cell(INPUT.slotMinutes)}/60`, { ...STYLES.computed, numFmt: FORMATS.decimal1 });
    for (let c = 0; c < CREWS; c++) {
      const col = L.agentsCol(d);
      b.formula(row, sc + 4 + c, `MAX(${a1(L.firstRow + c * crewSlots, col)}:${a1(L.firstRow + (c + 1) * crewSlots - 1, col)})`, { ...STYLES.computed, numFmt: FORMATS.integer });
    }
    b.formula(row, sc + PEOPLE_OFFSET, ceilTolerantFormula(`SUM(${a1(row, sc + 4)}:${a1(row, sc + 3 + CREWS)})/(1-${cell(INPUT.absence)})/(1-${cell(INPUT.breaks)})`), {
      ...STYLES.computed,
      numFmt: FORMATS.integer,
      bold: true,
    });
  }
  b.height(4, 32);

  // Per hour: the busiest slot of each day (what the chart shows).
  const hc = L.agentsCol(days - 1) + 2;
  b.row(L.headerRow, hc, [th.hour, ...calendar.eventDays.map((_, d) => label(d))], STYLES.header);
  b.value(L.headerRow - 1, hc, th.hourly, STYLES.subHeader).merge(L.headerRow - 1, hc, L.headerRow - 1, hc + days);
  for (let h = 0; h < 24; h++) {
    const row = L.firstRow + h;
    b.value(row, hc, formatClock(h * 60), { hAlign: "center", border: "thin" });
    for (let d = 0; d < days; d++) {
      const col = L.agentsCol(d);
      b.formula(row, hc + 1 + d, `MAX(${a1(L.firstRow + h * perHour, col)}:${a1(L.firstRow + (h + 1) * perHour - 1, col)})`, { ...STYLES.computed, numFmt: FORMATS.integer });
    }
  }
  b.chart({
    type: "columnClustered",
    title: th.chart,
    source: { top: L.headerRow, left: hc, bottom: L.firstRow + 23, right: hc + days },
    seriesBy: "columns",
    anchor: { row: L.firstRow + 25, col: hc, widthCols: 8, heightRows: 20 },
  });
  // The summary block shares columns with the slot table below it: one width for both.
  b.widths(0, [30, ...Array.from({ length: Math.max(hc + days, sc + PEOPLE_OFFSET) }, () => 14)]);
  b.freeze(L.firstRow, 1);
  b.print({ paper: "A4", orientation: "portrait", fitToWidth: true, repeatRows: { first: L.headerRow, last: L.headerRow } });
  return b.build();
}
