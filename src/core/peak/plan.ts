/**
 * The linked peak plan's numbers, computed the way the plan's sheets compute them with native
 * formulas (docs/peak-plan.md): the engine tells what every linked cell must show, so the sheets
 * carry cached values and the tests can check a recalculation against it.
 *
 * forecast[d][s] = baseline × uplift × share_d × shape[s]        (event-day forecast)
 * agents[d][s]   = ceil(forecast · (1 − automation) / (perAgentHour · slotMinutes / 60))   (capacity rule)
 * people[d]      = ceil((peak 00–08 + peak 08–16 + peak 16–24) ÷ (1 − absence) ÷ (1 − breaks)): one
 *                  shift a day per person, so each eight-hour crew is staffed for its own busiest
 *                  slot, plus those away (absent, or eating and resting in rotation)

 * required FTE of a week = the people of the week's event days, else the main day's people × the
 *                  week's stage load; hires from `planHiring` (the CS.HIRES model).
 */
import { forecastEventDay, type Combine } from "../forecast";
import { planHiring, type HiringWeek } from "../hiring";
import { capacityAgents } from "../staffing";
import { ceilTolerant } from "../staffing/shrinkage";
import { mondayOf, stageOn, validateCalendar, type PeakCalendar, type StageKind } from "./calendar";
import { InputError } from "../errors";

/** What a week without an event day needs, as a share of the main event day's people. */
export type StageLoads = Readonly<Record<Exclude<StageKind, "event"> | "normal", number>>;

export interface PeakPlanInput {
  calendar: PeakCalendar;
  forecast: {
    /** Past event days, oldest first, each with `slotsPerDay` counts. */
    pastLabels: readonly string[];
    pastDays: readonly (readonly number[])[];
    /** Normal daily level before each past event day. */
    pastBaselines: readonly number[];
    /** This year's normal daily level. */
    baseline: number;
    combine: Combine;
    /** The uplift the plan uses instead of the combined past uplift (what a manager changes). */
    uplift?: number;
  };
  capacity: {
    /** Questions one agent answers per hour (the capacity rule's 360). */
    perAgentHour: number;
    /** Share the bot resolves, 0–1. */
    automationRate: number;
    /** Share of the team absent on a given day (leave, sickness), 0–0.5. */
    absence: number;
    /** Share of a shift spent on meals and breaks in rotation, 0–0.5. */
    breaks: number;
  };
  stageLoads: StageLoads;
  hiring: {
    onHand: number;
    attrition: number;
    trainWeeks: number;
    passRate: number;
    /** Productivity in the first (up to 4) weeks after training. */
    ramp: readonly number[];
  };
}

export interface PlanWeek {
  /** Monday, serial day. */
  start: number;
  /** The busiest stage in the week ("event" when it holds an event day), or "normal". */
  kind: StageKind | "normal";
  /** Indices of the event days in the week. */
  eventDays: number[];
  /** Required productive FTE. */
  required: number;
}

export interface PeakPlanNumbers {
  combinedUplift: number;
  uplift: number;
  /** Share of the day per slot (sums to 1). */
  shape: number[];
  forecast: number[][];
  agents: number[][];
  /** Agent-hours per event day. */
  agentHours: number[];
  peopleNeeded: number[];
  /** Index of the main event day (the largest share; the later one on a tie). */
  mainDay: number;
  weeks: PlanWeek[];
  hiring: HiringWeek[];
}

export const MAX_RAMP_WEEKS = 4;
/** Busiest first: the stage that sets a week's requirement. */
const STAGE_RANK: readonly (StageKind | "normal")[] = ["event", "presale", "aftersale", "training", "normal"];

export function slotsOf(input: Pick<PeakPlanInput, "forecast">): number {
  return input.forecast.pastDays[0]?.length ?? 0;
}

export function mainEventDay(calendar: PeakCalendar): number {
  let main = 0;
  calendar.eventDays.forEach((d, i) => {
    if (d.share >= calendar.eventDays[main]!.share) main = i;
  });
  return main;
}

/** Mondays from `trainWeeks` weeks before the first stage's week to the last stage's week. */
export function planWeeks(calendar: PeakCalendar, trainWeeks: number): { start: number; kind: StageKind | "normal"; eventDays: number[] }[] {
  const first = mondayOf(calendar.stages[0]!.start) - 7 * trainWeeks;
  const last = mondayOf(Math.max(...calendar.stages.map((s) => s.end)));
  const weeks = [];
  for (let start = first; start <= last; start += 7) {
    const kinds = new Set<StageKind | "normal">();
    for (let day = start; day < start + 7; day++) kinds.add(stageOn(calendar, day)?.kind ?? "normal");
    const eventDays = calendar.eventDays.flatMap((d, i) => (d.date >= start && d.date < start + 7 ? [i] : []));
    const kind = eventDays.length > 0 ? "event" : STAGE_RANK.find((k) => k !== "event" && kinds.has(k))!;
    weeks.push({ start, kind, eventDays });
  }
  return weeks;
}

/** Crews of a day: 00–08, 08–16, 16–24. */
export const CREWS = 3;

/** The busiest slot of each eight-hour crew block of a day of agents per slot. */
export function crewPeaks(agents: readonly number[]): number[] {
  const size = agents.length / CREWS;
  return Array.from({ length: CREWS }, (_, c) => Math.max(...agents.slice(c * size, (c + 1) * size)));
}

export function computePeakPlan(input: PeakPlanInput): PeakPlanNumbers {
  validateCalendar(input.calendar);
  const { forecast: f, capacity: c, calendar } = input;
  if (!(c.absence >= 0 && c.absence <= 0.5)) throw new InputError({ "en-US": "Absence must be 0 % to 50 %.", "zh-CN": "缺勤率须在 0% 到 50% 之间。" });
  if (!(c.breaks >= 0 && c.breaks <= 0.5)) throw new InputError({ "en-US": "Meals and breaks must be 0 % to 50 % of a shift.", "zh-CN": "用餐与小休须占班次时长的 0% 到 50%。" });
  if (input.hiring.ramp.length > MAX_RAMP_WEEKS) {
    throw new InputError({ "en-US": `The ramp takes at most ${MAX_RAMP_WEEKS} weeks.`, "zh-CN": `爬坡期最多 ${MAX_RAMP_WEEKS} 周。` });
  }
  const event = forecastEventDay({ pastDays: f.pastDays, pastBaselines: f.pastBaselines, baseline: f.baseline, combine: f.combine });
  const uplift = f.uplift ?? event.uplift;
  if (!(uplift > 0 && Number.isFinite(uplift))) throw new InputError({ "en-US": "The uplift must be a number above 0.", "zh-CN": "活动倍数须为大于 0 的数字。" });
  const slots = event.shape.length;
  const slotMinutes = 1440 / slots;
  const forecast = calendar.eventDays.map((d) => event.shape.map((share) => f.baseline * uplift * d.share * share));
  const agents = forecast.map((day) =>
    day.map((volume) => capacityAgents({ volume, perAgentHour: c.perAgentHour, intervalSeconds: slotMinutes * 60, automationRate: c.automationRate })),
  );
  const agentHours = agents.map((day) => (day.reduce((a, b) => a + b, 0) * slotMinutes) / 60);
  const peopleNeeded = agents.map((day) => ceilTolerant(crewPeaks(day).reduce((a, b) => a + b, 0) / (1 - c.absence) / (1 - c.breaks)));
  const mainDay = mainEventDay(calendar);
  const weeks: PlanWeek[] = planWeeks(calendar, input.hiring.trainWeeks).map((w) => ({
    ...w,
    required:
      w.kind === "event" ? Math.max(...w.eventDays.map((d) => peopleNeeded[d]!)) : ceilTolerant(peopleNeeded[mainDay]! * input.stageLoads[w.kind as keyof StageLoads]),
  }));
  const hiring = planHiring({
    required: weeks.map((w) => w.required),
    onHand: input.hiring.onHand,
    attrition: input.hiring.attrition,
    trainWeeks: input.hiring.trainWeeks,
    ramp: input.hiring.ramp,
    passRate: input.hiring.passRate,
  });
  return { combinedUplift: event.uplift, uplift, shape: event.shape, forecast, agents, agentHours, peopleNeeded, mainDay, weeks, hiring };
}
