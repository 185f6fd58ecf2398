/**
 * The plan's 招聘计划 / Hiring plan: the weekly requirement read from the headcount sheet by
 * formula (event weeks: the people of their event days; other weeks: the main day's people × the
 * stage's load), and the classes to start, computed by the CS.HIRES model (`core/hiring`) written
 * out in native formulas so the file recalculates anywhere:
 * - a row of the FTE one hire adds k weeks after training (pass rate × retention^k × ramp);
 * - a row of the best k so far (the engine's loop: a later k wins only by more than one part in a
 *   billion, so on a tie the latest start wins);
 * - per week t: productive staff before t's class, the shortfall, the class (the best k up to
 *   t − training), its size (shortfall ÷ yield, rounded up);
 * - a matrix of what each class adds in each week, summed into productive FTE.
 */
import type { PeakPlanInput, PeakPlanNumbers, StageLoads } from "../../core/peak";
import { format, type Locale } from "../../i18n/locale";
import { PEAK_TEXT } from "../../i18n/peak";
import { SheetBuilder } from "../builder";
import { a1, columnLetter, type SheetSpec } from "../spec";
import { FORMATS, STYLES } from "../styles";
import { ceilTolerantFormula } from "./formulas";
import { peopleNeededRef } from "./headcount-sheet";
import { PEAK_IDS } from "./layout";

const INPUT = { onHand: 4, attrition: 5, trainWeeks: 6, passRate: 7, ramp: 8 } as const;
const RAMP_CELLS = 4;
const LOAD_KINDS: readonly (keyof StageLoads)[] = ["normal", "training", "presale", "aftersale"];

/** Where the weekly table and the calculation block sit, for W weeks. */
export function hiringLayout(weeks: number) {
  const headerRow = 14;
  const firstRow = headerRow + 1;
  const totalRow = firstRow + weeks;
  const calcTitle = totalRow + 2;
  const kRow = calcTitle + 1;
  const yieldRow = calcTitle + 2;
  const bestRow = calcTitle + 3;
  const calcHeader = calcTitle + 4;
  const matrixCol = 7;
  return { headerRow, firstRow, totalRow, calcTitle, kRow, yieldRow, bestRow, calcHeader, calcFirst: calcHeader + 1, matrixCol };
}

/** Columns of the weekly table. */
export const HIRING_COLS = { week: 0, starts: 1, required: 2, productive: 3, hires: 4, inTraining: 5, shortfall: 6, stage: 7 } as const;

export function buildPlanHiringSheet(input: PeakPlanInput, plan: PeakPlanNumbers, locale: Locale, sample: boolean): SheetSpec {
  const t = PEAK_TEXT[locale];
  const th = t.hiring;
  const W = plan.weeks.length;
  const L = hiringLayout(W);
  const C = HIRING_COLS;
  const h = input.hiring;
  const b = new SheetBuilder(PEAK_IDS.hiring, th.name);
  const abs = (row: number, col: number) => a1(row, col, true);

  b.value(0, 0, th.title, STYLES.title).merge(0, 0, 0, 7);
  b.value(1, 0, th.note, STYLES.note).merge(1, 0, 1, 12);
  b.height(1, 44);
  b.value(2, 0, [sample ? t.sampleNote : "", t.linkedNote].filter(Boolean).join(" "), STYLES.note).merge(2, 0, 2, 12);
  b.height(2, 30);

  // Inputs.
  b.value(3, 0, th.inputs, STYLES.subHeader).merge(3, 0, 3, 1);
  const inputRow = (row: number, text: string, value: number, numFmt: string, rule: { type: "decimal" | "whole"; min: number; max: number }) => {
    b.value(row, 0, text, STYLES.label).input(row, 1, value, { numFmt });
    b.validate({ range: { top: row, left: 1, bottom: row, right: 1 }, rule, allowBlank: false });
  };
  inputRow(INPUT.onHand, th.onHand, h.onHand, FORMATS.integer, { type: "decimal", min: 0, max: 100_000 });
  inputRow(INPUT.attrition, th.attrition, h.attrition, FORMATS.percent, { type: "decimal", min: 0, max: 0.99 });
  // Training weeks also set which weeks the table starts with: regenerate the plan to change them.
  b.value(INPUT.trainWeeks, 0, th.trainWeeks, STYLES.label).value(INPUT.trainWeeks, 1, h.trainWeeks, { ...STYLES.computed, numFmt: FORMATS.integer });
  inputRow(INPUT.passRate, th.passRate, h.passRate, FORMATS.percent0, { type: "decimal", min: 0.01, max: 1 });
  for (let k = 0; k < RAMP_CELLS; k++) inputRow(INPUT.ramp + k, format(th.ramp, { n: k + 1 }), h.ramp[k] ?? 1, FORMATS.percent0, { type: "decimal", min: 0.01, max: 1 });
  const cell = (row: number) => abs(row, 1);

  // Stage loads and the main day's people: labels over columns D–F (the weekly table's narrow
  // columns), values in G.
  const lc = 3;
  const vc = lc + 3;
  const label = (row: number, text: string) => b.value(row, lc, text, STYLES.label).merge(row, lc, row, vc - 1);
  b.value(3, lc, th.loads, STYLES.subHeader).merge(3, lc, 3, vc);
  LOAD_KINDS.forEach((kind, i) => {
    const row = 4 + i;
    label(row, format(th.loadOf, { stage: t.stage[kind] }));
    b.input(row, vc, input.stageLoads[kind], { numFmt: FORMATS.percent0 });
    b.validate({ range: { top: row, left: vc, bottom: row, right: vc }, rule: { type: "decimal", min: 0, max: 2 }, allowBlank: false });
  });
  const loadCell = (kind: keyof StageLoads) => abs(4 + LOAD_KINDS.indexOf(kind), vc);
  const mainRow = 4 + LOAD_KINDS.length;
  label(mainRow, th.mainPeople);
  b.formula(mainRow, vc, peopleNeededRef(plan.mainDay), { ...STYLES.computed, numFmt: FORMATS.integer });
  const mainPeople = abs(mainRow, vc);

  // The weekly table.
  b.row(L.headerRow, 0, [th.week, th.weekStarts, th.required, th.productive, th.hires, th.inTraining, th.shortfall, th.stage], STYLES.header);
  b.height(L.headerRow, 36);
  const weekNos = `${abs(L.firstRow, C.week)}:${abs(L.firstRow + W - 1, C.week)}`;
  const hiresCol = `${abs(L.firstRow, C.hires)}:${abs(L.firstRow + W - 1, C.hires)}`;
  const calcCol = (col: number) => `${abs(L.calcFirst, col)}:${abs(L.calcFirst + W - 1, col)}`;
  const base = (w: number) => `${cell(INPUT.onHand)}*(1-${cell(INPUT.attrition)})^${w}`;
  const tw = cell(INPUT.trainWeeks);
  const num = { ...STYLES.computed, numFmt: FORMATS.decimal1 };
  const int = { ...STYLES.computed, numFmt: FORMATS.integer };
  plan.weeks.forEach((week, w) => {
    const row = L.firstRow + w;
    const calc = L.calcFirst + w;
    const matrixColumn = `${a1(L.calcFirst, L.matrixCol + w)}:${a1(L.calcFirst + W - 1, L.matrixCol + w)}`;
    b.value(row, C.week, w + 1, { hAlign: "center", border: "thin" });
    b.value(row, C.starts, week.start, { border: "thin", numFmt: FORMATS.date });
    const required =
      week.kind === "event"
        ? `MAX(${week.eventDays.map(peopleNeededRef).join(",")})`
        : ceilTolerantFormula(`${mainPeople}*${loadCell(week.kind as keyof StageLoads)}`);
    b.formula(row, C.required, required, int);
    b.formula(row, C.productive, `${base(w)}+SUM(${matrixColumn})`, num);
    b.formula(row, C.hires, `SUMIF(${calcCol(5)},${a1(row, C.week)},${calcCol(4)})`, { ...int, bold: true });
    b.formula(row, C.inTraining, `SUMPRODUCT((${weekNos}>=${a1(row, C.week)}-${tw}+1)*(${weekNos}<=${a1(row, C.week)})*${hiresCol})`, int);
    b.formula(row, C.shortfall, `IF(${a1(row, C.required)}-${a1(row, C.productive)}>1E-9,${a1(row, C.required)}-${a1(row, C.productive)},0)`, num);
    b.value(row, C.stage, t.stage[week.kind], { border: "thin" });

    // Calculation row of week w.
    b.value(calc, 0, w + 1, { hAlign: "center", border: "thin" });
    const before = w === 0 ? base(0) : `${base(w)}+SUM(${a1(L.calcFirst, L.matrixCol + w)}:${a1(calc - 1, L.matrixCol + w)})`;
    b.formula(calc, 1, before, num);
    b.formula(calc, 2, `${a1(row, C.required)}-${a1(calc, 1)}`, num);
    const count = `${a1(calc, 0)}-${tw}`;
    b.formula(calc, 3, `IF(${count}<1,-1,INDEX(${abs(L.bestRow, L.matrixCol)}:${abs(L.bestRow, L.matrixCol + W - 1)},1,${count}))`, int);
    const yieldOf = `INDEX(${abs(L.yieldRow, L.matrixCol)}:${abs(L.yieldRow, L.matrixCol + W - 1)},1,${a1(calc, 3)}+1)`;
    b.formula(calc, 4, `IF(OR(${count}<1,${a1(calc, 2)}<=1E-9),0,${ceilTolerantFormula(`${a1(calc, 2)}/${yieldOf}`)})`, int);
    b.formula(calc, 5, `IF(${a1(calc, 4)}=0,0,${a1(calc, 0)}-${tw}-${a1(calc, 3)})`, int);
    // What this class adds in each week.
    for (let v = 0; v < W; v++) {
      const weekNo = abs(L.calcHeader, L.matrixCol + v);
      const k = `${weekNo}-$F${calc + 1}-${tw}`;
      const all = `${abs(L.yieldRow, L.matrixCol)}:${abs(L.yieldRow, L.matrixCol + W - 1)}`;
      b.formula(calc, L.matrixCol + v, `IF($E${calc + 1}=0,0,IF(${k}>=0,$E${calc + 1}*INDEX(${all},1,${k}+1),0))`, { ...STYLES.computed, numFmt: FORMATS.decimal2 });
    }
  });
  b.value(L.totalRow, 0, th.totalHires, STYLES.label).merge(L.totalRow, 0, L.totalRow, 3);
  b.formula(L.totalRow, C.hires, `SUM(${hiresCol})`, { ...int, bold: true });
  b.conditional({
    range: { top: L.firstRow, left: C.shortfall, bottom: L.firstRow + W - 1, right: C.shortfall },
    rule: { type: "cellIs", operator: "greaterThan", formulas: ["0"] },
    style: { fill: "#FFC7CE", fontColor: "#9C0006", bold: true },
  });

  // The calculation block.
  b.value(L.calcTitle, 0, th.calc, STYLES.subHeader).merge(L.calcTitle, 0, L.calcTitle, 5);
  b.value(L.kRow, 0, th.kHeader, STYLES.label).merge(L.kRow, 0, L.kRow, 5);
  b.value(L.yieldRow, 0, th.yieldRow, STYLES.label).merge(L.yieldRow, 0, L.yieldRow, 5);
  for (let k = 0; k < W; k++) {
    b.value(L.kRow, L.matrixCol + k, k, { hAlign: "center", border: "thin" });
    const kCell = a1(L.kRow, L.matrixCol + k);
    // ramp[k] for the first weeks (a blank ramp cell counts as full productivity), then 1.
    const ramp = Array.from({ length: RAMP_CELLS }, (_, i) => `IF(${kCell}=${i},IF(${cell(INPUT.ramp + i)}="",1,${cell(INPUT.ramp + i)}),`).join("");
    b.formula(L.yieldRow, L.matrixCol + k, `${cell(INPUT.passRate)}*(1-${cell(INPUT.attrition)})^${kCell}*${ramp}1${")".repeat(RAMP_CELLS)}`, {
      ...STYLES.computed,
      numFmt: "0.000",
    });
  }
  b.value(L.bestRow, 0, th.bestSoFar, STYLES.label).merge(L.bestRow, 0, L.bestRow, 5);
  for (let k = 0; k < W; k++) {
    const here = a1(L.yieldRow, L.matrixCol + k);
    const bestBefore = k === 0 ? "" : `INDEX($${columnLetter(L.matrixCol)}$${L.yieldRow + 1}:${a1(L.yieldRow, L.matrixCol + W - 1, true)},1,${a1(L.bestRow, L.matrixCol + k - 1)}+1)`;
    if (k === 0) b.value(L.bestRow, L.matrixCol, 0, int);
    else b.formula(L.bestRow, L.matrixCol + k, `IF(${here}>${bestBefore}*(1+1E-9),${a1(L.kRow, L.matrixCol + k)},${a1(L.bestRow, L.matrixCol + k - 1)})`, int);
  }
  b.row(L.calcHeader, 0, [th.week, th.before, th.deficit, th.bestK, th.classSize, th.classStart], STYLES.header);
  b.height(L.calcHeader, 48);
  for (let v = 0; v < W; v++) b.value(L.calcHeader, L.matrixCol + v, v + 1, STYLES.header);
  b.value(L.calcTitle, L.matrixCol, th.contribution, { ...STYLES.note, wrap: false });

  b.chart({
    type: "line",
    title: th.chart,
    source: { top: L.headerRow, left: C.starts, bottom: L.firstRow + W - 1, right: C.productive },
    seriesBy: "columns",
    anchor: { row: 3, col: 9, widthCols: 8, heightRows: 16 },
  });
  b.widths(0, [32, 12, 12, 12, 14, 12, 10, 10]);
  b.print({ paper: "A4", orientation: "landscape", fitToWidth: true });
  return b.build();
}
