/**
 * The Double-11 day from the Double-11 plan-table article as a scenario (docs/reference/roster.md): 10-minute
 * slots, the day's phases as a demand curve sized for the 30-person sample team plus ten reserves,
 * and shift templates whose meals fall in the article's rotation windows:
 *
 * | 00:00–02:00 | highest peak ("客服全员到岗") | overnight crew + midnight-peak crew (18 on)      |
 * | 02:00–08:30 | calm                          | overnight crew eats and rests in rotation        |
 * | 08:30–11:00 | daytime peak                  | day crew all on, overnight crew off              |
 * | 11:00–12:20 | lunch in rotation             | day crew eats in two waves                       |
 * | 12:20–17:00 | everyone on                   | day + mid crews, no pauses                       |
 * | 17:00–18:20 | dinner in rotation            | mid crew eats, evening crew (from 17:00) on      |
 * | 20:00       | snacks                        | relief arrives; evening + mid crews' short break |
 * | 21:00–24:00 | smaller peak, relief          | evening crew + reserves relieving the mid crew   |
 *
 * The shift plan needs more people at 00:00–02:00 than at any other time, and each person works
 * one shift a day, so the midnight rush is staffed by a short "midnight peak" shift on top of the
 * overnight crew: reserves first, then temporaries who work nights, full-timers only for what is
 * left (the team's full-timers take the full-length shifts: Double 11 is their whole day's work).
 *
 * A one-off event day: `wrap` is false, so nothing after 24:00 is this scenario's business (the
 * 12th gets its own roster).
 */
import { SAMPLE_TEAM } from "../sample/team";
import { personFromAgent } from "./scenario";
import type { Person, Scenario, ShiftTemplate } from "./types";

/** Wednesday 11 November 2026. */
const DOUBLE_11_WEEKDAY = 2;

/**
 * [from, to, people needed] in clock minutes. Sized so the day reads like the article's: the midnight
 * rush needs twice the afternoon's staff, and the sample team (28 at work on a Wednesday: two
 * temporaries have it off) plus ten reserves covers every slot with everyone working one shift.
 */
const PHASES: ReadonlyArray<readonly [number, number, number]> = [
  [0, 120, 18], // highest peak: overnight crew + midnight-peak crew, nobody eats or rests
  [120, 510, 4], // calm: overnight crew eats and rests in rotation (5 on, one away at a time)
  [510, 660, 10], // daytime peak: the day crew, overnight crew gone
  [660, 740, 5], // lunch: half the day crew eats at once, in two waves
  [740, 1020, 12], // everyone: day + mid crews, no pauses
  [1020, 1100, 5], // dinner: mid crew eats while the evening crew takes the queue
  [1100, 1260, 7], // mid + evening crews; relief reserves arrive at 20:00 (snacks, short breaks)
  [1260, 1440, 8], // smaller peak: evening crew + relief reserves after the mid crew leaves
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
  "en-US": ["Overnight", "Midnight peak", "Day", "Mid", "Evening", "Relief"],
  "zh-CN": ["通宵班", "午夜高峰班", "早班", "中班", "晚班", "接力班"],
} as const;

/** Reserves called in for the midnight rush only (temporary staff who can work nights). */
const MIDNIGHT_RESERVES = 7;
/** Reserves who relieve the mid crew at 21:00. */
const RELIEF_RESERVES = 3;

/** The article's Double-11 day as a scenario for the sample team (+ 9 reserves), in 10-minute slots. */
export function double11Preset(locale: "en-US" | "zh-CN" = "zh-CN"): Scenario {
  const names = DOUBLE11_SHIFT_NAMES[locale];
  const demand = Array.from({ length: 144 }, (_, t) => PHASES.find(([from, to]) => t * 10 >= from && t * 10 < to)?.[2] ?? 0);
  const shifts: ShiftTemplate[] = [
    // 00:00–08:30, night premium; late-night meal 02:00–06:00 and a 20-minute rest in the calm hours.
    template(names[0], 0, h(8, 30), 1.25, [h(2), h(5, 30), 30], [[h(4), h(7, 30), 20]]),
    // 00:00–02:00, night premium: extra hands for the rush only ("客服全员到岗"), no pause in two hours.
    template(names[1], 0, h(2), 1.25, null, []),
    // 08:30–17:00, lunch in rotation 11:00–12:20; no short break: 12:20–17:00 is "everyone on duty".
    template(names[2], h(8, 30), h(17), 1, [h(11), h(11, 50), 30], []),
    // 12:20–21:00, dinner in rotation 17:00–18:20, a 10-minute break once the relief has arrived.
    template(names[3], h(12, 20), h(21), 1, [h(17), h(17, 50), 30], [[h(20), h(20, 40), 10]]),
    // 17:00–24:00: takes the queue as the day crew leaves and while the mid crew eats; snacks at 20:00.
    template(names[4], h(17), h(24), 1, null, [[h(20), h(20, 40), 10]]),
    // Reserves come in at 20:00 (their hour of overlap is when the others take their snack break)
    // and relieve the mid crew at 21:00.
    template(names[5], h(20), h(24), 1.1, null, []),
  ];
  // Every person works one shift a day, and the midnight rush cannot borrow anyone from the rest of
  // the day, so its extra hands are reserves available only then (nights allowed); the relief
  // reserves are available only for the evening. Their short usual day (20 h / 5, capped by the
  // window) tells the assigner to give them the short shifts before anyone on the team.
  const reserve = (i: number, nights: boolean, fromMinutes: number, toMinutes: number): Person => ({
    id: `R${i + 1}`,
    name: locale === "zh-CN" ? `后备客服${i + 1}` : `Reserve ${i + 1}`,
    employment: "temporary",
    skill: "pre-sale",
    maxHoursPerWeek: 20,
    daysOff: [],
    nights,
    availability: [{ fromMinutes, toMinutes }],
  });
  const reserves: Person[] = [
    ...Array.from({ length: MIDNIGHT_RESERVES }, (_, i) => reserve(i, true, 0, h(3))),
    ...Array.from({ length: RELIEF_RESERVES }, (_, i) => reserve(MIDNIGHT_RESERVES + i, false, h(20), h(24))),
  ];
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
