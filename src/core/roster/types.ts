/**
 * Types of the roster generator: a scenario (demand per slot, shift templates, people), the
 * optimal shift plan (how many people start which shift, and when they eat) and the named roster.
 *
 * Times inside a day are minutes after 00:00 (`startMinutes`); offsets inside a shift are minutes
 * after the shift's start. Slots are `slotMinutes` long and numbered from 0 inside each day; a
 * "global slot" is `day * slotsPerDay + slot`.
 */
import type { Skill, Employment } from "../team/types";

/** A meal or short break placed somewhere inside a window of the shift. */
export interface PauseRule {
  /** Length of the pause, minutes. */
  minutes: number;
  /** Earliest start, minutes after the shift's start. */
  earliestStartMinutes: number;
  /** Latest start, minutes after the shift's start. */
  latestStartMinutes: number;
}

export interface ShiftTemplate {
  name: string;
  /** First allowed start, minutes after 00:00 of the shift's day. */
  startMinutes: number;
  /** Last allowed start (equal to `startMinutes` for a fixed start). */
  latestStartMinutes: number;
  /** Step between allowed starts, minutes (a multiple of the slot length). */
  startStepMinutes: number;
  /** Length including the meal, minutes. */
  lengthMinutes: number;
  /** Cost of one person working this shift once (any unit: paid hours, yuan…). */
  cost: number;
  /** Most people on this template per day, all starts together. */
  maxPeople?: number;
  /** An unpaid-or-paid meal the solver places (staggered) inside its window; meal time is not coverage. */
  meal?: PauseRule;
  /**
   * Short breaks, in whole slots, placed by the solver like meals (never over a meal; at most
   * breakShare of the others present plus one person at once): break time is not coverage.
   */
  breaks: PauseRule[];
  /** Only people with this skill may work the shift. */
  skill?: Skill;
}

export interface Person {
  id: string;
  name: string;
  employment: Employment;
  skill: Skill;
  /** Maximum paid hours over the scenario's days (a week at most). */
  maxHoursPerWeek: number;
  /** Weekday numbers (0 = Monday) the person never works. */
  daysOff: readonly number[];
  /** May work shifts that touch 00:00–06:00. */
  nights: boolean;
  /**
   * Availability per scenario day: a window in minutes after that day's 00:00 the whole shift must
   * fit in (a shift ending after midnight may use `toMinutes` up to 2880), or `null` for "not this
   * day". Missing → available all day every day.
   */
  availability?: ReadonlyArray<{ fromMinutes: number; toMinutes: number } | null>;
  /**
   * The shift length this person usually works, minutes; the assigner prefers shifts close to it
   * (a soft preference, never over a hard rule or fairness). Missing → maxHoursPerWeek / 5 (a
   * five-day week: 44 h → 8 h 48 min, a 20-hour reserve → 4 h).
   */
  preferredShiftMinutes?: number;
}

export interface RosterRules {
  /** Minimum rest between the end of one shift and the start of the next, minutes. @default 660 (11 h) */
  minRestMinutes: number;
}

export interface Scenario {
  /** What the roster is for, shown in sheet titles ("双十一 11月11日"). */
  name?: string;
  /** Slot length, minutes: 10 (default) … 60; divides 1440. */
  slotMinutes: number;
  /** Number of days, 1–7. */
  days: number;
  /** People needed at work (not eating, not on break) per day and slot: `demand[day][slot]`. */
  demand: number[][];
  shifts: ShiftTemplate[];
  /** Most people present (incl. eating) in any slot. */
  maxPerSlot?: number;
  /** Most people eating at once, as a share (0–1] of the people present in that slot. @default 1 */
  mealShare: number;
  /**
   * Most people on a short break at once: one person, plus this share (0–1] of the others present,
   * rounded down (20 %: 1 of 1–5 present, 2 of 6–10, 3 of 11–15). @default 0.2
   */
  breakShare: number;
  /**
   * Opening hours (minutes after 00:00): shifts may only work inside them. Missing → 24 h service.
   * `closeMinutes` may exceed 1440 for a night that ends after midnight.
   */
  opening?: { openMinutes: number; closeMinutes: number };
  /**
   * What a shift running past the last day's midnight covers: `true` (a repeating week/day) wraps to
   * day 0's first slots; `false` (a one-off event such as the Double-11 day) covers nothing past the
   * end: those hours are still paid and rostered, but the day after is not this scenario's business.
   */
  wrap: boolean;
  /** Penalty per uncovered person-slot; far above any shift cost so unmet slots are a last resort. */
  unmetPenalty: number;
  /** Weekday of day 0 (0 = Monday), to apply people's days off. @default 0 */
  firstWeekday: number;
  people: Person[];
  rules: RosterRules;
}

/** One column of the shift model: people working template `shift` from `startSlot` on `day`, eating at `mealOffsetSlots`. */
export interface ShiftOption {
  day: number;
  /** Index into `scenario.shifts`. */
  shift: number;
  /** Start slot inside `day`. */
  startSlot: number;
  /** Meal start, slots after the shift's start (`null`: no meal). */
  mealOffsetSlots: number | null;
  /** Global slots covered and the share (0–1] of each one the person is working (not eating). */
  work: ReadonlyArray<readonly [globalSlot: number, share: number]>;
  /** Global slots the person is present (working or eating). */
  present: readonly number[];
  /** Global slots with the share of each spent eating. */
  eating: ReadonlyArray<readonly [globalSlot: number, share: number]>;
}

export type PlanStatus = "optimal" | "gapLimit" | "timeLimit" | "interrupted" | "greedy";

/** How many people of a break group (options sharing their breaks) take breaks `rules` at `offsets`. */
export interface PlanBreak {
  /** The options whose people share these breaks (one day, template and start; one meal placement when meals and breaks can meet). */
  options: readonly ShiftOption[];
  /** Indices into the template's `breaks` (several when their windows overlap: placed together). */
  rules: readonly number[];
  /** Break starts, slots after the shift's start, one per rule. */
  offsets: readonly number[];
  /** Global slots on break (none past the end of a one-off event). */
  slots: readonly number[];
  count: number;
}

/** How many people take one shift option. */
export interface PlanEntry {
  option: ShiftOption;
  count: number;
}

export interface ShiftPlan {
  scenario: Scenario;
  status: PlanStatus;
  /** Cost of the shifts (without the unmet penalty). */
  cost: number;
  /** Relative MIP gap at the end (0 when proven optimal). */
  gap: number;
  entries: PlanEntry[];
  /** Where the plan's people take their short breaks. */
  breaks: PlanBreak[];
  /** People working (not eating, not on a short break) per global slot. */
  coverage: number[];
  /** People on a short break per global slot. */
  onBreak: number[];
  /** People eating per global slot (may be fractional with sub-slot meals). */
  eating: number[];
  /** Slots where coverage < demand, with how many people are missing. */
  unmet: Array<{ day: number; slot: number; missing: number }>;
  /** Solver time, milliseconds, and the Wasm memory capacity afterwards, bytes. */
  solveMs: number;
  memoryBytes: number;
}

/** Progress of a running solve (from HiGHS' improving-solution callback). */
export interface PlanProgress {
  /** Objective of the newest incumbent (cost + penalty). */
  objective: number;
  /** Best bound so far. */
  bound: number;
  /** Relative gap 0–1. */
  gap: number;
  elapsedSeconds: number;
}

/** One person's day in the named roster. */
export interface RosterShift {
  personIndex: number;
  day: number;
  option: ShiftOption;
  /** Global slots of each short break placed. */
  breakSlots: number[];
}

export interface PersonLedger {
  personIndex: number;
  hours: number;
  maxHours: number;
  /** Positive: over the maximum (never produced by the assigner, kept for edited rosters); negative: hours below it. */
  overHours: number;
  nights: number;
  peakSlots: number;
  shifts: number;
}

export interface NamedRoster {
  plan: ShiftPlan;
  people: Person[];
  shifts: RosterShift[];
  /** Positions of the plan nobody could take (availability, rest, hours). */
  unfilled: Array<{ day: number; option: ShiftOption; count: number }>;
  ledger: PersonLedger[];
  /** People working per global slot after breaks and unfilled positions. */
  coverage: number[];
  /** People on a short break per global slot. */
  onBreak: number[];
  /**
   * Short breaks not taken (the person keeps working): the break's window does not fit the shift, or
   * planned positions left unfilled shrank the crew below what the plan's breaks at once need.
   */
  breaksNotPlaced: number;
}
