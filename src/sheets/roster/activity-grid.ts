/**
 * What each person does in each global slot of a named roster (work, meal, part-meal, break), and
 * the codes the grid sheet prints for them, so the sheet's COUNTIF coverage row reproduces the
 * solver's coverage exactly.
 */
import type { NamedRoster, RosterShift } from "../../core/roster/types";
import { rosterString } from "../../i18n/roster";
import type { Locale } from "../../i18n/locale";

export type Activity = "work" | "meal" | "partMeal" | "break";

export interface GridCodes {
  work: string;
  meal: string;
  /** A slot partly spent eating (meals shorter than a slot); counts `partWeight` of a person. */
  partMeal: string;
  break: string;
}

export function gridCodes(locale: Locale): GridCodes {
  const work = rosterString(locale, "codeWork");
  const meal = rosterString(locale, "codeMeal");
  return { work, meal, partMeal: `${work}/${meal}`, break: rosterString(locale, "codeBreak") };
}

/** Activity per global slot of one rostered shift. */
export function shiftActivities(shift: RosterShift): Map<number, Activity> {
  const out = new Map<number, Activity>();
  const eating = new Map(shift.option.eating);
  for (const g of shift.option.present) {
    const e = eating.get(g) ?? 0;
    out.set(g, e >= 1 ? "meal" : e > 0 ? "partMeal" : "work");
  }
  for (const g of shift.breakSlots) out.set(g, "break");
  return out;
}

/** Activities of every person: personIndex → global slot → activity. */
export function personActivities(roster: NamedRoster): Map<number, Map<number, Activity>> {
  const out = new Map<number, Map<number, Activity>>();
  for (const s of roster.shifts) {
    const mine = out.get(s.personIndex) ?? new Map<number, Activity>();
    for (const [g, a] of shiftActivities(s)) mine.set(g, a);
    out.set(s.personIndex, mine);
  }
  return out;
}

/** Share of a slot a part-meal person still works (one weight per scenario, see scenario parsing). */
export function partMealWeight(roster: NamedRoster): number {
  for (const s of roster.shifts) for (const [, share] of s.option.eating) if (share < 1) return 1 - share;
  return 0;
}
