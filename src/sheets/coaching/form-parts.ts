/**
 * Parts every coaching form shares: the employee block (filled from the agent when given), the
 * talking points that follow the chosen category, and the sheet id / name per form.
 */
import { COACHING_CATEGORIES, categoryName, talkingPoints, maxTalkingPoints } from "../../core/coaching/talking-points";
import { effectiveCategory, type CoachingFormKind, type CoachingFormOptions } from "../../core/coaching/forms";
import { format, type Locale } from "../../i18n/locale";
import { QA_STRINGS } from "../../i18n/qa";
import { ESCALATION_KEYS } from "../../core/qa/escalation";
import { isoDate, periodText, qaTalkingPoints, situationLines, type CoachingQaEvidence } from "../../core/coaching/qa-evidence";
import { COACHING_STRINGS } from "../../i18n/coaching";
import { a1, formulaText } from "../spec";
import { FORM_COLUMNS, type FieldKind, type FormBuilder, type FormTexts } from "./form-builder";

export const BULLET = "• ";

export function formTexts(locale: Locale): FormTexts {
  const c = COACHING_STRINGS[locale].common;
  return { dateError: c.dateError, timeError: c.timeError, listError: c.listError, errorTitle: c.errorTitle };
}

/** The category dropdown: the category names in the locale. */
export function categoryField(locale: Locale): FieldKind {
  return { list: COACHING_CATEGORIES.map((c) => categoryName(c)[locale]) };
}

/** The category the form opens with, as its display name (blank when none). */
export function initialCategory(options: CoachingFormOptions, locale: Locale): string | null {
  const c = effectiveCategory(options);
  return c === null ? null : categoryName(c)[locale];
}

/**
 * Formulas for the talking-point lines: line i shows the i-th point of whichever category the
 * cell `categoryCell` names (nested IFs: no array constants, so every spreadsheet reads them).
 */
export function talkingPointFormulas(categoryCell: string, locale: Locale): string[] {
  return Array.from({ length: maxTalkingPoints() }, (_, i) => {
    let formula = '""';
    for (const c of [...COACHING_CATEGORIES].reverse()) {
      const point = talkingPoints(c)[i];
      const text = point === undefined ? '""' : formulaText(BULLET + point[locale]);
      formula = `IF(${categoryCell}=${formulaText(categoryName(c)[locale])},${text},${formula})`;
    }
    return formula;
  });
}

/** Adds the talking-points section for the category in (row, col). */
export function addTalkingPoints(form: FormBuilder, categoryAt: { row: number; col: number }, locale: Locale): void {
  form.section(COACHING_STRINGS[locale].common.talkingPoints);
  const longest = Array.from({ length: maxTalkingPoints() }, (_, i) =>
    COACHING_CATEGORIES.map((c) => BULLET + (talkingPoints(c)[i]?.[locale] ?? "")).reduce((a, b) => (b.length > a.length ? b : a), ""),
  );
  form.formulaLines(talkingPointFormulas(a1(categoryAt.row, categoryAt.col, true), locale), longest);
}

const ID_BASE: Record<CoachingFormKind, string> = { prep: "coachingPrep", record: "coachingRecord", plan: "coachingPlan" };

/** Sheet id and name of a form: one per agent when an agent is given. */
export function formIdentity(kind: CoachingFormKind, options: CoachingFormOptions, locale: Locale): { id: string; name: string } {
  const base = COACHING_STRINGS[locale][kind].sheetName;
  const agent = options.agent;
  return agent ? { id: `${ID_BASE[kind]}-${agent.id}`, name: `${base}-${agent.name}` } : { id: ID_BASE[kind], name: base };
}

/** Employee name, role and team from the agent; whatever it lacks stays blank. */
export function employeeValues(options: CoachingFormOptions, locale: Locale): { name: string | null; role: string | null; team: string | null } {
  const a = options.agent;
  return { name: a?.name ?? null, role: a?.role?.[locale] ?? null, team: a?.team?.[locale] || null };
}

/** The signatures block: employee and a second signer (manager or coach), each with a date. */
export function addSignatures(form: FormBuilder, locale: Locale, secondSigner: string): void {
  const c = COACHING_STRINGS[locale].common;
  form.section(c.signatures);
  form.fields([
    [c.employeeSignature, "text"],
    [c.date, "date"],
    [secondSigner, "text"],
    [c.date, "date"],
  ]);
}

/** Most example chats and failed criteria a form lists (the rest are in the QA log). */
const MAX_QA_ROWS = 5;

/**
 * The agent's QA evidence, labelled with the period and the date the values were taken: the
 * figures, the failed criteria with counts and weights, example chats, and the talking points that
 * follow from them. Values, not formulas: the form records what the log said when it was written.
 */
export function addQaEvidence(form: FormBuilder, qa: CoachingQaEvidence, locale: Locale): void {
  const t = COACHING_STRINGS[locale].qa;
  const q = QA_STRINGS[locale];
  const e = qa.evidence;
  const bold = { fixedStyle: { hAlign: "center", bold: true } } as const;
  form.section(format(t.section, { period: periodText(qa.evidence.period, locale), taken: isoDate(qa.takenOn) }));
  form.note(t.note);
  form.grid(
    [
      { header: t.reviews, span: 1, ...bold },
      { header: t.average, span: 2, ...bold },
      { header: t.redLines, span: 1, ...bold },
      { header: t.escalation, span: 2, fixedStyle: { hAlign: "center" } },
      { header: t.appeals, span: 1, ...bold },
      { header: t.upheld, span: 1, ...bold },
    ],
    1,
    [[e.reviews, e.averageFinalScore === null ? "—" : Number(e.averageFinalScore.toFixed(1)), e.redLines, q.escalation[ESCALATION_KEYS[e.escalation]], e.appeals, e.upheldAppeals]],
  );
  const failed = e.failedCriteria.slice(0, MAX_QA_ROWS);
  if (failed.length > 0) {
    form.grid(
      [
        { header: t.criterion, span: 4, fixedStyle: { bold: true } },
        { header: t.failures, span: 2, fixedStyle: { hAlign: "center" } },
        { header: t.weight, span: 2, fixedStyle: { hAlign: "center" } },
      ],
      failed.length,
      failed.map((f) => [qa.catalogue.criteria.find((c) => c.id === f.id)?.name[locale] ?? f.id, f.count, f.weight]),
    );
  }
  const examples = e.examples.slice(0, MAX_QA_ROWS);
  if (examples.length > 0) {
    form.grid([{ header: t.examples, span: FORM_COLUMNS }], examples.length, situationLines(qa, locale, MAX_QA_ROWS).map((line) => [line]));
  }
  const points = qaTalkingPoints(qa);
  if (points.length > 0) {
    form.section(t.pointsSection);
    for (const p of points) form.note(BULLET + p[locale]);
  }
}
