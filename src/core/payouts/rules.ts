/**
 * The allowed values of the payout inputs, declared once for the custom functions (their checks
 * and help) and the core. `limit`s far beyond real pay keep money exact in integer cents (below
 * 2^53) and every result finite; they stay out of the function help.
 */
import type { NumberRule } from "../rules/number-rule";

/** A trillion currency units: 1e14 cents, well inside exact integers. */
const MONEY_LIMIT = 1e12;

export const PAYOUT_RULES = {
  /** An amount of money, positive or negative (a negative sale is a correction). */
  money: { limit: MONEY_LIMIT },
  /** Money that cannot be negative (a cap, a floor, a prize, sales). */
  nonNegativeMoney: { min: 0, limit: MONEY_LIMIT },
  /** A rate or share (5% = 0.05); up to 100 (10 000 %). */
  rate: { min: 0, limit: 100 },
  /** A weight of a score or a split part. */
  weight: { min: 0, limit: 1e12 },
  /** A KPI value, score, attainment or threshold: any number of sensible size. */
  measure: { limit: 1e12 },
  /** A target to divide by (a quotient too large to show is a #NUM!). */
  target: { min: 0, minInclusive: false, limit: 1e12 },
  /** A day as Excel stores it: 1 = 1900-01-01 … 2958465 = 9999-12-31 (the range Excel itself shows). */
  date: {
    min: 1,
    max: 2_958_465,
    words: {
      "en-US": "a date from 1900-01-01 to 9999-12-31 (a blank date is not a date)",
      "zh-CN": "1900-01-01 到 9999-12-31 之间的日期（空白日期不是日期）",
    },
  },
  decimals: { min: 0, max: 6, integer: true },
} as const satisfies Record<string, NumberRule>;
