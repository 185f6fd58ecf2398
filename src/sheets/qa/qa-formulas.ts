/**
 * The QA log and summary formulas: the scoring rule of `core/qa/score-review.ts` written in
 * native Excel functions (IF, COUNTBLANK, MIN, COUNTIFS, SUMIFS, AVERAGEIFS) that calculate the
 * same in Excel, WPS and LibreOffice 7.4. Constants (weights, scale maxima) come from the
 * catalogue, in the same order of operations as the TypeScript reference.
 */
import { a1, columnLetter } from "../spec";
import type { QaCatalogue } from "../../core/qa/catalogue";
import type { QaLogLayout } from "./qa-layout";
import { formulaText } from "./row-height";

/** The answer and decision words as the sheet shows them (localised). */
export interface QaWords {
  yes: string;
  no: string;
  na: string;
  upheld: string;
  partly: string;
}

/** Earned-weight term of one criterion: weight × answer ÷ max (Yes/No: weight or 0; N/A: 0). */
function earnedTerm(cell: string, c: QaCatalogue["criteria"][number], w: QaWords): string {
  if (c.scale.kind === "yesNo") return `IF(${cell}=${formulaText(w.yes)},${c.weight},0)`;
  const term = `${c.weight}*${cell}/${c.scale.max}`;
  return c.naAllowed ? `IF(${cell}=${formulaText(w.na)},0,${term})` : term;
}

/** Possible-weight term: the weight, or 0 for N/A. */
function possibleTerm(cell: string, c: QaCatalogue["criteria"][number], w: QaWords): string {
  return c.naAllowed ? `IF(${cell}=${formulaText(w.na)},0,${c.weight})` : String(c.weight);
}

/**
 * Review score of log row `row` (0-based): blank until an agent is chosen; 0 with a red line;
 * blank while a criterion is unanswered or when all are N/A; else the weighted mean plus bonus,
 * capped at 100.
 */
export function scoreFormula(catalogue: QaCatalogue, layout: QaLogLayout, row: number, w: QaWords): string {
  const { columns } = layout;
  const cell = (col: number): string => a1(row, col);
  const crit = catalogue.criteria.map((c, i) => ({ c, ref: cell(columns.criteria[i]!) }));
  const earned = crit.map(({ c, ref }) => earnedTerm(ref, c, w)).join("+");
  const possible = crit.map(({ c, ref }) => possibleTerm(ref, c, w)).join("+");
  const bonus = catalogue.bonusItems.map((b, i) => `IF(${cell(columns.bonuses[i]!)}=${formulaText(w.yes)},${b.points},0)`);
  const bonusSum = bonus.length === 0 ? "" : `+${bonus.join("+")}`;
  const firstCrit = cell(columns.criteria[0]!);
  const lastCrit = cell(columns.criteria[columns.criteria.length - 1]!);
  return (
    `IF(${cell(columns.agent)}="","",IF(${cell(columns.redLine)}<>"",0,` +
    `IF(COUNTBLANK(${firstCrit}:${lastCrit})>0,"",IF((${possible})=0,"",` +
    `MIN(100,100*(${earned})/(${possible})${bonusSum})))))`
  );
}

/** 1 when the row names a red line, 0 when not, blank while the row is unused. */
export function redLineFlagFormula(layout: QaLogLayout, row: number): string {
  const { columns } = layout;
  return `IF(${a1(row, columns.agent)}="","",IF(${a1(row, columns.redLine)}="",0,1))`;
}

/** Final score: the revised score after an upheld / partly upheld appeal (blank until entered), else the review score. */
export function finalScoreFormula(layout: QaLogLayout, row: number, w: QaWords): string {
  const { columns } = layout;
  const score = a1(row, columns.score);
  const decision = a1(row, columns.decision);
  const revised = a1(row, columns.revisedScore);
  return (
    `IF(${score}="","",IF(AND(${a1(row, columns.appealed)}=${formulaText(w.yes)},` +
    `OR(${decision}=${formulaText(w.upheld)},${decision}=${formulaText(w.partly)})),` +
    `IF(ISNUMBER(${revised}),${revised},""),${score}))`
  );
}

/** Absolute whole-column range of the log's data rows, on the log sheet (`[[id]]!$B$5:$B$504`). */
export function logColumnRange(logRef: string, layout: QaLogLayout, col: number): string {
  const letter = columnLetter(col);
  return `${logRef}!$${letter}$${layout.firstDataRow + 1}:$${letter}$${layout.lastDataRow + 1}`;
}
