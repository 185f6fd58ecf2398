/**
 * The Double-11 day from seed article 003 as a scenario (shared/reference/roster.md): 10-minute
 * slots, the day's five phases as a demand curve sized for the 30-person sample team plus four
 * reserves, and shift templates whose meals fall in the article's rotation windows:
 *
 * | 00:00–02:00 | highest peak          | overnight crew all on                     |
 * | 02:00–08:30 | calm                  | overnight crew eats and rests in rotation |
 * | 08:30–11:00 | daytime peak          | day crew all on, overnight crew off       |
 * | 11:00–12:20 | lunch in rotation     | day crew eats (meal window)               |
 * | 12:20–17:00 | everyone on           | day + mid crews                           |
 * | 17:00–18:20 | dinner in rotation    | mid + evening crews eat                   |
 * | 20:00       | snacks                | evening crew's short break                |
 * | 21:00–24:00 | smaller peak, relief  | evening crew + reserves' relief shift     |
 *
 * A one-off event day: `wrap` is false, so nothing after 24:00 is this scenario's business (the
 * 12th gets its own roster).
 */
import { SAMPLE_TEAM } from "../sample/team";
import { personFromAgent } from "./scenario";
import type { Person, Scenario, ShiftTemplate } from "./types";

/** Wednesday 11 November 2026. */
const DOUBLE_11_WEEKDAY = 2;

/** [from, to, people needed] in clock minutes. */
const PHASES: ReadonlyArray<readonly [number, number, number]> = [
  [0, 120, 8],
  [120, 510, 4],
  [510, 660, 9],
  [660, 740, 5],
  [740, 1020, 12],
  [1020, 1100, 5],
  [1100, 1260, 8],
  [1260, 1440, 9],
];

const h = (hours: number, minutes = 0) => hours * 60 + minutes;

/** A fixed-start template; meal/break windows are given as clock times and stored as offsets. */
function template(
  name: string,
  start: number,
  end: number,
  costPerHour: number,
  meal: [from: number, latestStart: number, minutes: number] | null,
  breaks: Array<[from: number, latestStart: number, minutes: number]>,
  latestStart = start,
  stepMinutes = 10,
): ShiftTemplate {
  const pause = ([from, latest, minutes]: [number, number, number]) => ({ minutes, earliestStartMinutes: from - start, latestStartMinutes: latest - start });
  const t: ShiftTemplate = {
    name,
    startMinutes: start,
    latestStartMinutes: latestStart,
    startStepMinutes: stepMinutes,
    lengthMinutes: end - start,
    cost: ((end - start) / 60) * costPerHour,
    breaks: breaks.map(pause),
  };
  if (meal) t.meal = pause(meal);
  return t;
}

/** Localized template names, so sheets read naturally in both languages. */
export const DOUBLE11_SHIFT_NAMES = {
  "en-US": ["Overnight", "Day", "Mid", "Evening", "Relief"],
  "zh-CN": ["通宵班", "早班", "中班", "晚班", "接力班"],
} as const;

/** The seed's Double-11 day as a scenario for the sample team (+ 4 reserves), in 10-minute slots. */
export function double11Preset(locale: "en-US" | "zh-CN" = "zh-CN"): Scenario {
  const names = DOUBLE11_SHIFT_NAMES[locale];
  const demand = Array.from({ length: 144 }, (_, t) => PHASES.find(([from, to]) => t * 10 >= from && t * 10 < to)?.[2] ?? 0);
  const shifts: ShiftTemplate[] = [
    // 00:00–08:30, night premium; late-night meal 02:00–06:00 and a 20-minute rest in the calm hours.
    template(names[0], 0, h(8, 30), 1.25, [h(2), h(5, 30), 30], [[h(4), h(7, 30), 20]]),
    // 08:30–17:00, lunch in rotation 11:00–12:20, a 10-minute break in the afternoon.
    template(names[1], h(8, 30), h(17), 1, [h(11), h(11, 50), 30], [[h(13), h(16, 20), 10]]),
    // 12:20–21:00, dinner in rotation 17:00–18:20.
    template(names[2], h(12, 20), h(21), 1, [h(17), h(17, 50), 30], [[h(19), h(20, 30), 10]]),
    // 15:00–24:00, dinner 17:00–18:20, snacks at 20:00 before the 21:00 peak.
    template(names[3], h(15), h(24), 1, [h(17), h(17, 50), 30], [[h(19, 50), h(20, 20), 10]]),
    // Reserves relieve the day's agents before midnight: 3 hours starting 18:00–21:00.
    template(names[4], h(18), h(21), 1.1, null, [], h(21), 30),
  ];
  const reserves: Person[] = Array.from({ length: 4 }, (_, i) => ({
    id: `R${i + 1}`,
    name: locale === "zh-CN" ? `后备客服${i + 1}` : `Reserve ${i + 1}`,
    employment: "temporary",
    skill: "pre-sale",
    maxHoursPerWeek: 20,
    daysOff: [],
    nights: false,
    availability: [{ fromMinutes: h(18), toMinutes: h(24) }],
  }));
  return {
    name: locale === "zh-CN" ? "双十一 11月11日" : "Double 11 (11 November)",
    slotMinutes: 10,
    days: 1,
    demand: [demand],
    shifts,
    // A 30-minute meal in an 80-minute window in 10-minute slots needs two waves: half eat at once.
    mealShare: 0.5,
    breakShare: 0.2,
    wrap: false,
    unmetPenalty: 100,
    firstWeekday: DOUBLE_11_WEEKDAY,
    people: [...SAMPLE_TEAM.map(personFromAgent), ...reserves],
    rules: { minRestMinutes: 660 },
  };
}
