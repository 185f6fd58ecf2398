/**
 * The plan's 作战地图 / Peak map: the calendar as a table and a bar per stage over the days, the
 * key figures read from the other sheets by formula (so they follow a changed forecast), a live
 * verdict per event-day roster computed from its gap row, and a link to every sheet of the plan.
 */
import type { PeakCalendar } from "../../core/peak";
import { format, type Locale } from "../../i18n/locale";
import { PEAK_TEXT } from "../../i18n/peak";
import { SheetBuilder } from "../builder";
import { a1, columnLetter, sheetRef, type SheetSpec } from "../spec";
import { COLORS, FORMATS, STYLES } from "../styles";
import { FORECAST_CELLS } from "./forecast-sheet";
import { peopleNeededRef } from "./headcount-sheet";
import { PEAK_IDS } from "./layout";
import { FIRST_PERSON_ROW } from "../roster";
import { shortDate } from "./labels";

const STAGE_FILL = { training: "#C9DAF8", presale: "#FCE5CD", event: "#F4CCCC", aftersale: "#D9EAD3" } as const;

export interface OverviewInput {
  name: string;
  calendar: PeakCalendar;
  sample: boolean;
  /** The hiring sheet's total-hires cell, e.g. `[[peakHiring]]!$E$22`. */
  totalHiresRef: string;
  /** Per event day: its roster grid's id, gap row and first/last slot column, and how many people it lists. */
  rosters: readonly { gridId: string; gapRow: number; firstCol: number; lastCol: number; people: number }[];
  /** Every sheet of the plan (id and name), in workbook order, for the links. */
  sheets: readonly { id: string; name: string }[];
}

export function buildOverviewSheet(input: OverviewInput, locale: Locale): SheetSpec {
  const t = PEAK_TEXT[locale];
  const to = t.overview;
  const { calendar } = input;
  const b = new SheetBuilder(PEAK_IDS.overview, to.name);
  b.tabColor(COLORS.headerFill);
  b.value(0, 0, format(to.title, { name: input.name }), STYLES.title);
  b.value(1, 0, [input.sample ? t.sampleNote : "", t.linkedNote].filter(Boolean).join(" "), STYLES.note).merge(1, 0, 1, 3);
  b.height(1, 58);

  // Calendar: table and a bar per stage across the days.
  const first = calendar.stages[0]!.start;
  const last = Math.max(...calendar.stages.map((s) => s.end));
  const dayCol = 5;
  b.value(3, 0, to.calendar, STYLES.subHeader).merge(3, 0, 3, 3);
  b.row(4, 0, [to.stage, to.from, to.to, to.daysHeader], STYLES.header);
  for (let day = first; day <= last; day++) {
    b.value(4, dayCol + day - first, day, { ...STYLES.header, numFmt: "d", fontSize: 8 });
    b.column(dayCol + day - first, { width: 3.2 });
  }
  calendar.stages.forEach((stage, i) => {
    const row = 5 + i;
    b.value(row, 0, t.stage[stage.kind], { border: "thin", bold: true });
    b.value(row, 1, stage.start, { border: "thin", numFmt: FORMATS.date });
    b.value(row, 2, stage.end, { border: "thin", numFmt: FORMATS.date });
    b.formula(row, 3, `${a1(row, 2)}-${a1(row, 1)}+1`, { ...STYLES.computed, numFmt: FORMATS.integer });
    const bar = { top: row, left: dayCol, bottom: row, right: dayCol + last - first };
    b.style(bar, { border: "thin" });
    // For the bar's first cell; Excel shifts the relative parts across the bar.
    const dayHeader = `${columnLetter(dayCol)}$5`;
    b.conditional({ range: bar, rule: { type: "expression", formula: `AND(${dayHeader}>=$B${row + 1},${dayHeader}<=$C${row + 1})` }, style: { fill: STAGE_FILL[stage.kind] } });
  });
  let row = 5 + calendar.stages.length + 1;

  // Key figures.
  b.value(row, 0, to.figures, STYLES.subHeader).merge(row, 0, row, 3);
  b.row(++row, 0, [to.figure, to.value, to.where], STYLES.header);
  b.merge(row, 2, row, 3);
  const name = (id: string) => input.sheets.find((s) => s.id === id)?.name ?? id;
  const figure = (label: string, formula: string, numFmt: string, id: string, style = {}) => {
    row++;
    b.value(row, 0, label, STYLES.label);
    b.formula(row, 1, formula, { ...STYLES.computed, numFmt, ...style });
    b.set(row, 2, name(id), { fontColor: "#0563C1", border: "thin" }, { link: `${sheetRef(id)}!A1` }).merge(row, 2, row, 3);
  };
  figure(to.mainForecast, `${sheetRef(PEAK_IDS.forecast)}!${FORECAST_CELLS.mainTotal}`, "#,##0", PEAK_IDS.forecast);
  figure(to.uplift, `${sheetRef(PEAK_IDS.forecast)}!${FORECAST_CELLS.uplift}`, FORMATS.decimal2, PEAK_IDS.forecast);
  calendar.eventDays.forEach((d, i) => figure(format(to.peopleOn, { date: shortDate(d.date, locale) }), peopleNeededRef(i), FORMATS.integer, PEAK_IDS.headcount));
  figure(to.hires, input.totalHiresRef, FORMATS.integer, PEAK_IDS.hiring, { bold: true });
  input.rosters.forEach((r, i) => {
    const date = shortDate(calendar.eventDays[i]!.date, locale);
    row++;
    b.value(row, 0, format(to.rosterPeople, { date }), STYLES.label);
    // Counted from the grid's name column, so a re-solved roster (rows added or removed inside
    // the block of people) is counted again.
    const names = `${sheetRef(r.gridId)}!${a1(FIRST_PERSON_ROW, 0, true)}:${a1(FIRST_PERSON_ROW + Math.max(r.people, 1) - 1, 0, true)}`;
    b.formula(row, 1, `COUNTA(${names})`, { ...STYLES.computed, numFmt: FORMATS.integer });
    b.set(row, 2, name(r.gridId), { fontColor: "#0563C1", border: "thin" }, { link: `${sheetRef(r.gridId)}!A1` }).merge(row, 2, row, 3);
    const gaps = `${sheetRef(r.gridId)}!${a1(r.gapRow, r.firstCol, true)}:${a1(r.gapRow, r.lastCol, true)}`;
    figure(format(to.shortSlots, { date }), `COUNTIF(${gaps},"<0")`, FORMATS.integer, r.gridId, { bold: true });
    b.conditional({ range: { top: row, left: 1, bottom: row, right: 1 }, rule: { type: "cellIs", operator: "greaterThan", formulas: ["0"] }, style: { fill: COLORS.bad, fontColor: COLORS.badText } });
    row++;
    const covered = format(to.verdictCovered, { date });
    const short = format(to.verdictShort, { date });
    b.formula(row, 0, `IF(${a1(row - 1, 1)}=0,"${covered}","${short}")`, { bold: true, wrap: true, border: "thin", vAlign: "top" });
    b.merge(row, 0, row, 3);
    b.height(row, 44);
    b.conditional({ range: { top: row, left: 0, bottom: row, right: 0 }, rule: { type: "expression", formula: `${a1(row - 1, 1, true)}>0` }, style: { fill: COLORS.bad, fontColor: COLORS.badText } });
    b.conditional({ range: { top: row, left: 0, bottom: row, right: 0 }, rule: { type: "expression", formula: `${a1(row - 1, 1, true)}=0` }, style: { fill: COLORS.good, fontColor: COLORS.goodText } });
  });

  // Links to every sheet.
  row += 2;
  b.value(row, 0, to.sheets, STYLES.subHeader).merge(row, 0, row, 3);
  for (const sheet of input.sheets) {
    if (sheet.id === PEAK_IDS.overview) continue;
    row++;
    b.set(row, 0, sheet.name, { fontColor: "#0563C1", border: "thin" }, { link: `${sheetRef(sheet.id)}!A1` }).merge(row, 0, row, 3);
  }
  b.widths(0, [34, 14, 12, 8, 2]);
  b.hideGridlines();
  b.print({ paper: "A4", orientation: "landscape", fitToWidth: true });
  return b.build();
}
