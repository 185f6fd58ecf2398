/**
 * The allowed values of every staffing input, declared once: the core checks below, the custom
 * functions' argument checks and help (src/functions/staffing.ts) and the task pane read these
 * rules. The custom-function layer checks arguments first (with messages naming the Excel
 * parameter); the core checks keep the math safe when it is called directly (task pane, command
 * line, other modules), so a bad number is an {@link InputError}, never NaN.
 */
import { InputError } from "../errors";
import { requireRule, type NumberRule } from "../rules/number-rule";

/** The largest headcount any search returns; above it the answer is `noAnswer` (`#NUM!`). */
export const MAX_AGENTS = 100_000;

/**
 * `limit`s are far beyond any real contact centre; they only keep the arithmetic finite (a volume
 * of 1e308 would make the traffic Infinity) and stay out of the function help.
 */
export const STAFFING_RULES = {
  /** Contacts in one interval. */
  volume: { min: 0, limit: 1e9 },
  /** Seconds per contact: at most about 11 days. */
  aht: { min: 0, minInclusive: false, limit: 1e6 },
  /** Interval length, seconds (up to about 115 days). */
  interval: { min: 0, minInclusive: false, limit: 1e7 },
  target_sl: { min: 0, minInclusive: false, max: 1, maxInclusive: false },
  answer_time: { min: 0, limit: 1e7 },
  /** Offered traffic, Erlangs: beyond MAX_AGENTS no headcount exists anyway. */
  traffic: { min: 0, limit: 1e9 },
  /** Mean patience, seconds: any finite length (Erlang A bounds its own work, see erlang-a.ts). */
  patience: { min: 0, minInclusive: false },
  agents: { min: 0, max: MAX_AGENTS, integer: true },
  servers: { min: 0, max: MAX_AGENTS, integer: true },
  /** A floor headcount before shrinkage, possibly fractional (a sum of FRACTIONALAGENTS). */
  floor_agents: { min: 0, limit: 1e9 },
  max_occupancy: { min: 0, minInclusive: false, max: 1 },
  max_abandon: { min: 0, minInclusive: false, max: 1 },
  max_blocking: { min: 0, minInclusive: false, max: 1, maxInclusive: false },
  shrinkage: { min: 0, max: 1, maxInclusive: false },
  /** Chats at once (an average such as 2.5 is allowed). */
  concurrency: { min: 1, limit: 100 },
  /** Speed-up factor of an agent at each concurrency. */
  factors: { min: 0, minInclusive: false, limit: 1000 },
  per_agent_hour: { min: 0, minInclusive: false, limit: 1e6 },
  automation_rate: { min: 0, max: 1 },
} as const satisfies Record<string, NumberRule>;

export type StaffingInput = keyof typeof STAFFING_RULES;

/** Checks a staffing input against its rule; `label` names it in the message (default: the rule's key). */
export function requireStaffing(input: StaffingInput, value: number, label: string = input): void {
  requireRule(label, value, STAFFING_RULES[input]);
}

/** The "no headcount within the limit" answer (→ Excel `#NUM!`). */
export function noHeadcountWithin(limit: number): InputError {
  return new InputError(
    {
      "en-US": `No headcount up to ${limit} agents meets this target.`,
      "zh-CN": `在 ${limit} 名客服以内无法达到该目标。`,
    },
    "noAnswer",
  );
}
