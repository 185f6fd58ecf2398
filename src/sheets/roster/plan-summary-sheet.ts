/**
 * The plan summary: the roster's verdict (covered or short, from the same numbers as the pane's);
 * status, cost and gap of the solve; one row per (day, shift, start, meal) with how many people
 * work it and its cost (formulas); the slots short of people once names are put on the plan; the
 * positions nobody could take. To the right, per day, required vs planned headcount per slot read
 * from the day's grid, with a line chart beside it.
 */
import { SheetBuilder } from "../builder";
import { a1, sheetRef, type RangeRef, type SheetSpec } from "../spec";
import { COLORS, FORMATS, STYLES } from "../styles";
import { formatClock } from "../../core/clock";
import type { NamedRoster, PlanStatus } from "../../core/roster/types";
import { rosterVerdict, verdictText, verdictWords } from "../../core/roster/verdict";
import { shiftStart } from "../../core/roster/assign-roster";
import { slotsPerDay } from "../../core/roster/shift-options";
import type { Locale } from "../../i18n/locale";
import { rosterString, type RosterStringKey } from "../../i18n/roster";
import { addCoverageBlocks, type CoverageBlock, type GridRef } from "./coverage-block";
import { FIRST_SLOT_COL } from "./roster-grid-sheet";

const STATUS_KEY: Record<PlanStatus, RosterStringKey> = {
  optimal: "statusOptimal",
  gapLimit: "statusGapLimit",
  timeLimit: "statusTimeLimit",
  interrupted: "statusInterrupted",
  greedy: "statusGreedy",
};

/** Column of the per-slot blocks (time, required, planned, gap), right of the plan and a gutter. */
export const COVERAGE_TIME_COL = 8;

/**
 * `grids`: the day grids, in day order, whose required and coverage rows the per-slot blocks read.
 * `linked`: the grids' required rows are formulas that may change after solving (a peak plan), so
 * the solved verdict is labelled as such and a live one, counted from the gap rows, follows it.
 */
export function buildPlanSummarySheet(roster: NamedRoster, locale: Locale, id: string, name: string, grids: readonly GridRef[], linked = false): SheetSpec {
  const plan = roster.plan;
  const scenario = plan.scenario;
  const t = (key: RosterStringKey, v: Record<string, string | number> = {}) => rosterString(locale, key, v);
  const b = new SheetBuilder(id, name);
  b.tabColor(COLORS.headerFill);
  const titled = roster.plan.scenario.name;
  b.value(0, 0, titled ? `${t("planSheet")} — ${titled}` : t("planSheet"), STYLES.title);

  const headers = [t("day"), t("template"), t("start"), t("end"), t("meal"), t("count"), t("costHeader")];
  const headerRow = 6;
  b.row(headerRow, 0, headers, STYLES.header);
  const first = headerRow + 1;
  plan.entries.forEach((e, i) => {
    const row = first + i;
    const template = scenario.shifts[e.option.shift];
    const at = shiftStart(scenario, e.option);
    const start = at.minutes;
    const meal = e.option.mealOffsetSlots;
    b.row(row, 0, [
      t("dayN", { day: at.day + 1 }),
      template?.name ?? "",
      start / 1440,
      (start + (template?.lengthMinutes ?? 0)) / 1440,
      meal === null ? null : ((start + meal * scenario.slotMinutes) % 1440) / 1440,
      e.count,
    ], { border: "thin" });
    b.style({ top: row, left: 2, bottom: row, right: 2 }, { numFmt: FORMATS.time });
    b.style({ top: row, left: 3, bottom: row, right: 3 }, { numFmt: "[h]:mm" });
    b.style({ top: row, left: 4, bottom: row, right: 4 }, { numFmt: FORMATS.time });
    b.formula(row, 6, `${a1(row, 5)}*${template?.cost ?? 0}`, { ...STYLES.computed, numFmt: FORMATS.money });
  });
  const last = first + Math.max(plan.entries.length, 1) - 1;
  const totalRow = last + 1;
  b.value(totalRow, 0, t("totalCost"), STYLES.label);
  b.formula(totalRow, 5, `SUM(${a1(first, 5)}:${a1(last, 5)})`, { ...STYLES.computed, bold: true });
  b.formula(totalRow, 6, `SUM(${a1(first, 6)}:${a1(last, 6)})`, { ...STYLES.computed, bold: true, numFmt: FORMATS.money });

  // The verdict first, in the pane's words: whether the named roster covers the demand, and how short.
  const verdict = rosterVerdict(roster);
  const words = verdictWords(verdict, scenario.slotMinutes, slotsPerDay(scenario) * scenario.days, locale);
  const tone = verdict.covered ? { fill: COLORS.good, fontColor: COLORS.goodText } : { fill: COLORS.warn, fontColor: COLORS.warnText };
  b.value(1, 0, t(linked ? "verdictWhenSolved" : "verdict"), { ...STYLES.label, ...tone, border: "thin" });
  b.value(1, 1, verdictText(words, locale), { ...tone, bold: true, wrap: true, border: "thin", vAlign: "top" }).merge(1, 1, 1, headers.length - 1);
  b.row(2, 0, [t("status"), t(STATUS_KEY[plan.status])], { border: "thin" });
  b.row(3, 0, [t("totalCost"), { formula: a1(totalRow, 6) }], { border: "thin" });
  b.row(4, 0, [t("mipGap"), Number.isFinite(plan.gap) ? plan.gap : null], { border: "thin" });
  b.style({ top: 3, left: 1, bottom: 3, right: 1 }, { numFmt: FORMATS.money });
  b.style({ top: 4, left: 1, bottom: 4, right: 1 }, { numFmt: "0.00%" });
  for (let r = 2; r <= 4; r++) b.style({ top: r, left: 0, bottom: r, right: 0 }, STYLES.label);
  if (linked) {
    const perDay = slotsPerDay(scenario);
    const short = grids.map((g) => `COUNTIF(${sheetRef(g.id)}!${a1(g.layout.gapRow, FIRST_SLOT_COL, true)}:${a1(g.layout.gapRow, FIRST_SLOT_COL + perDay - 1, true)},"<0")`).join("+");
    b.value(5, 0, t("verdictNow"), STYLES.label);
    b.formula(5, 1, short, { bold: true, border: "thin", hAlign: "center" });
    b.formula(5, 2, `IF(${a1(5, 1)}=0,"${t("nowCovered")}","${t("nowShort").trim()}")`, { bold: true, wrap: true, border: "thin" }).merge(5, 2, 5, headers.length - 1);
    b.conditional({ range: { top: 5, left: 1, bottom: 5, right: 2 }, rule: { type: "expression", formula: "$B$6>0" }, style: { fill: COLORS.bad, fontColor: COLORS.badText } });
    b.conditional({ range: { top: 5, left: 1, bottom: 5, right: 2 }, rule: { type: "expression", formula: "$B$6=0" }, style: { fill: COLORS.good, fontColor: COLORS.goodText } });
  }

  const note = (r: number, text: string) => b.value(r, 0, text, { ...STYLES.note, wrap: false }).merge(r, 0, r, headers.length - 1);
  let row = totalRow + 2;
  b.value(row++, 0, t("unmetTitle"), { ...STYLES.subHeader, wrap: false });
  if (verdict.shortSlots.length === 0) note(row++, t("noUnmet"));
  else {
    b.row(row++, 0, [t("day"), t("slotTime"), t("missing")], STYLES.header);
    for (const u of verdict.shortSlots) {
      b.row(row, 0, [t("dayN", { day: u.day + 1 }), (u.slot * scenario.slotMinutes) / 1440, u.missing], { border: "thin" });
      b.style({ top: row, left: 1, bottom: row, right: 1 }, { numFmt: FORMATS.time });
      b.style({ top: row, left: 2, bottom: row, right: 2 }, { fill: COLORS.bad, fontColor: COLORS.badText });
      row++;
    }
  }
  row++;
  b.value(row++, 0, t("unfilledTitle"), { ...STYLES.subHeader, wrap: false });
  if (roster.unfilled.length === 0) note(row++, t("noUnfilled"));
  else {
    b.row(row++, 0, [t("day"), t("template"), t("start"), t("count")], STYLES.header);
    for (const u of roster.unfilled) {
      const template = scenario.shifts[u.option.shift];
      const at = shiftStart(scenario, u.option);
      b.row(row++, 0, [t("dayN", { day: at.day + 1 }), template?.name ?? "", formatClock(at.minutes), u.count], {
        border: "thin",
        fill: COLORS.warn,
      });
    }
  }
  // Right of the plan, starting on its header row (which print repeats); charts below the plan.
  const blocks = addCoverageBlocks(b, scenario, grids, locale, {
    top: headerRow - 1,
    left: COVERAGE_TIME_COL,
    besideLeft: { col: 0, widthCols: headers.length, freeFromRow: row + 1 },
    besideRight: { col: COVERAGE_TIME_COL + 5, widthCols: 7 },
    chartHeightRows: 18,
  });
  b.widths(0, [16, 14, 8, 8, 8, 8, 12, 2, 7, 9, 9, 7, 2, 9, 9, 9, 9, 9, 9, 9]);
  b.freeze(headerRow + 1, 0);
  // Printed at full size, block by block: the plan with the charts below it, then the per-slot
  // tables (each day from a new page), then any charts that had to go right of the tables.
  const bottom = (a: CoverageBlock["chartAnchor"]) => a.row + a.heightRows - 1;
  const left = blocks.filter((x) => x.chartSide === "left").map((x) => bottom(x.chartAnchor));
  const right = blocks.filter((x) => x.chartSide === "right").map((x) => x.chartAnchor);
  const area: RangeRef[] = [{ top: 0, left: 0, bottom: Math.max(row - 1, ...left), right: headers.length - 1 }];
  if (blocks.length > 0) {
    area.push({ top: headerRow - 1, left: COVERAGE_TIME_COL, bottom: Math.max(...blocks.map((x) => x.table.bottom)), right: COVERAGE_TIME_COL + 3 });
  }
  if (right.length > 0) {
    const col = right[0]!.col;
    area.push({ top: Math.min(...right.map((a) => a.row)), left: col, bottom: Math.max(...right.map(bottom)), right: col + right[0]!.widthCols - 1 });
  }
  b.print({
    paper: "A4",
    orientation: "portrait",
    area,
    pageBreakRows: blocks.slice(1).map((x) => x.table.top - 1),
    repeatRows: { first: headerRow, last: headerRow },
  });
  return b.build();
}
