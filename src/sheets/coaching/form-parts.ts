/**
 * Parts every coaching form shares: the employee block (filled from the agent when given), the
 * talking points that follow the chosen category, and the sheet id / name per form.
 */
import { COACHING_CATEGORIES, categoryName, talkingPoints, maxTalkingPoints } from "../../core/coaching/talking-points";
import { effectiveCategory, type CoachingFormKind, type CoachingFormOptions } from "../../core/coaching/forms";
import type { Locale } from "../../i18n/locale";
import { COACHING_STRINGS } from "../../i18n/coaching";
import { a1, formulaText } from "../spec";
import type { FieldKind, FormBuilder, FormTexts } from "./form-builder";

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
