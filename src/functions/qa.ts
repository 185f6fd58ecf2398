/**
 * Custom functions for QA figures in any sheet (namespace CS): one review's score by the QA
 * sheets' rule, and the agreement of two scorers (calibration in one cell). Thin wrappers over
 * `core/qa/qa-score.ts`. Ids are stored in workbooks: never rename.
 */
import { InputError } from "../core/errors";
import { agreement, qaScore, type PairMark, type QaMark } from "../core/qa/qa-score";
import { QA_RULES as R } from "../core/qa/rules";
import { qaError } from "../core/qa/validate-catalogue";
import { asMatrix, cellValue, readList, readScalar } from "./args";
import { excelResult } from "./excel-errors";
import { argRule, type Params } from "./params";

const QASCORE_PARAMS = {
  marks: { en: 'The review\'s marks, one per criterion: 0 to the criterion\'s scale, or "N/A" (不适用)', zh: "该条质检各评分项的得分：0 到该项满分，或“不适用”(N/A)", list: true },
  weights: { en: "Weight of each criterion", zh: "各评分项的权重", rule: R.weight, list: true },
  scales: {
    en: "Maximum mark of each criterion",
    zh: "各评分项的满分",
    rule: R.scale,
    list: true,
    note: { "en-US": "Default 1 for every criterion (pass = 1, fail = 0).", "zh-CN": "默认每项为 1（合格 = 1，不合格 = 0）。" },
  },
  redline: {
    en: "A red line was breached: any value but blank, FALSE or 0 gives the score 0",
    zh: "是否触犯红线：除空白、FALSE、0 以外的任何值都使得分为 0",
  },
  bonus: { en: "Bonus points added before the cap at 100", zh: "加分，在封顶 100 之前加上", rule: R.bonus, default: 0 },
} satisfies Params;

const AGREEMENT_PARAMS = {
  scores_a: { en: 'One scorer\'s marks (e.g. the reference\'s): numbers or "N/A"; blanks are skipped', zh: "一位评分人的得分（如参考评分）：数字或“不适用”；空白不计", list: true },
  scores_b: { en: "The other scorer's marks, the same number of cells", zh: "另一位评分人的得分，单元格个数相同", list: true },
  tolerance: { en: "Largest difference that still agrees", zh: "仍算一致的最大差值", rule: R.tolerance, default: 0 },
} satisfies Params;

/** "N/A" as typed in either language (the QA log's dropdown word is 不适用). */
const NA = /^\s*(n\/?a|不适用)\s*$/i;
const NUMERIC = /^\s*[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?\s*$/;

function isBlank(raw: unknown): boolean {
  const v = cellValue(raw);
  return v === null || v === undefined || (typeof v === "string" && v.trim() === "");
}
const shown = (v: unknown): string => (typeof v === "string" ? `"${v}"` : String(v));

/** A cell as a mark: a number (numeric text too), "na", null for a blank, undefined when neither. */
function toMark(raw: unknown): number | "na" | null | undefined {
  if (isBlank(raw)) return null;
  const v = cellValue(raw);
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
  const v = cellValue(m[0]![0]);
  return !(isBlank(v) || v === false || v === 0 || (typeof v === "string" && /^\s*(false|0)\s*$/i.test(v)));
}

/**
 * One QA review's score by the QA sheets' rule: 100 × Σ weight × mark ÷ scale over the marks that
 * are not N/A, divided by their weights, plus bonus points, capped at 100; a red line gives 0.
 * @customfunction QASCORE QASCORE
 * @param marks The review's marks, one per criterion: 0 to the criterion's scale, or "N/A" (不适用).
 * @param weights Weight of each criterion (each ≥ 0).
 * @param [scales] Maximum mark of each criterion (each whole number 1 to 100). Default 1 for every criterion (pass = 1, fail = 0).
 * @param [redline] A red line was breached: any value but blank, FALSE or 0 gives the score 0.
 * @param [bonus] Bonus points added before the cap at 100 (≥ 0). Default 0.
 * @returns The review score, 0 to 100.
 */
export function QASCORE(marks: any[][], weights: any[][], scales?: any[][], redline?: any[][], bonus?: any[][]): any[][] {
  const P = QASCORE_PARAMS;
  return excelResult(() => {
    const w = readList(weights, argRule("weights", P.weights));
    // Omitted (null) or a blank range: every criterion pass/fail.
    const s = cells(scales ?? null).length === 0 ? undefined : readList(scales, argRule("scales", P.scales));
    const raw = cells(marks);
    const m = raw.map((v, i): QaMark => {
      const mark = toMark(v);
      if (mark === null || mark === undefined) throw qaError("badMark", { n: i + 1, max: s?.[i] ?? 1, got: mark === null ? '""' : shown(v) });
      return mark;
    });
    return [[qaScore({ marks: m, weights: w, ...(s ? { scales: s } : {}), redLine: readRedLine(redline ?? null), bonus: readScalar(bonus ?? null, argRule("bonus", P.bonus)) })]];
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
 * @param scores_a One scorer's marks (e.g. the reference's): numbers or "N/A"; blanks are skipped.
 * @param scores_b The other scorer's marks, the same number of cells.
 * @param [tolerance] Largest difference that still agrees (≥ 0). Default 0.
 * @returns The agreement rate, 0 to 1 (format as %).
 */
export function AGREEMENT(scores_a: any[][], scores_b: any[][], tolerance?: any[][]): any[][] {
  return excelResult(() => {
    const tol = readScalar(tolerance ?? null, argRule("tolerance", AGREEMENT_PARAMS.tolerance));
    return [[agreement(readPairMarks(scores_a, "scores_a"), readPairMarks(scores_b, "scores_b"), tol)]];
  });
}

/** The declared parameters of every function in this module, by id (help, JSDoc sync). */
export const FUNCTION_PARAMS: Readonly<Record<string, Params>> = { QASCORE: QASCORE_PARAMS, AGREEMENT: AGREEMENT_PARAMS };
