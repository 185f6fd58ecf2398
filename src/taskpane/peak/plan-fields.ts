/**
 * The Peak panel's number fields: defaults (the sample shop's plan), limits, and how the typed
 * percentages become the plan's capacity, stage loads and ramp. Knows nothing of Office.
 */
import type { MAX_RAMP_WEEKS, PeakPlanInput, StageLoads } from "../../core/peak";
import { samplePeakPlanInput } from "../../sheets/peak/sample";
import { SHARED_LIMITS, type NumberForm } from "../components/NumberFields";
import type { NumberLimits } from "../validation";

const SAMPLE = samplePeakPlanInput();
const percent = (share: number) => String(Math.round(share * 100));

export const CAPACITY_KEYS = ["perAgentHour", "automation", "absence", "breaks"] as const;
export const HIRING_KEYS = ["onHand", "attrition", "trainWeeks", "passRate"] as const;

/** The field of each stage load (the requirement of a week without an event day, % of the main day's people). */
export const LOAD_FIELDS = { loadNormal: "normal", loadTraining: "training", loadPresale: "presale", loadAftersale: "aftersale" } as const satisfies Record<string, keyof StageLoads>;
export type LoadKey = keyof typeof LOAD_FIELDS;
export const LOAD_KEYS = Object.keys(LOAD_FIELDS) as LoadKey[];

/** Productivity in weeks 1 … MAX_RAMP_WEEKS after training, %. */
export const RAMP_KEYS = ["ramp1", "ramp2", "ramp3", "ramp4"] as const satisfies { length: typeof MAX_RAMP_WEEKS };
export type RampKey = (typeof RAMP_KEYS)[number];

export const PLAN_NUMBER_DEFAULTS = {
  baseline: "",
  perAgentHour: String(SAMPLE.capacity.perAgentHour),
  automation: percent(SAMPLE.capacity.automationRate),
  absence: percent(SAMPLE.capacity.absence),
  breaks: percent(SAMPLE.capacity.breaks),
  onHand: String(SAMPLE.hiring.onHand),
  attrition: percent(SAMPLE.hiring.attrition),
  trainWeeks: String(SAMPLE.hiring.trainWeeks),
  passRate: percent(SAMPLE.hiring.passRate),
  ...(Object.fromEntries(LOAD_KEYS.map((k) => [k, percent(SAMPLE.stageLoads[LOAD_FIELDS[k]])])) as Record<LoadKey, string>),
  // A week past the sample's ramp is fully productive (the engine's rule).
  ...(Object.fromEntries(RAMP_KEYS.map((k, i) => [k, percent(SAMPLE.hiring.ramp[i] ?? 1)])) as Record<RampKey, string>),
};
export type NumberKey = keyof typeof PLAN_NUMBER_DEFAULTS;

const LOAD_LIMITS: NumberLimits = { min: 0, max: 200 };
const RAMP_LIMITS: NumberLimits = { min: 1, max: 100 };

/** The hiring sheet's own input rules: loads 0–200 %, ramp 1–100 %. */
export const PLAN_LIMITS: Record<NumberKey, NumberLimits> = {
  ...SHARED_LIMITS,
  absence: { min: 0, max: 50 },
  breaks: { min: 0, max: 50 },
  onHand: { min: 0, max: 100_000, integer: true },
  attrition: { min: 0, max: 50 },
  trainWeeks: { min: 0, max: 12, integer: true },
  passRate: { min: 1, max: 100 },
  ...(Object.fromEntries(LOAD_KEYS.map((k) => [k, LOAD_LIMITS])) as Record<LoadKey, NumberLimits>),
  ...(Object.fromEntries(RAMP_KEYS.map((k) => [k, RAMP_LIMITS])) as Record<RampKey, NumberLimits>),
};

/** A week without an event day needing more people than the main event day is usually a slip. */
const USUAL_LOAD = [0, 100] as const;

export function loadOutsideUsual(key: NumberKey, form: NumberForm<NumberKey>): readonly [number, number] | undefined {
  if (!(key in LOAD_FIELDS) || form.error(key) !== undefined) return undefined;
  const v = form.value(key);
  return v < USUAL_LOAD[0] || v > USUAL_LOAD[1] ? USUAL_LOAD : undefined;
}

/** The plan's capacity, stage loads and hiring from the fields (all valid). */
export function planNumbers(form: NumberForm<NumberKey>): Pick<PeakPlanInput, "capacity" | "stageLoads"> & { hiring: PeakPlanInput["hiring"] } {
  const n = form.value;
  const ramp = RAMP_KEYS.map((k) => n(k) / 100);
  // Trailing 100 % weeks change nothing (later weeks count as 1): the sample's [0.7] stays [0.7].
  while (ramp.length > 0 && ramp[ramp.length - 1] === 1) ramp.pop();
  return {
    capacity: { perAgentHour: n("perAgentHour"), automationRate: n("automation") / 100, absence: n("absence") / 100, breaks: n("breaks") / 100 },
    stageLoads: Object.fromEntries(LOAD_KEYS.map((k) => [LOAD_FIELDS[k], n(k) / 100])) as unknown as StageLoads,
    hiring: { onHand: n("onHand"), attrition: n("attrition") / 100, trainWeeks: n("trainWeeks"), passRate: n("passRate") / 100, ramp },
  };
}
