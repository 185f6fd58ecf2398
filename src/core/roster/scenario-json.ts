/** A scenario back to the CLI's JSON format (what `parseScenario` reads), e.g. to save a preset as a file. */
import { formatClock, formatHoursMinutes as offset } from "../clock";
import type { PauseRule, Scenario } from "./types";

function pause(p: PauseRule): Record<string, unknown> {
  return { minutes: p.minutes, earliestStart: offset(p.earliestStartMinutes), latestStart: offset(p.latestStartMinutes) };
}

export function scenarioToJson(s: Scenario): Record<string, unknown> {
  const json: Record<string, unknown> = {
    ...(s.name !== undefined ? { name: s.name } : {}),
    slotMinutes: s.slotMinutes,
    demand: s.demand,
    shifts: s.shifts.map((t) => {
      const shift: Record<string, unknown> = { name: t.name, start: formatClock(t.startMinutes) };
      if (t.latestStartMinutes !== t.startMinutes) shift.latestStart = formatClock(t.latestStartMinutes);
      if (t.startStepMinutes !== s.slotMinutes) shift.startStep = t.startStepMinutes;
      shift.end = offset(t.startMinutes + t.lengthMinutes > 1440 ? (t.startMinutes + t.lengthMinutes) % 1440 : t.startMinutes + t.lengthMinutes);
      shift.cost = t.cost;
      if (t.maxPeople !== undefined) shift.max = t.maxPeople;
      if (t.skill !== undefined) shift.skill = t.skill;
      if (t.meal) shift.meal = pause(t.meal);
      if (t.breaks.length > 0) shift.breaks = t.breaks.map(pause);
      return shift;
    }),
  };
  if (s.maxPerSlot !== undefined) json.maxPerSlot = s.maxPerSlot;
  Object.assign(json, { mealShare: s.mealShare, breakShare: s.breakShare, wrap: s.wrap, unmetPenalty: s.unmetPenalty, firstWeekday: s.firstWeekday });
  if (s.opening) json.opening = { open: offset(s.opening.openMinutes), close: offset(s.opening.closeMinutes) };
  json.minRestHours = s.rules.minRestMinutes / 60;
  json.people = s.people.map((p) => {
    const person: Record<string, unknown> = { id: p.id, name: p.name, employment: p.employment, skill: p.skill, maxHoursPerWeek: p.maxHoursPerWeek, daysOff: p.daysOff, nights: p.nights };
    if (p.availability) person.availability = p.availability.map((a) => (a === null ? null : { from: offset(a.fromMinutes), to: offset(a.toMinutes) }));
    if (p.preferredShiftMinutes !== undefined) person.preferredShiftHours = p.preferredShiftMinutes / 60;
    return person;
  });
  return json;
}
