/**
 * The QA log (质检记录): one Excel table row per reviewed chat, pre-formatted for `rows` reviews.
 * Inputs (date, agent, reviewer, conversation, one dropdown per criterion, red line, bonus items,
 * comment, appeal columns) are unlocked and yellow; score, red-line flag and final score are
 * formulas that stay blank until the row is used.
 *
 * Weights and bonus points come from the standards sheet's input cells (shown live above the
 * header), so header names carry no weight that could go stale.
 *
 * The sheet is deliberately left unprotected: a protected sheet cannot sort, filter or grow its
 * table, which reviewers do daily. Formula cells are still marked locked.
 */
import { SheetBuilder } from "../builder";
import { a1, columnLetter, sheetRef, formulaText, type Scalar, type SheetSpec } from "../spec";
import { COLORS, FORMATS, STYLES } from "../styles";
import type { QaCatalogue } from "../../core/qa/catalogue";
import type { QaLogEntry } from "../../core/qa/qa-log";
import { format, type Locale } from "../../i18n/locale";
import { QA_STRINGS } from "../../i18n/qa";
import { finalScoreFormula, redLineFlagFormula, scoreFormula, type QaWeightRefs, type QaWords } from "./qa-formulas";
import { DATE_RANGE, type QaLogLayout, type QaSheetIds } from "./qa-layout";
import { logRowCells } from "./qa-log-rows";

export interface QaLogSources {
  ids: QaSheetIds;
  /** 0-based rows of the agent / reviewer name lists on the summary sheet (column A). */
  agentRows: { first: number; last: number };
  reviewerRows: { first: number; last: number };
  /** 0-based rows of the red-line names on the standards sheet (column B). */
  redLineRows: { first: number; last: number };
  /** The standards sheet's weight and bonus-point cells the score formulas read. */
  weights: QaWeightRefs;
}

/** The words the log's dropdowns and formulas use, in the sheet's locale. */
export function qaWords(locale: Locale): QaWords {
  const t = QA_STRINGS[locale];
  return { yes: t.answer.yes, no: t.answer.no, na: t.answer.na, upheld: t.decision.upheld, partly: t.decision.partly, weightsMarker: t.log.weightsMarker };
}

/** The column headers of the log, in column order (also the table's column names). */
export function qaLogHeaders(catalogue: QaCatalogue, locale: Locale): string[] {
  const l = QA_STRINGS[locale].log;
  return [
    l.date,
    l.agent,
    l.reviewer,
    l.conversation,
    ...catalogue.criteria.map((c) => c.name[locale]),
    l.redLine,
    ...catalogue.bonusItems.map((item) => format(l.bonus, { name: item.name[locale] })),
    l.score,
    l.redLineFlag,
    l.comment,
    l.appealed,
    l.appealReason,
    l.decision,
    l.revisedScore,
    l.finalScore,
  ];
}

/** Empty rows a blank log prints: most of one landscape page (fitted to its width) to fill in by hand. */
export const BLANK_PRINT_ROWS = 50;

/** "$B5": column fixed, row relative (conditional formats over many columns). */
const fixedCol = (row: number, col: number): string => `$${columnLetter(col)}${row + 1}`;

const listRange = (sheetId: string, col: string, rows: { first: number; last: number }): string =>
  `${sheetRef(sheetId)}!$${col}$${rows.first + 1}:$${col}$${rows.last + 1}`;

export function buildQaLog(
  catalogue: QaCatalogue,
  layout: QaLogLayout,
  sources: QaLogSources,
  name: string,
  locale: Locale,
  tableName: string,
  /** Reviews to fill the first rows with (the sample month); the user's log starts empty. */
  entries: readonly QaLogEntry[] = [],
): SheetSpec {
  const t = QA_STRINGS[locale];
  const l = t.log;
  const w = qaWords(locale);
  const { columns, headerRow, firstDataRow, lastDataRow } = layout;
  const channel = t.channel[catalogue.channel];
  const b = new SheetBuilder(sources.ids.log, name);
  b.tabColor(COLORS.headerFill);

  b.value(0, 0, format(l.title, { channel }), STYLES.title);
  b.value(1, 0, l.subtitle, STYLES.subtitle);
  const headers = qaLogHeaders(catalogue, locale);
  b.row(headerRow, 0, headers, STYLES.header);
  b.height(headerRow, 45);

  // The live weights above the header: what the score formulas use right now.
  const weightRow = headerRow - 1;
  const live = { ...STYLES.computed, hAlign: "center", bold: true } as const;
  b.value(weightRow, columns.conversation, l.weightRow, { ...STYLES.label, hAlign: "right" });
  columns.criteria.forEach((col, i) => b.formula(weightRow, col, sources.weights.criteria[i]!, live));
  columns.bonuses.forEach((col, i) => b.formula(weightRow, col, sources.weights.bonuses[i]!, { ...live, numFmt: '"+"0' }));
  b.formula(weightRow, columns.score, sources.weights.total, live);
  b.conditional({
    range: { top: weightRow, left: columns.score, bottom: weightRow, right: columns.score },
    rule: { type: "expression", formula: `ROUND(${a1(weightRow, columns.score)},9)<>100` },
    style: { fill: COLORS.bad, fontColor: COLORS.badText, bold: true },
  });

  const computed = { ...STYLES.computed, numFmt: FORMATS.decimal1, hAlign: "center" } as const;
  const flagStyle = { ...STYLES.computed, numFmt: `${formulaText(l.redLineFlagFormat)};;""`, hAlign: "center", bold: true } as const;
  for (let r = firstDataRow; r <= lastDataRow; r++) {
    const entry = entries[r - firstDataRow];
    const filled = entry ? logRowCells(catalogue, columns, entry, locale) : new Map<number, Scalar>();
    const at = (col: number): Scalar => filled.get(col) ?? null;
    b.input(r, columns.date, at(columns.date), { numFmt: FORMATS.date });
    for (const col of [columns.agent, columns.reviewer, columns.conversation, ...columns.criteria, columns.redLine, ...columns.bonuses]) b.input(r, col, at(col));
    for (const col of [columns.comment, columns.appealed, columns.appealReason, columns.decision]) b.input(r, col, at(col));
    b.input(r, columns.revisedScore, at(columns.revisedScore), { numFmt: FORMATS.decimal1 });
    b.formula(r, columns.score, scoreFormula(catalogue, layout, r, w, sources.weights), computed);
    b.formula(r, columns.redLineFlag, redLineFlagFormula(layout, r), flagStyle);
    b.formula(r, columns.finalScore, finalScoreFormula(layout, r, w), { ...computed, bold: true });
  }

  const rows = (col: number) => ({ top: firstDataRow, left: col, bottom: lastDataRow, right: col });
  const listError = { errorTitle: l.errorTitle, error: l.listError } as const;
  b.validate({ range: rows(columns.date), rule: { type: "date", ...DATE_RANGE }, allowBlank: true, errorTitle: l.errorTitle, error: l.dateError });
  b.validate({ range: rows(columns.agent), rule: { type: "list", source: listRange(sources.ids.summary, "A", sources.agentRows) }, allowBlank: true, ...listError });
  b.validate({ range: rows(columns.reviewer), rule: { type: "list", source: listRange(sources.ids.summary, "A", sources.reviewerRows) }, allowBlank: true, ...listError });
  catalogue.criteria.forEach((c, i) => {
    const values = c.scale.kind === "points" ? Array.from({ length: c.scale.max + 1 }, (_, p) => String(p)) : [w.yes, w.no];
    if (c.naAllowed) values.push(w.na);
    const scale = c.scale.kind === "points" ? format(t.standards.scalePoints, { max: c.scale.max }) : t.standards.scaleYesNo;
    b.validate({
      range: rows(columns.criteria[i]!),
      rule: { type: "list", values },
      allowBlank: true,
      prompt: format(l.criterionPrompt, { name: c.name[locale], scale: c.naAllowed ? `${scale} / ${w.na}` : scale }),
      ...listError,
    });
  });
  b.validate({ range: rows(columns.redLine), rule: { type: "list", source: listRange(sources.ids.standards, "B", sources.redLineRows) }, allowBlank: true, ...listError });
  for (const col of columns.bonuses) b.validate({ range: rows(col), rule: { type: "list", values: [w.yes] }, allowBlank: true, ...listError });
  b.validate({ range: rows(columns.appealed), rule: { type: "list", values: [w.yes, w.no] }, allowBlank: true, ...listError });
  b.validate({ range: rows(columns.decision), rule: { type: "list", values: [w.upheld, w.partly, t.decision.rejected] }, allowBlank: true, ...listError });
  b.validate({ range: rows(columns.revisedScore), rule: { type: "decimal", min: 0, max: 100 }, allowBlank: true, errorTitle: l.errorTitle, error: l.scoreError });

  // Visible help: a used row with an unanswered criterion (no red line), an appeal without decision, red lines.
  const first = firstDataRow;
  const firstCrit = columns.criteria[0]!;
  b.conditional({
    range: { top: first, left: firstCrit, bottom: lastDataRow, right: columns.criteria[columns.criteria.length - 1]! },
    rule: { type: "expression", formula: `AND(${fixedCol(first, columns.agent)}<>"",${fixedCol(first, columns.redLine)}="",${a1(first, firstCrit)}="")` },
    style: { fill: COLORS.warn, fontColor: COLORS.warnText },
  });
  b.conditional({
    range: rows(columns.decision),
    rule: { type: "expression", formula: `AND(${fixedCol(first, columns.appealed)}=${formulaText(w.yes)},${a1(first, columns.decision)}="")` },
    style: { fill: COLORS.warn, fontColor: COLORS.warnText },
  });
  // The weights marker (text instead of a score) in red.
  for (const col of [columns.score, columns.finalScore]) {
    b.conditional({
      range: rows(col),
      rule: { type: "expression", formula: `AND(ISTEXT(${a1(first, col)}),${a1(first, col)}<>"")` },
      style: { fill: COLORS.bad, fontColor: COLORS.badText, bold: true },
    });
  }
  b.conditional({
    range: rows(columns.redLineFlag),
    rule: { type: "cellIs", operator: "equal", formulas: ["1"] },
    style: { fill: COLORS.bad, fontColor: COLORS.badText, bold: true },
  });

  const tableColumns = headers.map((header, col) => {
    if (col === columns.score) return { name: header, formula: scoreFormula(catalogue, layout, first, w, sources.weights) };
    if (col === columns.redLineFlag) return { name: header, formula: redLineFlagFormula(layout, first) };
    if (col === columns.finalScore) return { name: header, formula: finalScoreFormula(layout, first, w) };
    return { name: header };
  });
  b.table({ name: tableName, range: { top: headerRow, left: 0, bottom: lastDataRow, right: columns.last }, columns: tableColumns, style: "TableStyleLight1", showRowStripes: false });

  const widths: number[] = [];
  widths[columns.date] = 11;
  widths[columns.agent] = 12;
  widths[columns.reviewer] = 11;
  widths[columns.conversation] = 16;
  for (const c of columns.criteria) widths[c] = 11;
  widths[columns.redLine] = 14;
  for (const c of columns.bonuses) widths[c] = 10;
  widths[columns.score] = 11;
  widths[columns.redLineFlag] = 9;
  widths[columns.comment] = 26;
  widths[columns.appealed] = 8;
  widths[columns.appealReason] = 24;
  widths[columns.decision] = 12;
  widths[columns.revisedScore] = 9;
  widths[columns.finalScore] = 11;
  b.widths(0, widths.map((x) => x ?? 10));
  b.freeze(headerRow + 1, 2);
  // Print the header and the filled rows, not hundreds of empty ones; a blank log prints one page to
  // fill in by hand. The area is fixed when the sheet is written: LibreOffice ignores a print area
  // that grows with the data (an OFFSET formula), so rows added later print once the area is reset,
  // as the note above the table says.
  const printedRows = entries.length > 0 ? entries.length : BLANK_PRINT_ROWS;
  const area = { top: 0, left: 0, bottom: Math.min(lastDataRow, firstDataRow + printedRows - 1), right: columns.last };
  b.value(1, columns.comment, format(l.printNote, { first: 1, last: area.bottom + 1 }), { ...STYLES.note, wrap: false });
  b.print({ paper: "A4", orientation: "landscape", fitToWidth: true, area, repeatRows: { first: headerRow, last: headerRow }, footer: format(l.title, { channel }) });
  return b.build();
}
