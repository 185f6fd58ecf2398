/**
 * Reads a scenario (the CLI's JSON format, see the README's roster section) into a checked {@link Scenario}. Every
 * problem becomes an InputError naming the field, in both languages.
 *
 * Format (times "HH:MM"; a shift's meal/break times are offsets from its start):
 * {
 *   "name": "双十一", "slotMinutes": 10, "demand": [[…day 0…], …], "maxPerSlot": 25,
 *   "shifts": [{ "name": "Morning", "start": "05:00", "latestStart": "07:00", "startStep": 30,
 *                "end": "13:00", "cost": 1, "max": 25, "skill": "pre-sale",
 *                "meal": { "minutes": 30, "earliestStart": "03:30", "latestStart": "05:00" },
 *                "breaks": [{ "minutes": 10, "earliestStart": "01:30", "latestStart": "02:30" }] }],
 *   "mealShare": 0.34, "breakShare": 0.2, "opening": { "open": "08:00", "close": "24:00" },
 *   "wrap": true, "unmetPenalty": 1000, "firstWeekday": 0, "minRestHours": 11,
 *   "people": "sample" | [{ "name": "王芳", "employment": "full-time", "skill": "pre-sale",
 *              "maxHoursPerWeek": 44, "preferredShiftHours": 8, "daysOff": [5, 6], "nights": true,
 *              "availability": [null, { "from": "08:00", "to": "22:00" }] }]
 * }
 */
import { InputError } from "../errors";
import { fitsRule, type NumberRule } from "../rules/number-rule";
import { rosterText, type RosterStringKey } from "../../i18n/roster";
import { SAMPLE_TEAM } from "../sample/team";
import type { Agent } from "../team/types";
import { formatClock, parseClock } from "../clock";
import type { PauseRule, Person, Scenario, ShiftTemplate } from "./types";
import { allowedStarts, mealOffsets } from "./shift-options";

const SLOT_LENGTHS = [10, 15, 20, 30, 60];
/** Most shift options (model columns) a scenario may produce; the week with meals has ~3 400. */
export const MAX_OPTIONS = 20_000;
/** People needed in one slot: far above any real team, far below what breaks the solver. */
export const MAX_DEMAND = 100_000;
/** Costs, penalties and hours. */
const MAX_NUMBER = 1e9;

/** Parses scenario JSON text. @throws InputError */
export function parseScenarioText(text: string): Scenario {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new InputError(rosterText("badJson", { detail: e instanceof Error ? e.message : String(e) }));
  }
  return parseScenario(json);
}

/** Checks a parsed JSON value and fills defaults. @throws InputError */
export function parseScenario(json: unknown): Scenario {
  if (!isRecord(json)) throw new InputError(rosterText("notObject"));
  const slotMinutes = json.slotMinutes === undefined ? 10 : json.slotMinutes;
  if (typeof slotMinutes !== "number" || !SLOT_LENGTHS.includes(slotMinutes)) fail("slotMinutes", "slotMinutes", slotMinutes);
  const demand = parseDemand(json.demand, slotMinutes);
  const shifts = parseList(json.shifts, "shifts").map((s, i) => parseShift(s, `shifts[${i}]`, slotMinutes));
  if (shifts.length === 0) fail("noShifts", "shifts", json.shifts);
  checkSubSlotMeals(shifts, slotMinutes);

  const scenario: Scenario = {
    slotMinutes,
    days: demand.length,
    demand,
    shifts,
    mealShare: optionalShare(json.mealShare, "mealShare", 1),
    breakShare: optionalShare(json.breakShare, "breakShare", 0.2),
    wrap: optionalFlag(json.wrap, "wrap", true),
    unmetPenalty: 0,
    firstWeekday: json.firstWeekday === undefined ? 0 : weekday(json.firstWeekday, "firstWeekday"),
    people: parsePeople(json.people, demand.length),
    rules: { minRestMinutes: Math.round(optionalNumber(json.minRestHours, "minRestHours", 11) * 60) },
  };
  if (json.name !== undefined) scenario.name = text(json.name, "name");
  if (json.maxPerSlot !== undefined) scenario.maxPerSlot = wholeNumber(json.maxPerSlot, "maxPerSlot");
  if (json.opening !== undefined) scenario.opening = parseOpening(json.opening);
  if (scenario.opening) {
    const { openMinutes, closeMinutes } = scenario.opening;
    shifts.forEach((s, i) => {
      if (allowedStarts(s, scenario).length === 0) fail("noStarts", `shifts[${i}]`, `${formatClock(openMinutes)}–${formatClock(closeMinutes)}`);
    });
  }
  const maxCost = Math.max(...shifts.map((s) => s.cost), 1);
  scenario.unmetPenalty = json.unmetPenalty === undefined ? 100 * maxCost : optionalNumber(json.unmetPenalty, "unmetPenalty", 0);
  const optionCount = shifts.reduce((n, s) => n + allowedStarts(s, scenario).length * mealOffsets(s, slotMinutes).length, 0) * scenario.days;
  if (optionCount > MAX_OPTIONS) fail("tooLarge", "shifts", optionCount);
  return scenario;
}

function parseDemand(value: unknown, slotMinutes: number): number[][] {
  const perDay = 1440 / slotMinutes;
  if (!Array.isArray(value) || value.length < 1 || value.length > 7) fail("demandDays", "demand", value);
  return value.map((day: unknown, d) => {
    if (!Array.isArray(day) || day.length !== perDay) fail("demandSlots", `demand[${d}]`, Array.isArray(day) ? `${day.length}` : day, { expected: perDay, slot: slotMinutes });
    return day.map((x: unknown, t) => ruled(x, `demand[${d}][${t}]`, "demand"));
  });
}

function parseShift(value: unknown, field: string, slot: number): ShiftTemplate {
  if (!isRecord(value)) fail("notObject", field, value);
  const name = text(value.name, `${field}.name`);
  const start = clock(value.start, `${field}.start`, slot);
  const latestStart = value.latestStart === undefined ? start : clock(value.latestStart, `${field}.latestStart`, slot);
  if (latestStart < start) fail("startRange", field, value.latestStart);
  const end = clock(value.end, `${field}.end`, slot);
  // end = start would silently be a 24-hour shift: say so instead (24 hours are written start + 24:00).
  if (end === start) fail("shiftEndsAtStart", `${field}.end`, value.end);
  const length = end > start ? end - start : end + 1440 - start;
  if (length <= 0 || length > 1440) fail("shiftLength", `${field}.end`, value.end);
  const step = value.startStep === undefined ? slot : wholeNumber(value.startStep, `${field}.startStep`);
  if (step <= 0 || step % slot !== 0) fail("onSlotGrid", `${field}.startStep`, value.startStep, { slot });
  const shift: ShiftTemplate = {
    name,
    startMinutes: start,
    latestStartMinutes: latestStart,
    startStepMinutes: step,
    lengthMinutes: length,
    cost: value.cost === undefined ? length / 60 : nonNegative(value.cost, `${field}.cost`),
    breaks: [],
  };
  if (value.max !== undefined) shift.maxPeople = wholeNumber(value.max, `${field}.max`);
  if (value.skill !== undefined) shift.skill = skill(value.skill, `${field}.skill`);
  if (value.meal !== undefined) {
    shift.meal = parsePause(value.meal, `${field}.meal`, slot, length);
    if (mealOffsets(shift, slot).length === 0) fail("mealWindow", `${field}.meal`, JSON.stringify(value.meal));
  }
  if (value.breaks !== undefined) shift.breaks = parseList(value.breaks, `${field}.breaks`).map((b, i) => parsePause(b, `${field}.breaks[${i}]`, slot, length));
  return shift;
}

function parsePause(value: unknown, field: string, slot: number, shiftLength: number): PauseRule {
  if (!isRecord(value)) fail("notObject", field, value);
  const minutes = ruled(value.minutes, `${field}.minutes`, "positiveWhole");
  const earliest = clock(value.earliestStart, `${field}.earliestStart`, 1);
  const latest = clock(value.latestStart, `${field}.latestStart`, 1);
  if (latest < earliest || earliest + minutes > shiftLength || Math.ceil(earliest / slot) * slot > latest)
    fail("mealWindow", field, `${String(value.earliestStart)}–${String(value.latestStart)}`);
  return { minutes, earliestStartMinutes: earliest, latestStartMinutes: latest };
}

/** The sheet counts sub-slot meals with one weight, so they must share one length. */
function checkSubSlotMeals(shifts: readonly ShiftTemplate[], slot: number): void {
  const partial = new Set(shifts.flatMap((s) => (s.meal && s.meal.minutes % slot !== 0 ? [s.meal.minutes % slot] : [])));
  if (partial.size > 1) fail("mealLengths", "shifts", [...partial].join(", "));
}

function parseOpening(value: unknown): { openMinutes: number; closeMinutes: number } {
  if (!isRecord(value)) fail("opening", "opening", value);
  const open = parseClock(value.open);
  const close = parseClock(value.close);
  if (open === null || close === null || close <= open) fail("opening", "opening", JSON.stringify(value));
  return { openMinutes: open, closeMinutes: close };
}

function parsePeople(value: unknown, days: number): Person[] {
  if (value === undefined || value === "sample") return SAMPLE_TEAM.map(personFromAgent);
  return parseList(value, "people").map((p, i) => {
    const field = `people[${i}]`;
    if (!isRecord(p)) fail("notObject", field, p);
    const person: Person = {
      id: p.id === undefined ? `P${String(i + 1).padStart(3, "0")}` : text(p.id, `${field}.id`),
      name: text(p.name, `${field}.name`),
      employment: p.employment === undefined ? "full-time" : employment(p.employment, `${field}.employment`),
      skill: p.skill === undefined ? "pre-sale" : skill(p.skill, `${field}.skill`),
      maxHoursPerWeek: optionalNumber(p.maxHoursPerWeek, `${field}.maxHoursPerWeek`, 44),
      daysOff: p.daysOff === undefined ? [] : parseList(p.daysOff, `${field}.daysOff`).map((d, j) => weekday(d, `${field}.daysOff[${j}]`)),
      nights: optionalFlag(p.nights, `${field}.nights`, true),
    };
    if (p.availability !== undefined) person.availability = parseAvailability(p.availability, `${field}.availability`, days);
    if (p.preferredShiftHours !== undefined) person.preferredShiftMinutes = Math.round(nonNegative(p.preferredShiftHours, `${field}.preferredShiftHours`) * 60);
    return person;
  });
}

function parseAvailability(value: unknown, field: string, days: number): NonNullable<Person["availability"]> {
  if (!Array.isArray(value) || value.length !== days) fail("availability", field, value);
  return value.map((entry: unknown, d) => {
    if (entry === null) return null;
    if (!isRecord(entry)) fail("availability", `${field}[${d}]`, entry);
    const from = parseClock(entry.from);
    const to = parseClock(entry.to);
    if (from === null || to === null || to <= from) fail("availability", `${field}[${d}]`, JSON.stringify(entry));
    return { fromMinutes: from, toMinutes: to };
  });
}

/** A sample-team agent as a roster person. */
export function personFromAgent(a: Agent): Person {
  return { id: a.id, name: a.name, employment: a.employment, skill: a.skill, maxHoursPerWeek: a.maxHoursPerWeek, daysOff: a.daysOff, nights: a.nights };
}

// ── field readers: each names the field in its error ──

function fail(key: RosterStringKey, field: string, value: unknown, extra: Record<string, string | number> = {}): never {
  throw new InputError(rosterText(key, { field, value: show(value), ...extra }));
}

function show(value: unknown): string {
  if (value === undefined) return "nothing";
  const s = typeof value === "string" ? JSON.stringify(value) : JSON.stringify(value) ?? String(value);
  return s.length > 60 ? s.slice(0, 57) + "…" : s;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

function parseList(v: unknown, field: string): unknown[] {
  if (!Array.isArray(v)) fail("list", field, v);
  return v;
}

/**
 * Every number a scenario holds, by kind: the same {@link NumberRule} type as the custom functions
 * and the task pane, each with the roster message that states it. The maxima matter: the LP model
 * is read from text, so an absurd magnitude (1e308) would make HiGHS refuse it with a bare status
 * code instead of a message naming the field.
 */
const NUMBER_RULES = {
  nonNegative: { min: 0, max: MAX_NUMBER },
  demand: { min: 0, max: MAX_DEMAND },
  wholeNonNegative: { min: 0, integer: true, max: MAX_NUMBER },
  positiveWhole: { min: 1, integer: true, max: MAX_NUMBER },
  share: { min: 0, minInclusive: false, max: 1 },
  weekday: { min: 0, max: 6, integer: true },
} as const satisfies Record<string, NumberRule>;

type NumberKind = keyof typeof NUMBER_RULES;

/** `v` when it fits the kind's rule; else the roster message for that kind (or "at most" above a maximum). */
function ruled(v: unknown, field: string, kind: NumberKind): number {
  const rule: NumberRule = NUMBER_RULES[kind];
  if (typeof v === "number" && fitsRule(v, rule)) return v;
  const tooLarge = typeof v === "number" && rule.max !== undefined && v > rule.max && kind !== "share" && kind !== "weekday";
  if (tooLarge) fail("atMost", field, v, { max: rule.max!.toLocaleString("en-US") });
  fail(kind === "demand" ? "nonNegative" : kind, field, v);
}

function nonNegative(v: unknown, field: string): number {
  return ruled(v, field, "nonNegative");
}

function optionalNumber(v: unknown, field: string, fallback: number): number {
  return v === undefined ? fallback : nonNegative(v, field);
}

function wholeNumber(v: unknown, field: string): number {
  return ruled(v, field, "wholeNonNegative");
}

function optionalShare(v: unknown, field: string, fallback: number): number {
  return v === undefined ? fallback : ruled(v, field, "share");
}

function optionalFlag(v: unknown, field: string, fallback: boolean): boolean {
  if (v === undefined) return fallback;
  if (typeof v !== "boolean") fail("flag", field, v);
  return v;
}

function text(v: unknown, field: string): string {
  if (typeof v !== "string" || v.trim() === "") fail("text", field, v);
  return v.trim();
}

function clock(v: unknown, field: string, slot: number): number {
  const minutes = parseClock(v);
  if (minutes === null) fail("time", field, v);
  if (minutes % slot !== 0) fail("onSlotGrid", field, v, { slot });
  return minutes;
}

function weekday(v: unknown, field: string): number {
  return ruled(v, field, "weekday");
}

function skill(v: unknown, field: string): "pre-sale" | "after-sale" {
  if (v !== "pre-sale" && v !== "after-sale") fail("skill", field, v);
  return v;
}

function employment(v: unknown, field: string): "full-time" | "temporary" {
  if (v !== "full-time" && v !== "temporary") fail("employment", field, v);
  return v;
}
