/**
 * The allowed values of the QA figures' numeric inputs, declared once for the core checks and the
 * custom functions (their argument checks and help). `limit`s far beyond any real standard keep
 * sums finite.
 */
import type { NumberRule } from "../rules/number-rule";

export const QA_RULES = {
  /** A criterion's weight: any non-negative number (the score is a weighted mean). */
  weight: { min: 0, limit: 1e9 },
  /** A criterion's maximum mark. */
  scale: { min: 1, max: 100, integer: true },
  /** Bonus points added before the cap at 100. */
  bonus: { min: 0, limit: 1e9 },
  /** Largest difference of two marks that still agree. */
  tolerance: { min: 0, limit: 1e9 },
} as const satisfies Record<string, NumberRule>;
