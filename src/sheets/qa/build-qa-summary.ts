/**
 * The QA summary (质检汇总): per agent — reviews, average final score, red lines, failures per
 * criterion, criteria failed twice or more with the escalation step, appeals, appeal rate, appeals
 * upheld; per reviewer — reviews, upheld appeals, QA accuracy = 1 − upheld ÷ reviews.
 * Mirrors `core/qa/summarise-reviews.ts`; counts use the log rows that have a score.
 * The name lists (column A) are inputs: the log's agent and reviewer dropdowns read them.
 */
import { SheetBuilder } from "../builder";
import { a1, sheetRef, formulaText, type SheetSpec } from "../spec";
import { COLORS, FORMATS, STYLES } from "../styles";
import type { QaCatalogue } from "../../core/qa/catalogue";
import { format, type Locale } from "../../i18n/locale";
import { QA_STRINGS } from "../../i18n/qa";
import { logColumnRange, weightsOffFormula } from "./qa-formulas";
import type { QaLogLayout, QaSheetIds, QaSummaryLayout } from "./qa-layout";
import { qaWords } from "./build-qa-log";

export function buildQaSummary(
  catalogue: QaCatalogue,
  log: QaLogLayout,
  layout: QaSummaryLayout,
  ids: QaSheetIds,
  agents: readonly string[],
  reviewers: readonly string[],
  name: string,
  locale: Locale,
  /** The standards sheet's weight total: a warning shows here while it is not 100. */
  weightTotalRef: string,
): SheetSpec {
  const t = QA_STRINGS[locale];
  const s = t.summary;
  const w = qaWords(locale);
  const channel = t.channel[catalogue.channel];
  const b = new SheetBuilder(ids.summary, name);
  b.tabColor(COLORS.headerFill);
  const lc = log.columns;
  const range = (col: number): string => logColumnRange(sheetRef(ids.log), log, col);
  const agentR = range(lc.agent);
  const reviewerR = range(lc.reviewer);
  const scoreR = range(lc.score);
  const finalR = range(lc.finalScore);
  const scored = `${scoreR},">=0"`;
  const yes = formulaText(w.yes);
  const fc = layout.firstFailureCol;
  const lastCol = fc + catalogue.criteria.length - 1;

  b.value(0, 0, format(s.title, { channel }), STYLES.title);
  b.value(1, 0, s.subtitle, STYLES.subtitle);
  // Scores are suspended (text marker, not counted) while the weights are off: say why the counts are 0.
  b.formula(2, 0, `IF(${weightsOffFormula(weightTotalRef)},${formulaText(s.weightsWarning)},"")`, { bold: true, fontColor: COLORS.badText });

  // By agent.
  b.value(layout.agentHeaderRow - 1, 0, s.byAgent, STYLES.subHeader);
  const agentHeaders = [s.agent, s.reviews, s.average, s.redLines, s.repeatedCriteria, s.worstRepeat, s.escalation, s.appeals, s.appealRate, s.upheld];
  b.row(layout.agentHeaderRow, 0, agentHeaders, STYLES.header);
  b.row(layout.agentHeaderRow, fc, catalogue.criteria.map((c) => format(s.failuresOf, { name: c.name[locale] })), STYLES.header);
  b.height(layout.agentHeaderRow, 48);
  const num = { ...STYLES.computed, hAlign: "center" } as const;
  for (let r = layout.agentRows.first; r <= layout.agentRows.last; r++) {
    const nameCell = `$A${r + 1}`;
    const guard = (f: string): string => `IF(${nameCell}="","",${f})`;
    const mine = `${agentR},${nameCell},${scored}`;
    const reviews = a1(r, 1);
    b.input(r, 0, agents[r - layout.agentRows.first] ?? null, { vAlign: "middle" });
    b.formula(r, 1, guard(`COUNTIFS(${mine})`), num);
    b.formula(r, 2, guard(`IF(COUNTIFS(${agentR},${nameCell},${finalR},">=0")=0,"",AVERAGEIFS(${finalR},${agentR},${nameCell},${finalR},">=0"))`), { ...num, numFmt: FORMATS.decimal1 });
    b.formula(r, 3, guard(`SUMIFS(${range(lc.redLineFlag)},${mine})`), num);
    const failures = `${a1(r, fc)}:${a1(r, lastCol)}`;
    b.formula(r, 4, guard(`COUNTIF(${failures},">=2")`), num);
    b.formula(r, 5, guard(`MAX(${failures})`), num);
    const worst = a1(r, 5);
    b.formula(
      r,
      6,
      guard(
        `IF(${reviews}=0,"",IF(OR(${a1(r, 3)}>0,${worst}>=3),${formulaText(t.escalation.specialPlan)},` +
          `IF(${worst}=2,${formulaText(t.escalation.coachingTalk)},IF(${worst}=1,${formulaText(t.escalation.reminder)},${formulaText(t.escalation.none)}))))`,
      ),
      { ...STYLES.computed, wrap: true },
    );
    b.formula(r, 7, guard(`COUNTIFS(${mine},${range(lc.appealed)},${yes})`), num);
    b.formula(r, 8, guard(`IF(${reviews}=0,"",${a1(r, 7)}/${reviews})`), { ...num, numFmt: FORMATS.percent });
    b.formula(r, 9, guard(upheldCount(mine, range(lc.appealed), range(lc.decision), w)), num);
    catalogue.criteria.forEach((c, i) => {
      const critR = range(lc.criteria[i]!);
      const failed = c.scale.kind === "points" ? `"<${c.failBelowPoints ?? c.scale.max}"` : formulaText(w.no);
      b.formula(r, fc + i, guard(`COUNTIFS(${mine},${critR},${failed})`), num);
    });
  }
  const agentBlock = (col: number) => ({ top: layout.agentRows.first, left: col, bottom: layout.agentRows.last, right: col });
  // Blank rows hold "" and Excel ranks text above numbers, so every rule checks ISNUMBER first.
  const firstAgent = layout.agentRows.first;
  b.conditional({
    range: { ...agentBlock(fc), right: lastCol },
    rule: { type: "expression", formula: `AND(ISNUMBER(${a1(firstAgent, fc)}),${a1(firstAgent, fc)}>=2)` },
    style: { fill: COLORS.warn, fontColor: COLORS.warnText, bold: true },
  });
  b.conditional({
    range: agentBlock(3),
    rule: { type: "expression", formula: `AND(ISNUMBER(${a1(firstAgent, 3)}),${a1(firstAgent, 3)}>0)` },
    style: { fill: COLORS.bad, fontColor: COLORS.badText, bold: true },
  });
  b.conditional({
    range: agentBlock(6),
    rule: { type: "expression", formula: `OR(AND(ISNUMBER($D${firstAgent + 1}),$D${firstAgent + 1}>0),AND(ISNUMBER($F${firstAgent + 1}),$F${firstAgent + 1}>=2))` },
    style: { fill: COLORS.warn, fontColor: COLORS.warnText },
  });

  // By reviewer.
  b.value(layout.reviewerHeaderRow - 1, 0, s.byReviewer, STYLES.subHeader);
  const reviewerHeaders = [s.reviewer, s.reviews, s.upheld, s.accuracy];
  b.row(layout.reviewerHeaderRow, 0, reviewerHeaders, STYLES.header);
  for (let r = layout.reviewerRows.first; r <= layout.reviewerRows.last; r++) {
    const nameCell = `$A${r + 1}`;
    const guard = (f: string): string => `IF(${nameCell}="","",${f})`;
    const mine = `${reviewerR},${nameCell},${scored}`;
    b.input(r, 0, reviewers[r - layout.reviewerRows.first] ?? null, { vAlign: "middle" });
    b.formula(r, 1, guard(`COUNTIFS(${mine})`), num);
    b.formula(r, 2, guard(upheldCount(mine, range(lc.appealed), range(lc.decision), w)), num);
    b.formula(r, 3, guard(`IF(${a1(r, 1)}=0,"",1-${a1(r, 2)}/${a1(r, 1)})`), { ...num, numFmt: FORMATS.percent });
  }

  b.widths(0, [14, 9, 11, 9, 12, 12, 22, 9, 9, 10, 3]);
  b.widths(fc, catalogue.criteria.map(() => 12));
  b.freeze(layout.agentHeaderRow + 1, 1);
  // Legible on A4 without shrinking the whole width onto one page: the agent figures, the reviewers
  // and the agents' failures per criterion (names repeated on the left) each print from a new page
  // (in the order LibreOffice prints areas: by column, then by row).
  // 90 %: the agent block with its spare rows is taller than a landscape page at 100 %.
  b.print({
    paper: "A4",
    orientation: "landscape",
    scale: 90,
    area: [
      { top: 0, left: 0, bottom: layout.agentRows.last, right: agentHeaders.length - 1 },
      { top: layout.reviewerHeaderRow - 1, left: 0, bottom: layout.reviewerRows.last, right: reviewerHeaders.length - 1 },
      { top: layout.agentHeaderRow, left: fc, bottom: layout.agentRows.last, right: lastCol },
    ],
    repeatCols: { first: 0, last: 0 },
    footer: format(s.title, { channel }),
  });
  b.protect();
  return b.build();
}

/** Appeals of the row's reviews decided "upheld" or "partly upheld". */
function upheldCount(mine: string, appealedR: string, decisionR: string, w: ReturnType<typeof qaWords>): string {
  const yes = formulaText(w.yes);
  return `COUNTIFS(${mine},${appealedR},${yes},${decisionR},${formulaText(w.upheld)})+COUNTIFS(${mine},${appealedR},${yes},${decisionR},${formulaText(w.partly)})`;
}
