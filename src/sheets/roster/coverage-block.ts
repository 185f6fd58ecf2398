/**
 * Required vs planned headcount per slot, one block per day, with a line chart beside each block
 * (on its left where the sheet is free there, so printing it needs no extra page width).
 * Both counts are formulas that read the day's roster grid (its required row and its coverage row),
 * so the table follows edits to the grid. The gap column (red where short) says in the table what
 * the chart shows.
 */
import type { SheetBuilder } from "../builder";
import { a1, sheetRef, type ChartSpec, type RangeRef } from "../spec";
import { COLORS, STYLES } from "../styles";
import { formatClock } from "../../core/clock";
import { slotsPerDay } from "../../core/roster/shift-options";
import type { Scenario } from "../../core/roster/types";
import type { Locale } from "../../i18n/locale";
import { rosterString, type RosterStringKey } from "../../i18n/roster";
import { FIRST_SLOT_COL, type RosterGridLayout } from "./roster-grid-sheet";

/** A day's grid sheet: its spec id (for `[[id]]` references) and where its summary rows are. */
export interface GridRef {
  id: string;
  layout: Pick<RosterGridLayout, "coverageRow" | "requiredRow" | "gapRow">;
}

/** Where the coverage blocks sit: the columns of time, required, planned and gap; the charts'. */
export interface CoverageBlockPlacement {
  /** Row of the first day's title; its column-header row is the next one. */
  top: number;
  /** Column of the time; required, planned and gap follow. */
  left: number;
  /**
   * The preferred place of the charts: left of the tables, in columns that hold other content
   * only above `freeFromRow`, so the charts add no width to the printed page.
   */
  besideLeft: { col: number; widthCols: number; freeFromRow: number };
  /** Where a chart goes when it would not fit level with its own day's table on the left. */
  besideRight: { col: number; widthCols: number };
  chartHeightRows: number;
}

/** One day's block as written: the table (header row included) and the chart's source. */
export interface CoverageBlock {
  day: number;
  /** Header row … last slot row, time … gap columns. */
  table: RangeRef;
  /** Header row … last slot row, time … planned columns (the chart's data). */
  chartSource: RangeRef;
  chartSide: "left" | "right";
  chartAnchor: ChartSpec["anchor"];
}

/** Rows one day's block takes: title, header, one per slot, a blank row. */
export function coverageBlockRows(scenario: Pick<Scenario, "slotMinutes">): number {
  return slotsPerDay(scenario) + 3;
}

/** Writes one block (table + chart) per grid into `b`; returns where each block went. */
export function addCoverageBlocks(
  b: SheetBuilder,
  scenario: Pick<Scenario, "slotMinutes">,
  grids: readonly GridRef[],
  locale: Locale,
  at: CoverageBlockPlacement,
): CoverageBlock[] {
  const t = (key: RosterStringKey, v: Record<string, string | number> = {}) => rosterString(locale, key, v);
  const perDay = slotsPerDay(scenario);
  const timeCol = at.left;
  const requiredCol = at.left + 1;
  const plannedCol = at.left + 2;
  const gapCol = at.left + 3;
  const small = { hAlign: "center", border: "thin" } as const;
  const computed = { ...STYLES.computed, hAlign: "center" } as const;
  let freeLeftRow = at.besideLeft.freeFromRow;
  return grids.map((grid, day) => {
    const title = at.top + day * coverageBlockRows(scenario);
    const header = title + 1;
    const first = header + 1;
    const last = first + perDay - 1;
    const dayName = t("dayN", { day: day + 1 });
    b.set(title, timeCol, t("coverageChartTitle", { day: dayName }), { ...STYLES.subHeader, wrap: false }, { note: t("coverageBlockNote") });
    b.merge(title, timeCol, title, gapCol);
    b.row(header, timeCol, [t("slotTime"), t("required"), t("plannedOnDuty"), t("gap")], STYLES.header);
    const sheet = sheetRef(grid.id);
    for (let s = 0; s < perDay; s++) {
      const row = first + s;
      const gridCol = FIRST_SLOT_COL + s;
      // Text times: a chart takes a text first column as its categories, never as a series.
      b.value(row, timeCol, formatClock(s * scenario.slotMinutes), small);
      b.formula(row, requiredCol, `${sheet}!${a1(grid.layout.requiredRow, gridCol)}`, computed);
      b.formula(row, plannedCol, `${sheet}!${a1(grid.layout.coverageRow, gridCol)}`, computed);
      b.formula(row, gapCol, `${a1(row, plannedCol)}-${a1(row, requiredCol)}`, computed);
    }
    b.conditional({
      range: { top: first, left: gapCol, bottom: last, right: gapCol },
      rule: { type: "cellIs", operator: "lessThan", formulas: ["0"] },
      style: { fill: COLORS.bad, fontColor: COLORS.badText, bold: true },
    });
    const table = { top: header, left: timeCol, bottom: last, right: gapCol };
    const chartSource = { top: header, left: timeCol, bottom: last, right: plannedCol };
    // Level with the day's own rows, on the left if it fits there, else right of the table.
    const leftRow = Math.max(title, freeLeftRow);
    const chartSide = leftRow + at.chartHeightRows - 1 <= last ? "left" : "right";
    const anchor =
      chartSide === "left"
        ? { row: leftRow, col: at.besideLeft.col, widthCols: at.besideLeft.widthCols, heightRows: at.chartHeightRows }
        : { row: title, col: at.besideRight.col, widthCols: at.besideRight.widthCols, heightRows: at.chartHeightRows };
    if (chartSide === "left") freeLeftRow = leftRow + at.chartHeightRows + 1;
    b.chart({ type: "line", title: t("coverageChartTitle", { day: dayName }), source: chartSource, seriesBy: "columns", anchor });
    return { day, table, chartSource, chartSide, chartAnchor: anchor };
  });
}
