/**
 * The coaching form options and their checks (which form, for whom, which period).
 */
import { InputError } from "../errors";
import type { Agent, CoachingCategory, KpiSnapshot } from "../team/types";
import { format, LOCALES, type Locale } from "../../i18n/locale";
import { COACHING_STRINGS } from "../../i18n/coaching";
import { isCoachingCategory } from "./talking-points";
import type { CoachingQaEvidence } from "./qa-evidence";

export type CoachingFormKind = "prep" | "record" | "plan";
export const COACHING_FORMS: readonly CoachingFormKind[] = ["prep", "record", "plan"];

/**
 * Whom a form is for: a sample-team `Agent`, or someone the manager typed in. Without `kpi` the prep
 * form's KPI snapshot stays blank input cells (no zeros shown as figures); without `role`/`team`
 * those cells stay blank for the manager to fill.
 */
export type CoachingEmployee = Pick<Agent, "id" | "name"> & {
  role?: Agent["role"];
  team?: Agent["team"];
  coachingCategory?: CoachingCategory;
  kpi?: KpiSnapshot;
};

export interface CoachingFormOptions {
  form: CoachingFormKind | "all";
  /** Fills the employee block (name, role, team, category) and, on the prep form, the KPI snapshot. */
  agent?: CoachingEmployee;
  /** The category when no agent is given (or to override the agent's). */
  category?: CoachingCategory;
  /** Free text such as "2026-10" or "Q3 2026". */
  period?: string;
  /** The agent's QA figures from the QA log: the prep and record forms are pre-filled with them. */
  qa?: CoachingQaEvidence;
}

const MAX_PERIOD_LENGTH = 40;

function error(key: keyof (typeof COACHING_STRINGS)["en-US"]["errors"], values: Record<string, string> = {}): InputError {
  const text = {} as Record<Locale, string>;
  for (const l of LOCALES) text[l] = format(COACHING_STRINGS[l].errors[key], values);
  return new InputError(text);
}

/**
 * The forms to build, after checking the options (which may come from a task-pane form or a file).
 *
 * @throws InputError for an unknown form or category, or a period longer than 40 characters.
 */
export function checkCoachingOptions(options: CoachingFormOptions): CoachingFormKind[] {
  const form: unknown = options.form;
  if (form !== "all" && !(COACHING_FORMS as readonly unknown[]).includes(form)) throw error("badForm");
  if (options.category !== undefined && !isCoachingCategory(options.category)) throw error("badCategory", { category: String(options.category) });
  if (options.period !== undefined && options.period.length > MAX_PERIOD_LENGTH) throw error("badPeriod");
  return form === "all" ? [...COACHING_FORMS] : [form as CoachingFormKind];
}

/** The category the form opens with: the explicit option, else the agent's, else none. */
export function effectiveCategory(options: CoachingFormOptions): CoachingCategory | null {
  return options.category ?? options.agent?.coachingCategory ?? null;
}
