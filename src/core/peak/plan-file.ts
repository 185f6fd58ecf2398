/**
 * A peak plan given as a file (the command line's `--in peak.json`): the event calendar with ISO
 * dates, the past event days per slot, this year's normal level, and optionally capacity, stage
 * loads and hiring (the pane's defaults otherwise). The team comes separately (`--team`).
 *
 * Every field is checked here and a mistake is named by its path, in both languages
 * ("forecast.past[2].slots has 143 counts …"), before anything is computed or solved.
 * The format is documented in docs/peak-plan.md ("The plan as a file").
 */
import { COMBINES, type Combine } from "../forecast";
import { InputError } from "../errors";
import { isoDate, toSerialDate } from "../serial-date";
import { STAGE_KINDS, validateCalendar, type PeakCalendar, type StageKind } from "./calendar";
import { MAX_RAMP_WEEKS, type PeakPlanInput, type StageLoads } from "./plan";

export interface PeakPlanFile {
  /** The plan's name, when the file gives one. */
  name?: string;
  plan: PeakPlanInput;
}

/** Capacity, stage loads and hiring of a plan that does not give its own (the sample shop's, the pane's defaults); people on hand default to the team's size. */
export const PEAK_PLAN_DEFAULTS = {
  capacity: { perAgentHour: 360, automationRate: 0.3, absence: 0.05, breaks: 0.1 },
  stageLoads: { normal: 0.6, training: 0.6, presale: 0.75, aftersale: 0.7 } satisfies StageLoads,
  hiring: { attrition: 0.02, trainWeeks: 1, passRate: 0.9, ramp: [0.7] },
} as const;

/** Slots per past day: whole slots per hour, 10-minute slots at the finest that a roster can take. */
const SLOTS_PER_DAY = [24, 48, 72, 96, 144] as const;

const bad = (en: string, zh: string) => new InputError({ "en-US": en, "zh-CN": zh });

/** "2026-11-11" → serial day, or undefined for anything else (also 2026-02-30). */
export function parseIsoDate(text: string): number | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  if (!m) return undefined;
  const serial = toSerialDate(Number(m[1]), Number(m[2]), Number(m[3]));
  return isoDate(serial) === text.trim() ? serial : undefined;
}

type Obj = Record<string, unknown>;

function object(v: unknown, path: string): Obj {
  if (typeof v !== "object" || v === null || Array.isArray(v)) throw bad(`${path} must be an object { … }.`, `${path} 必须是对象 { … }。`);
  return v as Obj;
}

function list(v: unknown, path: string): unknown[] {
  if (!Array.isArray(v)) throw bad(`${path} must be a list [ … ].`, `${path} 必须是列表 [ … ]。`);
  return v;
}

function text(v: unknown, path: string): string {
  if (typeof v !== "string" || v.trim() === "") throw bad(`${path} must be text.`, `${path} 必须是文字。`);
  return v.trim();
}

/** A number in [min, max] (an integer when asked); `share` says 0.3 means 30 %. */
function number(v: unknown, path: string, min: number, max: number, opts: { integer?: boolean; share?: boolean } = {}): number {
  const shown = JSON.stringify(v) ?? String(v);
  const hint = opts.share ? { en: " (a share: 0.3 = 30 %)", zh: "（比例：0.3 即 30%）" } : { en: "", zh: "" };
  if (typeof v !== "number" || !Number.isFinite(v)) throw bad(`${path} must be a number; got ${shown}.`, `${path} 必须是数字，当前为 ${shown}。`);
  if (v < min || v > max) throw bad(`${path} must be ${min} to ${max}${hint.en}; got ${v}.`, `${path} 须在 ${min} 到 ${max} 之间${hint.zh}，当前为 ${v}。`);
  if (opts.integer && !Number.isInteger(v)) throw bad(`${path} must be a whole number; got ${v}.`, `${path} 必须是整数，当前为 ${v}。`);
  return v;
}

function date(v: unknown, path: string): number {
  const serial = typeof v === "string" ? parseIsoDate(v) : undefined;
  if (serial === undefined) throw bad(`${path} must be a date written 2026-11-11; got ${JSON.stringify(v)}.`, `${path} 必须是形如 2026-11-11 的日期，当前为 ${JSON.stringify(v)}。`);
  return serial;
}

/** Only the keys the format knows: a misspelt "capcity" would otherwise be ignored in silence. */
function known(o: Obj, path: string, keys: readonly string[]): void {
  const unknown = Object.keys(o).find((k) => !keys.includes(k));
  if (unknown !== undefined) {
    const at = path === "" ? unknown : `${path}.${unknown}`;
    throw bad(`${at} is not a field of the plan file (known: ${keys.join(", ")}).`, `${at} 不是计划文件的字段（可用：${keys.join("、")}）。`);
  }
}

function readCalendar(v: unknown): PeakCalendar {
  const c = object(v, "calendar");
  known(c, "calendar", ["stages", "eventDays"]);
  const stages = list(c.stages, "calendar.stages").map((raw, i) => {
    const path = `calendar.stages[${i + 1}]`;
    const s = object(raw, path);
    known(s, path, ["kind", "start", "end"]);
    if (!STAGE_KINDS.includes(s.kind as StageKind)) {
      throw bad(`${path}.kind must be one of ${STAGE_KINDS.join(", ")}; got ${JSON.stringify(s.kind)}.`, `${path}.kind 须为 ${STAGE_KINDS.join("、")} 之一，当前为 ${JSON.stringify(s.kind)}。`);
    }
    return { kind: s.kind as StageKind, start: date(s.start, `${path}.start`), end: date(s.end, `${path}.end`) };
  });
  const eventDays = list(c.eventDays, "calendar.eventDays").map((raw, i) => {
    const path = `calendar.eventDays[${i + 1}]`;
    const d = object(raw, path);
    known(d, path, ["date", "share"]);
    return { date: date(d.date, `${path}.date`), share: d.share === undefined ? 1 : number(d.share, `${path}.share`, 0.01, 2) };
  });
  const calendar = { stages, eventDays };
  validateCalendar(calendar);
  return calendar;
}

function readForecast(v: unknown): PeakPlanInput["forecast"] {
  const f = object(v, "forecast");
  known(f, "forecast", ["past", "baseline", "combine", "uplift"]);
  const past = list(f.past, "forecast.past");
  if (past.length === 0) throw bad("forecast.past needs at least one past event day.", "forecast.past 至少需要一个往年活动日。");
  const years = past.map((raw, i) => {
    const path = `forecast.past[${i + 1}]`;
    const y = object(raw, path);
    known(y, path, ["label", "baseline", "slots"]);
    const slots = list(y.slots, `${path}.slots`);
    if (!(SLOTS_PER_DAY as readonly number[]).includes(slots.length)) {
      throw bad(
        `${path}.slots has ${slots.length} counts; a day has ${SLOTS_PER_DAY.join(", ")} (hourly … 10-minute slots).`,
        `${path}.slots 有 ${slots.length} 个数；一天应为 ${SLOTS_PER_DAY.join("、")} 个时段（每小时 … 每 10 分钟）。`,
      );
    }
    return {
      label: y.label === undefined ? String(i + 1) : text(typeof y.label === "number" ? String(y.label) : y.label, `${path}.label`),
      baseline: number(y.baseline, `${path}.baseline`, 1, 1e9),
      slots: slots.map((n, s) => number(n, `${path}.slots[${s + 1}]`, 0, 1e9)),
    };
  });
  const length = years[0]!.slots.length;
  const other = years.findIndex((y) => y.slots.length !== length);
  if (other >= 0) throw bad(`forecast.past[${other + 1}].slots has ${years[other]!.slots.length} counts, forecast.past[1] ${length}: give every year the same slots.`, `forecast.past[${other + 1}].slots 有 ${years[other]!.slots.length} 个数，forecast.past[1] 有 ${length} 个：每年的时段须相同。`);
  const empty = years.findIndex((y) => y.slots.every((n) => n === 0));
  if (empty >= 0) throw bad(`forecast.past[${empty + 1}].slots are all 0: a past event day needs its contacts.`, `forecast.past[${empty + 1}].slots 全为 0：往年活动日需要咨询量。`);
  const combine = f.combine === undefined ? "mean" : f.combine;
  if (!COMBINES.includes(combine as Combine)) throw bad(`forecast.combine must be one of ${COMBINES.join(", ")}; got ${JSON.stringify(combine)}.`, `forecast.combine 须为 ${COMBINES.join("、")} 之一，当前为 ${JSON.stringify(combine)}。`);
  return {
    pastLabels: years.map((y) => y.label),
    pastDays: years.map((y) => y.slots),
    pastBaselines: years.map((y) => y.baseline),
    baseline: number(f.baseline, "forecast.baseline", 1, 1e9),
    combine: combine as Combine,
    ...(f.uplift === undefined ? {} : { uplift: number(f.uplift, "forecast.uplift", 0.01, 1000) }),
  };
}

/**
 * Reads a plan file's text; `teamSize` is people on hand when `hiring.onHand` is left out.
 *
 * @throws InputError naming the field for anything missing, of the wrong kind or out of range.
 */
export function parsePeakPlanFile(json: string, teamSize: number): PeakPlanFile {
  let raw: unknown;
  try {
    raw = JSON.parse(json.replace(/^\uFEFF/, ""));
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    throw bad(`The plan file is not valid JSON: ${detail}`, `计划文件不是有效的 JSON：${detail}`);
  }
  const root = object(raw, "the plan file");
  known(root, "", ["name", "calendar", "forecast", "capacity", "stageLoads", "hiring"]);
  const D = PEAK_PLAN_DEFAULTS;
  const capacity = object(root.capacity ?? {}, "capacity");
  known(capacity, "capacity", Object.keys(D.capacity));
  const loads = object(root.stageLoads ?? {}, "stageLoads");
  known(loads, "stageLoads", Object.keys(D.stageLoads));
  const hiring = object(root.hiring ?? {}, "hiring");
  known(hiring, "hiring", ["onHand", ...Object.keys(D.hiring)]);
  const share = (o: Obj, key: string, path: string, fallback: number, min: number, max: number) => (o[key] === undefined ? fallback : number(o[key], `${path}.${key}`, min, max, { share: true }));
  const ramp = hiring.ramp === undefined ? [...D.hiring.ramp] : list(hiring.ramp, "hiring.ramp").map((r, i) => number(r, `hiring.ramp[${i + 1}]`, 0, 1, { share: true }));
  if (ramp.length > MAX_RAMP_WEEKS) throw bad(`hiring.ramp lists ${ramp.length} weeks; at most ${MAX_RAMP_WEEKS}.`, `hiring.ramp 列了 ${ramp.length} 周；最多 ${MAX_RAMP_WEEKS} 周。`);
  const file: PeakPlanFile = {
    plan: {
      calendar: readCalendar(root.calendar),
      forecast: readForecast(root.forecast),
      capacity: {
        perAgentHour: capacity.perAgentHour === undefined ? D.capacity.perAgentHour : number(capacity.perAgentHour, "capacity.perAgentHour", 1, 10_000),
        automationRate: share(capacity, "automationRate", "capacity", D.capacity.automationRate, 0, 0.99),
        absence: share(capacity, "absence", "capacity", D.capacity.absence, 0, 0.5),
        breaks: share(capacity, "breaks", "capacity", D.capacity.breaks, 0, 0.5),
      },
      stageLoads: {
        normal: share(loads, "normal", "stageLoads", D.stageLoads.normal, 0, 2),
        training: share(loads, "training", "stageLoads", D.stageLoads.training, 0, 2),
        presale: share(loads, "presale", "stageLoads", D.stageLoads.presale, 0, 2),
        aftersale: share(loads, "aftersale", "stageLoads", D.stageLoads.aftersale, 0, 2),
      },
      hiring: {
        onHand: hiring.onHand === undefined ? teamSize : number(hiring.onHand, "hiring.onHand", 0, 100_000, { integer: true }),
        attrition: share(hiring, "attrition", "hiring", D.hiring.attrition, 0, 0.5),
        trainWeeks: hiring.trainWeeks === undefined ? D.hiring.trainWeeks : number(hiring.trainWeeks, "hiring.trainWeeks", 0, 12, { integer: true }),
        passRate: share(hiring, "passRate", "hiring", D.hiring.passRate, 0.01, 1),
        ramp,
      },
    },
  };
  if (root.name !== undefined) file.name = text(root.name, "name");
  return file;
}
