/**
 * Expands a scenario's shift templates into the columns of the shift model: one per day, template,
 * allowed start and meal start. The solver decides how many people take each.
 */
import { mealBlocksBreak } from "./break-model";
import type { Scenario, ShiftOption, ShiftTemplate } from "./types";

/** Slots in one day. */
export function slotsPerDay(scenario: Pick<Scenario, "slotMinutes">): number {
  return 1440 / scenario.slotMinutes;
}

/** Allowed start times of a template, minutes after 00:00 (inside opening hours). */
export function allowedStarts(template: ShiftTemplate, scenario: Pick<Scenario, "opening">): number[] {
  const starts: number[] = [];
  for (let m = template.startMinutes; m <= template.latestStartMinutes; m += template.startStepMinutes) {
    const open = scenario.opening;
    if (open && (m < open.openMinutes || m + template.lengthMinutes > open.closeMinutes)) continue;
    starts.push(m);
  }
  return starts;
}

/** Meal starts as slot offsets from the shift's start (`[null]` when the shift has no meal). */
export function mealOffsets(template: ShiftTemplate, slotMinutes: number): Array<number | null> {
  const meal = template.meal;
  if (!meal) return [null];
  const offsets: number[] = [];
  const first = Math.ceil(meal.earliestStartMinutes / slotMinutes);
  const last = Math.floor(meal.latestStartMinutes / slotMinutes);
  for (let k = first; k <= last; k++) {
    if (k * slotMinutes + meal.minutes <= template.lengthMinutes) offsets.push(k);
  }
  return offsets;
}

/**
 * Every option of every template on every day. A shift crossing the last day's midnight wraps to
 * day 0 when `scenario.wrap`, else its slots past the end cover nothing. A meal placement that leaves
 * a short break nowhere to go is not an option.
 */
export function buildShiftOptions(scenario: Scenario): ShiftOption[] {
  const perDay = slotsPerDay(scenario);
  const total = perDay * scenario.days;
  const slot = scenario.slotMinutes;
  const options: ShiftOption[] = [];
  for (let day = 0; day < scenario.days; day++) {
    scenario.shifts.forEach((template, shift) => {
      const lengthSlots = template.lengthMinutes / slot;
      for (const startMinutes of allowedStarts(template, scenario)) {
        const startSlot = startMinutes / slot;
        for (const mealOffsetSlots of mealOffsets(template, slot)) {
          const work: Array<[number, number]> = [];
          const present: number[] = [];
          const eating: Array<[number, number]> = [];
          for (let i = 0; i < lengthSlots; i++) {
            let g = day * perDay + startSlot + i;
            if (g >= total) {
              if (!scenario.wrap) break;
              g -= total;
            }
            present.push(g);
            const eaten = mealOffsetSlots === null ? 0 : mealShareOfSlot(i, mealOffsetSlots, template.meal?.minutes ?? 0, slot);
            if (eaten > 0) eating.push([g, eaten]);
            if (eaten < 1) work.push([g, 1 - eaten]);
          }
          const option = { day, shift, startSlot, mealOffsetSlots, work, present, eating };
          if (!mealBlocksBreak(scenario, option)) options.push(option);
        }
      }
    });
  }
  return options;
}

/** Share of slot `i` of the shift spent eating, for a meal starting at slot offset `mealStart`. */
function mealShareOfSlot(i: number, mealStart: number, mealMinutes: number, slotMinutes: number): number {
  const from = Math.max(i * slotMinutes, mealStart * slotMinutes);
  const to = Math.min((i + 1) * slotMinutes, mealStart * slotMinutes + mealMinutes);
  return to > from ? (to - from) / slotMinutes : 0;
}

/** Stable text key of an option, for grouping and sheet rows. */
export function optionKey(o: Pick<ShiftOption, "day" | "shift" | "startSlot" | "mealOffsetSlots">): string {
  return `${o.day}/${o.shift}/${o.startSlot}/${o.mealOffsetSlots ?? "-"}`;
}
