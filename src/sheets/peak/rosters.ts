/**
 * The plan's rosters: one per event day, solved for the agents the headcount sheet asks for, with
 * the team and the new hires of the hiring plan, using the Double-11 shift templates
 * (docs/reference/roster.md). Each roster's required row reads the headcount sheet by formula.
 */
import { assignRoster } from "../../core/roster/assign-roster";
import { double11Preset } from "../../core/roster/double11";
import { personFromAgent } from "../../core/roster/scenario";
import { solveShiftPlan } from "../../core/roster/solve-plan";
import type { NamedRoster, Person, Scenario } from "../../core/roster/types";
import type { PeakCalendar, PeakPlanNumbers } from "../../core/peak";
import type { Agent } from "../../core/team/types";
import type { Locale } from "../../i18n/locale";
import { newHireNames } from "../../core/training/calendar-plan";
import { eventDayLabel } from "./labels";

/** The people the hiring plan adds, named as the training sheets name them ("新人1" / "New hire 1"). */
function newHires(count: number, locale: Locale): Person[] {
  return newHireNames(count, locale).map((name, i) => ({ id: `N${i + 1}`, name, employment: "temporary", skill: "pre-sale", maxHoursPerWeek: 40, daysOff: [], nights: true }));
}

/** Monday = 0, as rosters count weekdays. */
export function weekdayOf(serial: number): number {
  return (((serial - 2) % 7) + 7) % 7;
}

/** The Double-11 template of the day crew (08:30–17:00, lunch in rotation from 11:00). */
const DAY_SHIFT = 2;
/**
 * The day crew may start up to an hour later (08:30, 09:00, 09:30), its lunch window moving with it.
 * With one start, only half the crew can eat at once in the 80-minute window and no other crew is
 * there, so the forecast's late-morning load needed twice its people all day; staggered starts and
 * lunches cut the sample days' cost by 34 units each (−11 % on the main day) and the day crew 16 → 12.
 */
const DAY_START_STAGGER_MINUTES = 60;

/** The scenario of event day `day`: its agents per slot, the team plus `hires` new hires. */
export function eventDayScenario(calendar: PeakCalendar, plan: PeakPlanNumbers, day: number, team: readonly Agent[], hires: number, locale: Locale): Scenario {
  const preset = double11Preset(locale);
  return {
    ...preset,
    shifts: preset.shifts.map((t, i) => (i === DAY_SHIFT ? { ...t, latestStartMinutes: t.startMinutes + DAY_START_STAGGER_MINUTES, startStepMinutes: 30 } : t)),
    name: eventDayLabel(calendar, day, plan.mainDay, locale),
    slotMinutes: 1440 / plan.agents[day]!.length,
    demand: [plan.agents[day]!],
    firstWeekday: weekdayOf(calendar.eventDays[day]!.date),
    people: [...team.map(personFromAgent), ...newHires(hires, locale)],
  };
}

/** Solves and names one roster per event day (HiGHS; the slow part of building a plan). */
export async function solveEventRosters(scenarios: readonly Scenario[]): Promise<NamedRoster[]> {
  const rosters: NamedRoster[] = [];
  for (const scenario of scenarios) {
    const plan = await solveShiftPlan(scenario);
    rosters.push(assignRoster(plan, scenario.people, scenario.rules));
  }
  return rosters;
}

export function totalHires(plan: PeakPlanNumbers): number {
  return plan.hiring.reduce((a, w) => a + w.hires, 0);
}
