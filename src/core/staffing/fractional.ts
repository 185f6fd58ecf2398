/**
 * Fractional agents, for adding up several small queues before rounding: staffing each 2-Erlang
 * queue separately and summing the whole numbers overstates the need.
 *
 * Definition (chosen here and stated in the function help): with N the whole-number answer of the
 * Erlang C search, the fractional headcount is found by linear interpolation of the service level
 * between a lower anchor L and N:
 *
 *   L = max(N − 1, A),  SL(L) = SL(N − 1) if N − 1 > A, else 0 (at A the queue never empties)
 *   fractional = L + (target − SL(L)) / (SL(N) − SL(L)) · (N − L)
 *
 * So A < fractional ≤ N, ceil(fractional) = N, and it grows continuously with the target.
 */
import { searchAgents, type ServiceLevelGoal } from "./agents-search";

/**
 * Interpolated (non-whole) headcount meeting the service level; 0 with no traffic.
 * The occupancy cap, if given, is ignored: it applies to whole agents.
 *
 * @example fractionalAgents({ trafficErlangs: 10, ahtSeconds: 180, targetServiceLevel: 0.8, answerTimeSeconds: 20 }) // → 13.047…
 */
export function fractionalAgents(goal: ServiceLevelGoal): number {
  const { maxOccupancy: _ignored, ...uncapped } = goal;
  const found = searchAgents(uncapped);
  const n = found.serviceLevelAgents;
  if (n === 0) return 0;
  const lower = Math.max(n - 1, goal.trafficErlangs);
  const lowerServiceLevel = n - 1 > goal.trafficErlangs ? found.previousServiceLevel : 0;
  const share = (goal.targetServiceLevel - lowerServiceLevel) / (found.serviceLevel - lowerServiceLevel);
  return lower + share * (n - lower);
}
