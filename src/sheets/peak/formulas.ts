/** Native formula pieces the plan's sheets share (each the sheet twin of an engine function). */

/** `ceilTolerant(x)` for x ≥ 0: a whole number within one part in a billion stays that number. */
export function ceilTolerantFormula(x: string): string {
  return `IF(ABS(${x}-ROUND(${x},0))<=1E-9*MAX(1,ABS(${x})),ROUND(${x},0),ROUNDUP(${x},0))`;
}
