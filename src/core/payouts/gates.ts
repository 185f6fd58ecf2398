/**
 * Gates: a qualifier that must pass for a component to pay at all (QA score below 80 → no
 * commission). A failed gate zeroes the component; it never makes it negative.
 */

export interface Gate {
  /** The qualifier's threshold (e.g. 80). */
  threshold: number;
  /** `atLeast`: value ≥ threshold passes (QA score); `atMost`: value ≤ threshold passes (complaints). */
  direction: "atLeast" | "atMost";
}

export function passesGate(value: number, gate: Gate): boolean {
  return gate.direction === "atLeast" ? value >= gate.threshold : value <= gate.threshold;
}

/** The component if every gate passes, else 0. */
export function gatedCents(cents: number, passes: readonly boolean[]): number {
  return passes.every(Boolean) ? cents : 0;
}
