/**
 * Shrinkage (leave, breaks, meetings, training): agents on the payroll who are not on the floor.
 * scheduled = ceil(N / (1 − s)).
 *
 * Float trap: 21 / 0.7 = 30.000000000000004 and 35.7 / 0.85 = 42.00000000000001 in IEEE doubles,
 * so a plain `Math.ceil` would schedule one agent too many. {@link ceilTolerant} treats a value
 * within one part in a billion above a whole number as that whole number.
 */
import { requireStaffing } from "./inputs";

/** Relative tolerance of {@link ceilTolerant}: far above rounding noise, far below any real headcount step. */
const RELATIVE_TOLERANCE = 1e-9;

/**
 * `Math.ceil` that ignores floating-point noise just above a whole number.
 *
 * @example ceilTolerant(21 / 0.7) // → 30 (not 31)
 * @example ceilTolerant(30.2) // → 31
 */
export function ceilTolerant(x: number): number {
  const nearest = Math.round(x);
  if (Math.abs(x - nearest) <= RELATIVE_TOLERANCE * Math.max(1, Math.abs(x))) return nearest;
  return Math.ceil(x);
}

/**
 * Scheduled headcount: agents to roster so that `agents` remain on the floor after shrinkage.
 *
 * @param agents - agents needed on the floor (≥ 0; may be fractional, e.g. summed fractional agents)
 * @param shrinkage - share of paid time not on the floor, in [0, 1)
 * @example scheduledAgents(14, 0.3) // → 20
 */
export function scheduledAgents(agents: number, shrinkage: number): number {
  requireStaffing("floor_agents", agents, "agents");
  requireStaffing("shrinkage", shrinkage);
  return ceilTolerant(agents / (1 - shrinkage));
}
