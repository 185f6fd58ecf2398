/**
 * A sample week for benchmarks and examples: 7 days × 144 ten-minute slots of an online shop's
 * chat demand (quiet nights, a late-morning and an evening peak, busier weekends) and one 8-hour
 * shift template starting every 30 minutes, optionally with a solver-placed 30-minute meal.
 */
import { SAMPLE_TEAM } from "../sample/team";
import { personFromAgent } from "./scenario";
import type { Person, Scenario } from "./types";

/** People needed per 10-minute slot on weekday `day` (0 = Monday); deterministic. */
export function sampleDayDemand(day: number, scale = 1): number[] {
  const weekend = day >= 5 ? 1.25 : 1;
  return Array.from({ length: 144 }, (_, t) => {
    const h = t / 6;
    const bump = (center: number, width: number, height: number) => height * Math.exp(-(((h - center) / width) ** 2));
    const level = 3 + bump(10.5, 2.2, 14) + bump(15, 2.5, 10) + bump(21, 1.8, 16) + bump(0.5, 1.2, 6) + (day % 3) * 0.8;
    return Math.max(1, Math.round(level * weekend * scale));
  });
}

/** The benchmark week: 8-hour shifts every 30 minutes, with or without a 30-minute meal 3½–5 h in. */
export function sampleWeekScenario(opts: { meals: boolean; scale?: number; people?: Person[]; days?: number }): Scenario {
  const days = opts.days ?? 7;
  return {
    slotMinutes: 10,
    days,
    demand: Array.from({ length: days }, (_, d) => sampleDayDemand(d, opts.scale ?? 1)),
    shifts: [
      {
        name: "8h",
        startMinutes: 0,
        latestStartMinutes: 1410,
        startStepMinutes: 30,
        lengthMinutes: 480,
        cost: 8,
        breaks: [],
        ...(opts.meals ? { meal: { minutes: 30, earliestStartMinutes: 210, latestStartMinutes: 300 } } : {}),
      },
    ],
    mealShare: 1,
    breakShare: 0.2,
    wrap: true,
    unmetPenalty: 800,
    firstWeekday: 0,
    people: opts.people ?? SAMPLE_TEAM.map(personFromAgent),
    rules: { minRestMinutes: 660 },
  };
}
