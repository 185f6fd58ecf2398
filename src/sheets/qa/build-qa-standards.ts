/**
 * The QA standards sheet (质检标准): the scoring rule written out for reviewers, the criteria by
 * section with weight, scale, failure mark, N/A and examples, the red lines, the bonus items and
 * the escalation ladder. The red-line names here feed the QA log's red-line dropdown.
 *
 * Standards are co-created with the business and revised (QA & coaching talk, docs/reference/sources.md), so the weights and bonus
 * points are the sheet's only input cells: the log's formulas read them. The weight total turns
 * red and a warning appears while it is not 100. Everything else is fixed by the generator (the
 * log's dropdowns are built from the scales) and the sheet is protected.
 */
import { SheetBuilder } from "../builder";
import { a1, a1Range, formulaText, type SheetSpec } from "../spec";
import { COLORS, STYLES } from "../styles";
import type { QaCatalogue } from "../../core/qa/catalogue";
import { ESCALATION_KEYS } from "../../core/qa/escalation";
import { format, type Locale } from "../../i18n/locale";
import { QA_STRINGS } from "../../i18n/qa";
import { weightsOffFormula } from "./qa-formulas";
import { STANDARDS_VALUE_COL, type QaStandardsCells } from "./qa-layout";
import { rowHeightFor } from "../row-heights";

/** Column widths A–H (characters). */
const WIDTHS = [16, 24, 8, 12, 12, 10, 48, 44] as const;
const LAST_COL = WIDTHS.length - 1;

export interface QaStandardsResult {
  spec: SheetSpec;
  /** 0-based rows of the red-line names (column B), for the log's dropdown source. */
  redLineRows: { first: number; last: number };
  /** The weight and bonus-point input cells and the weight total, for the log's formulas. */
  cells: QaStandardsCells;
}

export function buildQaStandards(catalogue: QaCatalogue, id: string, name: string, locale: Locale): QaStandardsResult {
  const t = QA_STRINGS[locale];
  const s = t.standards;
  const marker = { marker: t.log.weightsMarker };
  const channel = t.channel[catalogue.channel];
  const b = new SheetBuilder(id, name);
  b.widths(0, WIDTHS).tabColor(COLORS.headerFill);
  const span = (width: number, from = 0): number => WIDTHS.slice(from, from + width).reduce((x, y) => x + y, 0);

  b.value(0, 0, format(s.title, { channel }), STYLES.title).merge(0, 0, 0, LAST_COL);
  b.value(1, 0, s.subtitle, STYLES.subtitle).merge(1, 0, 1, LAST_COL);

  // The rule, one numbered line per row.
  let row = 3;
  b.value(row, 0, s.ruleHeading, STYLES.subHeader).merge(row, 0, row, LAST_COL).style({ top: row, left: 0, bottom: row, right: LAST_COL }, STYLES.subHeader);
  row++;
  for (const template of s.rules) {
    const rule = format(template, marker);
    b.value(row, 0, rule, STYLES.text).merge(row, 0, row, LAST_COL);
    b.height(row, rowHeightFor([[rule, span(WIDTHS.length)]]));
    row++;
  }

  // Criteria table.
  row++;
  b.value(row, 0, s.criteriaHeading, STYLES.subHeader).merge(row, 0, row, LAST_COL).style({ top: row, left: 0, bottom: row, right: LAST_COL }, STYLES.subHeader);
  row++;
  const cols = s.columns;
  b.row(row, 0, [cols.section, cols.criterion, cols.weight, cols.scale, cols.failedWhen, cols.naAllowed, cols.description, cols.examples], STYLES.header);
  b.height(row, 30);
  row++;
  const firstCriterionRow = row;
  const border = { border: "thin", vAlign: "top", wrap: true } as const;
  const V = STANDARDS_VALUE_COL;
  const weightRows: number[] = [];
  let sectionStart = row;
  catalogue.criteria.forEach((c, i) => {
    const section = catalogue.sections.find((x) => x.id === c.sectionId);
    const scale = c.scale.kind === "points" ? format(s.scalePoints, { max: c.scale.max }) : s.scaleYesNo;
    const failed = c.scale.kind === "points" ? format(s.failedBelow, { points: c.failBelowPoints ?? c.scale.max }) : s.failedNo;
    b.row(row, 0, [section?.title[locale] ?? c.sectionId, c.name[locale], c.weight, scale, failed, c.naAllowed ? t.answer.yes : t.answer.no, c.description[locale], c.examples[locale]], border);
    b.style({ top: row, left: 0, bottom: row, right: 0 }, { bold: true, fill: COLORS.subHeaderFill });
    b.style({ top: row, left: 2, bottom: row, right: 5 }, { hAlign: "center" });
    b.input(row, V, c.weight, { hAlign: "center", bold: true });
    weightRows.push(row);
    b.height(row, rowHeightFor([[c.description[locale], WIDTHS[6]], [c.examples[locale], WIDTHS[7]], [c.name[locale], WIDTHS[1]]]));
    const next = catalogue.criteria[i + 1];
    if (next === undefined || next.sectionId !== c.sectionId) {
      if (row > sectionStart) b.merge(sectionStart, 0, row, 0);
      sectionStart = row + 1;
    }
    row++;
  });
  const lastCriterionRow = row - 1;
  const totalRow = row;
  const weightRange = { top: firstCriterionRow, left: V, bottom: lastCriterionRow, right: V };
  b.validate({ range: weightRange, rule: { type: "decimal", min: 0.1, max: 100 }, allowBlank: false, errorTitle: t.log.errorTitle, error: s.weightError, prompt: s.weightError });
  b.value(row, 0, s.total, { ...STYLES.label }).merge(row, 0, row, 1).style({ top: row, left: 0, bottom: row, right: 1 }, STYLES.label);
  const total = a1(totalRow, V, true);
  b.formula(row, V, `SUM(${a1Range(weightRange)})`, { ...STYLES.computed, bold: true, hAlign: "center" });
  // The warning is a formula (blank at 100), so it is visible in print and in WPS too.
  b.formula(row, V + 1, `IF(${weightsOffFormula(total)},${formulaText(format(s.weightsWarning, marker))},"")`, { bold: true, fontColor: COLORS.badText, wrap: true, vAlign: "middle" });
  b.merge(row, V + 1, row, LAST_COL);
  b.height(row, 30);
  const off = { type: "expression", formula: weightsOffFormula(total) } as const;
  const red = { fill: COLORS.bad, fontColor: COLORS.badText, bold: true } as const;
  b.conditional({ range: { top: row, left: V, bottom: row, right: V }, rule: off, style: red });
  b.conditional({ range: weightRange, rule: off, style: red });
  row += 2;

  // Red lines: names in column B feed the log's dropdown.
  b.value(row, 0, s.redLineHeading, { ...STYLES.subHeader, fill: COLORS.bad, fontColor: COLORS.badText }).merge(row, 0, row, LAST_COL);
  row++;
  b.row(row, 0, ["#", s.item, cols.description, null, null, null, cols.examples, null], STYLES.header);
  b.merge(row, 2, row, 5).merge(row, 6, row, 7);
  row++;
  const redFirst = row;
  catalogue.redLines.forEach((r, i) => {
    b.row(row, 0, [i + 1, r.name[locale], r.description[locale], null, null, null, r.examples[locale], null], border);
    b.style({ top: row, left: 1, bottom: row, right: 1 }, { bold: true, fontColor: COLORS.badText });
    b.style({ top: row, left: 0, bottom: row, right: 0 }, { hAlign: "center" });
    b.merge(row, 2, row, 5).merge(row, 6, row, 7);
    b.height(row, rowHeightFor([[r.description[locale], span(4, 2)], [r.examples[locale], span(2, 6)]]));
    row++;
  });
  const redLast = row - 1;
  row++;

  // Bonus items.
  b.value(row, 0, s.bonusHeading, { ...STYLES.subHeader, fill: COLORS.good, fontColor: COLORS.goodText }).merge(row, 0, row, LAST_COL);
  row++;
  b.row(row, 0, ["#", s.item, s.points, cols.description, null, null, cols.examples, null], STYLES.header);
  b.merge(row, 3, row, 5).merge(row, 6, row, 7);
  row++;
  const bonusRows: number[] = [];
  catalogue.bonusItems.forEach((item, i) => {
    b.row(row, 0, [i + 1, item.name[locale], item.points, item.description[locale], null, null, item.examples[locale], null], border);
    b.input(row, V, item.points, { numFmt: '"+"0', hAlign: "center", bold: true });
    bonusRows.push(row);
    b.style({ top: row, left: 0, bottom: row, right: 0 }, { hAlign: "center" });
    b.merge(row, 3, row, 5).merge(row, 6, row, 7);
    b.height(row, rowHeightFor([[item.description[locale], span(3, 3)], [item.examples[locale], span(2, 6)]]));
    row++;
  });
  if (bonusRows.length > 0) {
    const range = { top: bonusRows[0]!, left: V, bottom: bonusRows[bonusRows.length - 1]!, right: V };
    b.validate({ range, rule: { type: "whole", min: 1, max: 100 }, allowBlank: false, errorTitle: t.log.errorTitle, error: s.bonusError, prompt: s.bonusError });
  }
  row++;

  // Escalation ladder.
  b.value(row, 0, s.escalationHeading, STYLES.subHeader).merge(row, 0, row, LAST_COL).style({ top: row, left: 0, bottom: row, right: LAST_COL }, STYLES.subHeader);
  row++;
  b.row(row, 0, [s.step, s.action, null, s.when, null, null, null, null], STYLES.header);
  b.merge(row, 1, row, 2).merge(row, 3, row, 7);
  row++;
  for (const [step, key] of ESCALATION_KEYS.entries()) {
    if (key === "none") continue;
    b.row(row, 0, [step, t.escalation[key], null, t.escalationWhen[key], null, null, null, null], border);
    b.style({ top: row, left: 0, bottom: row, right: 0 }, { hAlign: "center" });
    b.merge(row, 1, row, 2).merge(row, 3, row, 7);
    b.height(row, rowHeightFor([[t.escalation[key], span(2, 1)]]));
    row++;
  }

  b.print({ paper: "A4", orientation: "landscape", fitToWidth: true, footer: format(s.title, { channel }) });
  b.protect();
  return { spec: b.build(), redLineRows: { first: redFirst, last: redLast }, cells: { criteria: weightRows, bonuses: bonusRows, total: totalRow } };
}
