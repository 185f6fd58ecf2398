/**
 * The QA log and summary formulas: the scoring rule of `core/qa/score-review.ts` written in
 * native Excel functions (IF, COUNTBLANK, MIN, COUNTIFS, SUMIFS, AVERAGEIFS) that calculate the
 * same in Excel, WPS and LibreOffice 7.4, in the same order of operations as the TypeScript
 * reference.
 *
 * Weights and bonus points are read from the standards sheet's input cells (absolute `[[id]]`
 * references), so a QA lead who revises them there rescores the whole log. Scale maxima, N/A and
 * the answer words stay constants of the generator: the log's dropdowns are built from them.
 * While the weights there do not sum to 100, every used row shows the localised marker text
 * ("WEIGHTS≠100") instead of a score: text, so the summary's ">=0" counts skip it.
 */
import { a1, columnLetter, sheetRef, formulaText } from "../spec";
import type { QaCatalogue } from "../../core/qa/catalogue";
import { STANDARDS_VALUE_COL, type QaLogColumns, type QaLogLayout, type QaStandardsCells } from "./qa-layout";

/** The columns a review score reads: the QA log's, or the calibration sheet's (same order of inputs). */
export type ScoreColumns = Pick<QaLogColumns, "agent" | "criteria" | "redLine" | "bonuses">;

/** The answer and decision words as the sheet shows them (localised). */
export interface QaWords {
  yes: string;
  no: string;
  na: string;
  upheld: string;
  partly: string;
  /** Shown instead of a score while the weights do not sum to 100. */
  weightsMarker: string;
}

/** Absolute references (with the `[[id]]` token) to the standards sheet's live settings. */
export interface QaWeightRefs {
  /** One per criterion, catalogue order: `[[qaStandardsPreSale]]!$C$16`. */
  criteria: string[];
  /** One per bonus item. */
  bonuses: string[];
  /** The weight total ("must be 100"). */
  total: string;
}

export function qaWeightRefs(standardsId: string, cells: QaStandardsCells): QaWeightRefs {
  const ref = (row: number): string => `${sheetRef(standardsId)}!${a1(row, STANDARDS_VALUE_COL, true)}`;
  return { criteria: cells.criteria.map(ref), bonuses: cells.bonuses.map(ref), total: ref(cells.total) };
}

/**
 * TRUE while the weight total `totalRef` is not 100. Rounded to 9 decimals so weights such as
 * 33.3 + 33.3 + 33.4 (binary rounding) still count as 100, like `validateCatalogue`'s tolerance.
 */
export function weightsOffFormula(totalRef: string): string {
  return `ROUND(${totalRef},9)<>100`;
}

/** Earned-weight term of one criterion: weight × answer ÷ max (Yes/No: weight or 0; N/A: 0). */
function earnedTerm(cell: string, c: QaCatalogue["criteria"][number], weight: string, w: QaWords): string {
  if (c.scale.kind === "yesNo") return `IF(${cell}=${formulaText(w.yes)},${weight},0)`;
  const term = `${weight}*${cell}/${c.scale.max}`;
  return c.naAllowed ? `IF(${cell}=${formulaText(w.na)},0,${term})` : term;
}

/** Possible-weight term: the weight, or 0 for N/A. */
function possibleTerm(cell: string, c: QaCatalogue["criteria"][number], weight: string, w: QaWords): string {
  return c.naAllowed ? `IF(${cell}=${formulaText(w.na)},0,${weight})` : weight;
}

/**
 * Review score of log row `row` (0-based): blank until an agent is chosen; the weights marker
 * while the standards' weights do not sum to 100; 0 with a red line; blank while a criterion is
 * unanswered or when all are N/A; else the weighted mean plus bonus, capped at 100.
 */
export function scoreFormula(catalogue: QaCatalogue, layout: { columns: ScoreColumns }, row: number, w: QaWords, weights: QaWeightRefs): string {
  const { columns } = layout;
  const cell = (col: number): string => a1(row, col);
  const crit = catalogue.criteria.map((c, i) => ({ c, ref: cell(columns.criteria[i]!), weight: weights.criteria[i]! }));
  const earned = crit.map(({ c, ref, weight }) => earnedTerm(ref, c, weight, w)).join("+");
  const possible = crit.map(({ c, ref, weight }) => possibleTerm(ref, c, weight, w)).join("+");
  const bonus = catalogue.bonusItems.map((_b, i) => `IF(${cell(columns.bonuses[i]!)}=${formulaText(w.yes)},${weights.bonuses[i]!},0)`);
  const bonusSum = bonus.length === 0 ? "" : `+${bonus.join("+")}`;
  const firstCrit = cell(columns.criteria[0]!);
  const lastCrit = cell(columns.criteria[columns.criteria.length - 1]!);
  return (
    `IF(${cell(columns.agent)}="","",IF(${weightsOffFormula(weights.total)},${formulaText(w.weightsMarker)},` +
    `IF(${cell(columns.redLine)}<>"",0,` +
    `IF(COUNTBLANK(${firstCrit}:${lastCrit})>0,"",IF((${possible})=0,"",` +
    `MIN(100,100*(${earned})/(${possible})${bonusSum}))))))`
  );
}

/** 1 when the row names a red line, 0 when not, blank while the row is unused. */
export function redLineFlagFormula(layout: QaLogLayout, row: number): string {
  const { columns } = layout;
  return `IF(${a1(row, columns.agent)}="","",IF(${a1(row, columns.redLine)}="",0,1))`;
}

/**
 * Final score: the revised score after an upheld / partly upheld appeal (blank until entered),
 * else the review score. A review score that is not a number (blank, or the weights marker) passes
 * through unchanged, so the summary never counts a revised score of a review it cannot score.
 */
export function finalScoreFormula(layout: QaLogLayout, row: number, w: QaWords): string {
  const { columns } = layout;
  const score = a1(row, columns.score);
  const decision = a1(row, columns.decision);
  const revised = a1(row, columns.revisedScore);
  return (
    `IF(NOT(ISNUMBER(${score})),${score},IF(AND(${a1(row, columns.appealed)}=${formulaText(w.yes)},` +
    `OR(${decision}=${formulaText(w.upheld)},${decision}=${formulaText(w.partly)})),` +
    `IF(ISNUMBER(${revised}),${revised},""),${score}))`
  );
}

/** Absolute whole-column range of the log's data rows, on the log sheet (`[[id]]!$B$5:$B$504`). */
export function logColumnRange(logRef: string, layout: QaLogLayout, col: number): string {
  const letter = columnLetter(col);
  return `${logRef}!$${letter}$${layout.firstDataRow + 1}:$${letter}$${layout.lastDataRow + 1}`;
}
