/**
 * The payout workbook against the TypeScript engine: build the four payout sheets for the sample
 * team, write the .xlsx, recalculate it in LibreOffice and compare every agent's components and
 * total, and the summary, with `computePayouts` — to the cent. Then change plan cells (a tier rate,
 * a stage budget with odd cents, prizes that do not split evenly) in the spec and check that the
 * recalculated sheet moves exactly as the engine predicts. Fails (not skips) in CI without soffice.
 */
import type ExcelJS from "exceljs";
import type { PayoutPlan } from "../src/core/payouts/plan";
import { STAGE_KEYS } from "../src/core/payouts/plan";
import { SAMPLE_PLAN, sampleInputs } from "../src/core/payouts/sample-plan";
import { computePayouts, type PayoutResult } from "../src/core/payouts/statement";
import { SAMPLE_TEAM } from "../src/core/sample/team";
import type { Locale } from "../src/i18n/locale";
import { SAMPLE_CALENDAR } from "../src/core/peak/sample-calendar";
import { buildPayoutSheets, PAYOUT_SHEET_IDS, payoutOptionsForCalendar } from "../src/sheets/payouts";
import { buildPlanSheet } from "../src/sheets/payouts/plan-sheet";
import { STATEMENT_COL, STATEMENT_FIRST_ROW } from "../src/sheets/payouts/statement-sheet";
import { SUMMARY_ROW, topEarnerRow } from "../src/sheets/payouts/summary-sheet";
import { a1, type Scalar, type SheetSpec } from "../src/sheets/spec";
import { writeXlsx } from "../src/xlsx";
import { cellValue, findErrorCells, itWithSoffice, recalculate } from "./support/recalc";

const INPUTS = sampleInputs(SAMPLE_TEAM);

function sheetNamed(wb: ExcelJS.Workbook, spec: SheetSpec): ExcelJS.Worksheet {
  const ws = wb.getWorksheet(spec.name);
  if (!ws) throw new Error(`sheet ${spec.name} missing`);
  return ws;
}

/** A recalculated money cell in integer cents (fails on anything but a number). */
function cents(ws: ExcelJS.Worksheet, row: number, col: number): number {
  const v = cellValue(ws, a1(row, col));
  if (typeof v !== "number") throw new Error(`${ws.name}!${a1(row, col)} is ${JSON.stringify(v)}, not a number`);
  return Math.round(v * 100);
}

function num(ws: ExcelJS.Worksheet, row: number, col: number): number {
  const v = cellValue(ws, a1(row, col));
  if (typeof v !== "number") throw new Error(`${ws.name}!${a1(row, col)} is ${JSON.stringify(v)}, not a number`);
  return v;
}

/** Sets an unlocked (input) cell of a spec. */
function setInput(sheet: SheetSpec, row: number, col: number, value: Scalar): void {
  const cell = sheet.cells.find((c) => c.row === row && c.col === col);
  if (!cell || cell.style?.locked !== false) throw new Error(`${a1(row, col)} in ${sheet.id} is not an input cell`);
  cell.value = value;
}

async function recalculated(specs: SheetSpec[]): Promise<ExcelJS.Workbook> {
  return recalculate(await writeXlsx(specs));
}

/** Every per-agent component and the summary, sheet vs engine, to the cent. */
function expectSheetMatches(wb: ExcelJS.Workbook, specs: SheetSpec[], expected: PayoutResult): void {
  const [, , statementSpec, summarySpec] = specs as [SheetSpec, SheetSpec, SheetSpec, SheetSpec];
  const st = sheetNamed(wb, statementSpec);
  const C = STATEMENT_COL;
  const sheetRows = expected.lines.map((_l, i) => {
    const r = STATEMENT_FIRST_ROW + i;
    return {
      name: cellValue(st, a1(r, C.name)),
      commission: cents(st, r, C.commission),
      deduction: cents(st, r, C.deduction),
      net: cents(st, r, C.netCommission),
      score: num(st, r, C.score),
      grade: cents(st, r, C.gradeBonus),
      rank: cents(st, r, C.rankPrize),
      stages: STAGE_KEYS.map((k, s) => [k, cents(st, r, C.firstStage + s)]),
      total: cents(st, r, C.total),
    };
  });
  const engineRows = expected.lines.map((l) => ({
    name: l.name,
    commission: l.commissionCents,
    deduction: l.returnsDeductionCents,
    net: l.netCommissionCents,
    score: l.score,
    grade: l.gradeBonusCents,
    rank: l.rankPrizeCents,
    stages: STAGE_KEYS.map((k) => [k, l.stageCents[k]]),
    total: l.totalCents,
  }));
  expect(sheetRows).toEqual(engineRows);

  const sum = sheetNamed(wb, summarySpec);
  expect(cents(sum, SUMMARY_ROW.totalCost, 1)).toBe(expected.totalCents);
  expect(cents(sum, SUMMARY_ROW.totalSales, 1)).toBe(expected.salesCents);
  expect(num(sum, SUMMARY_ROW.costShare, 1)).toBeCloseTo(expected.totalCents / expected.salesCents, 12);
  const awarded = expected.lines.filter((l) => l.totalCents > 0).length;
  expect(num(sum, SUMMARY_ROW.participation, 1)).toBeCloseTo(awarded / expected.lines.length, 12);
  const winners = expected.lines.filter((l) => l.rankPrizeCents > 0).length;
  expect(num(sum, SUMMARY_ROW.rewardRatio, 1)).toBeCloseTo(winners / expected.lines.length, 12);
  const costs = [expected.costCents.commission, expected.costCents.grades, expected.costCents.rank, ...STAGE_KEYS.map((k) => expected.costCents[k])];
  expect(costs.map((_c, i) => cents(sum, SUMMARY_ROW.firstCost + i, 1))).toEqual(costs);
  const top = [...expected.lines].sort((a, b) => b.totalCents - a.totalCents)[0]!;
  expect([cellValue(sum, a1(topEarnerRow(1), 1)), cents(sum, topEarnerRow(1), 2)]).toEqual([top.name, top.totalCents]);
}

describe("payout workbook recalculated in LibreOffice", () => {
  itWithSoffice()(
    "sample team and sample plan: every component and total equal the engine's, no error cells",
    async () => {
      const specs = buildPayoutSheets({}, "en-US");
      const wb = await recalculated(specs);
      expect(findErrorCells(wb)).toEqual([]);
      const expected = computePayouts(SAMPLE_PLAN, INPUTS);
      expectSheetMatches(wb, specs, expected);
      // Sanity on the engine itself: hand-checked figures of the first agent (王芳, ¥186 500 sales,
      // 155 % of target): 500 + 750 + 1 000 + 912.50 = 3 162.50 × 1.5 = 4 743.75; returns 6 200 × 4 % = 248.
      expect(expected.lines[0]).toMatchObject({ commissionCents: 474_375, returnsDeductionCents: 24_800, netCommissionCents: 449_575 });
      // Stage pools are paid out exactly.
      for (const stage of SAMPLE_PLAN.stages) expect(expected.costCents[stage.key]).toBe(stage.budgetCents);
    },
    180_000,
  );

  itWithSoffice()(
    "a peak calendar's plan (zh-CN, two waves): the span lines shift no reference, every figure equals the engine's",
    async () => {
      const options = payoutOptionsForCalendar(SAMPLE_CALENDAR, SAMPLE_TEAM);
      const specs = buildPayoutSheets(options, "zh-CN");
      const wb = await recalculated(specs);
      expect(findErrorCells(wb)).toEqual([]);
      const expected = computePayouts(options.plan!, sampleInputs(SAMPLE_TEAM, "zh-CN"));
      expectSheetMatches(wb, specs, expected);
      for (const stage of options.plan!.stages) expect(expected.costCents[stage.key]).toBe(stage.budgetCents);
    },
    180_000,
  );

  itWithSoffice()(
    "changing plan cells (tier rate, stage budget, prizes) moves the recalculated totals as the engine predicts (zh-CN)",
    async () => {
      const locale: Locale = "zh-CN";
      const plan: PayoutPlan = {
        ...SAMPLE_PLAN,
        commissionRates: [0.01, 0.015, 0.03, 0.025], // band 3 rate 2 % → 3 %
        rankPrizesCents: [100_001, 60_000, 40_000, 20_000, 20_000], // the tie for first shares 1 600.01
        stages: SAMPLE_PLAN.stages.map((s) => (s.key === "event" ? { ...s, budgetCents: 1_500_007 } : s)),
      };
      const specs = buildPayoutSheets({}, locale);
      const planSpec = specs.find((s) => s.id === PAYOUT_SHEET_IDS.plan)!;
      const { layout } = buildPlanSheet(SAMPLE_PLAN, locale);
      setInput(planSpec, layout.tierFirstRow + 2, 2, 0.03);
      setInput(planSpec, layout.prizeFirstRow, 1, 1_000.01);
      setInput(planSpec, layout.stageRows.event, 3, 15_000.07);

      const before = computePayouts(SAMPLE_PLAN, INPUTS);
      const after = computePayouts(plan, INPUTS);
      expect(after.totalCents).not.toBe(before.totalCents);
      // The two tied first share 1 600.01: one gets the odd cent (the earlier row), the total stays exact.
      const firsts = after.lines.filter((l) => l.score === 100).map((l) => l.rankPrizeCents);
      expect(firsts).toEqual([80_001, 80_000]);
      expect(after.costCents.event).toBe(1_500_007);

      const wb = await recalculated(specs);
      expect(findErrorCells(wb)).toEqual([]);
      expectSheetMatches(wb, specs, after);
    },
    180_000,
  );
});
