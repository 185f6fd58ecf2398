/**
 * The allowed values of the hiring-plan inputs, declared once for the core check and the custom
 * function (its argument check and help). `limit`s far beyond any real team keep sums finite.
 */
import type { NumberRule } from "../rules/number-rule";

/** Longest plan accepted: ten years of weeks. */
export const MAX_PLAN_WEEKS = 520;

export const HIRING_RULES = {
  /** People (FTE) required or on hand. */
  headcount: { min: 0, limit: 1e9 },
  /** A weekly share of productive staff lost. */
  attrition: { min: 0, max: 1, maxInclusive: false },
  trainWeeks: { min: 0, max: MAX_PLAN_WEEKS, integer: true },
  /**
   * Productivity in a week after training, or the share of trainees who graduate. Below 1 % a plan
   * means a hundredfold class for each person needed: implausible, and near 0 it would overflow.
   */
  share: { min: 0.01, max: 1 },
} as const satisfies Record<string, NumberRule>;
