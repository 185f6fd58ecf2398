/**
 * Custom functions for QA figures in any sheet (namespace CS): one review's score by the QA
 * sheets' rule, and the agreement of two scorers (calibration in one cell). Thin wrappers over
 * `core/qa/qa-score.ts`. Ids are stored in workbooks: never rename.
 */
import { InputError } from "../core/errors";
import { agreement, qaScore, type PairMark, type QaMark } from "../core/qa/qa-score";
import { qaError } from "../core/qa/validate-catalogue";
import { asMatrix, readList, readScalar } from "./args";
import { excelResult } from "./excel-errors";

/** "N/A" as typed in either language (the QA log's dropdown word is 不适用). */
const NA = /^\s*(n\/?a|不适用)\s*$/i;
const NUMERIC = /^\s*[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?\s*$/;

const isBlank = (v: unknown): boolean => v === null || v === undefined || (typeof v === "string" && v.trim() === "");
const shown = (v: unknown): string => (typeof v === "string" ? `"${v}"` : String(v));

/** A cell as a mark: a number (numeric text too), "na", null for a blank, undefined when neither. */
function toMark(v: unknown): number | "na" | null | undefined {
  if (isBlank(v)) return null;
  if (typeof v === "number" && Number.isFinite(v)) return v;
  if (typeof v === "string" && NA.test(v)) return "na";
  if (typeof v === "string" && NUMERIC.test(v)) return Number(v);
  return undefined;
}

/** A list argument in reading order, blanks at the end dropped (a list typed into a longer range). */
function cells(arg: unknown): unknown[] {
  const flat = asMatrix(arg).flat();
  while (flat.length > 0 && isBlank(flat[flat.length - 1])) flat.pop();
  return flat;
}

/** Whether a one-cell argument flags a red line: anything but blank, FALSE or 0. */
function readRedLine(arg: unknown): boolean {
  const m = asMatrix(arg);
  if (m.length !== 1 || m[0]!.length !== 1) {
    throw new InputError({ "en-US": "redline must be a single cell, not a range.", "zh-CN": "redline 必须是单个单元格，不能是区域。" });
  }
  const v = m[0]![0];
  return !(isBlank(v) || v === false || v === 0 || (typeof v === "string" && /^\s*(false|0)\s*$/i.test(v)));
}

/**
 * One QA review's score by the QA sheets' rule: 100 × Σ weight × mark ÷ scale over the marks that
 * are not N/A, divided by their weights, plus bonus points, capped at 100; a red line gives 0.
 * @customfunction QASCORE QASCORE
 * @param marks The review's marks, one per criterion: 0 to the criterion's scale, or "N/A".
 * @param weights Weight of each criterion.
 * @param [scales] Maximum mark of each criterion (default 1: pass = 1, fail = 0).
 * @param [redline] A red line was breached (any value but blank, FALSE or 0): the score is 0.
 * @param [bonus] Bonus points added before the cap at 100 (default 0).
 * @returns The review score, 0 to 100.
 */
export function QASCORE(marks: any[][], weights: any[][], scales?: any[][], redline?: any[][], bonus?: any[][]): any[][] {
  return excelResult(() => {
    const w = readList(weights, { name: "weights", min: 0 });
    // Omitted (null) or a blank range: every criterion pass/fail.
    const s = cells(scales ?? null).length === 0 ? undefined : readList(scales, { name: "scales", min: 1, max: 100, integer: true });
    const raw = cells(marks);
    const m = raw.map((v, i): QaMark => {
      const mark = toMark(v);
      if (mark === null || mark === undefined) throw qaError("badMark", { n: i + 1, max: s?.[i] ?? 1, got: mark === null ? '""' : shown(v) });
      return mark;
    });
    return [[qaScore({ marks: m, weights: w, ...(s ? { scales: s } : {}), redLine: readRedLine(redline ?? null), bonus: readScalar(bonus ?? null, { name: "bonus", min: 0, default: 0 }) })]];
  });
}

function readPairMarks(arg: unknown, name: string): PairMark[] {
  return asMatrix(arg)
    .flat()
    .map((v, i) => {
      const mark = toMark(v);
      if (mark === undefined) throw qaError("badPairMark", { name, n: i + 1, got: shown(v) });
      return mark;
    });
}

/**
 * Share of paired marks on which two scorers agree: |a − b| ≤ tolerance, "N/A" only with "N/A";
 * pairs with a blank are skipped. Calibration in one cell.
 * @customfunction AGREEMENT AGREEMENT
 * @param scores_a One scorer's marks (e.g. the reference's).
 * @param scores_b The other scorer's marks, same number of cells.
 * @param [tolerance] Largest difference that still agrees (default 0).
 * @returns The agreement rate, 0 to 1 (format as %).
 */
export function AGREEMENT(scores_a: any[][], scores_b: any[][], tolerance?: any[][]): any[][] {
  return excelResult(() => {
    const tol = readScalar(tolerance ?? null, { name: "tolerance", min: 0, default: 0 });
    return [[agreement(readPairMarks(scores_a, "scores_a"), readPairMarks(scores_b, "scores_b"), tol)]];
  });
}
