/**
 * Agents needed for a service-level target under Erlang C, in one O(N) pass.
 *
 * The Erlang B recursion visits every k = 1, 2, … anyway, so each step also gives C(k) and SL(k)
 * for free; the first k > A with SL(k) ≥ target is the answer. Recomputing Erlang C from scratch
 * for each candidate would cost O(N²) (see bench/staffing.bench.ts).
 *
 * The search starts at the smallest whole number above A, floor(A) + 1 — never at A or
 * round(A + 1), which skips the minimum (A = 10.6, target 0.15: 11 agents reach SL 0.1726).
 * Then an occupancy cap ρ raises N to at least ceil(A / ρ).
 */
import { erlangB, erlangBStep } from "./erlang-b";
import { erlangCFromB, serviceLevelFromC } from "./erlang-c";
import { ceilTolerant } from "./shrinkage";
import { MAX_AGENTS, noHeadcountWithin, requireStaffing } from "./inputs";

export interface ServiceLevelGoal {
  /** Offered traffic A in Erlangs (≥ 0). */
  trafficErlangs: number;
  /** Average handle time h, seconds (> 0). */
  ahtSeconds: number;
  /** Share to answer within `answerTimeSeconds`, in (0, 1). */
  targetServiceLevel: number;
  /** Answer-time target t, seconds (≥ 0). */
  answerTimeSeconds: number;
  /** Highest allowed occupancy A/N, in (0, 1]; default 1 (no cap). */
  maxOccupancy?: number;
}

/** The search's answer with the service levels around it (for fractional agents). */
export interface AgentsSearchResult {
  /** Smallest N meeting the target (before the occupancy cap). */
  serviceLevelAgents: number;
  /** SL at `serviceLevelAgents`. */
  serviceLevel: number;
  /** SL at `serviceLevelAgents − 1` (0 when that many agents cannot keep up, N − 1 ≤ A). */
  previousServiceLevel: number;
  /** The answer: `serviceLevelAgents` raised to meet the occupancy cap. */
  agents: number;
}

function checkGoal(goal: ServiceLevelGoal): void {
  requireStaffing("traffic", goal.trafficErlangs);
  requireStaffing("aht", goal.ahtSeconds);
  requireStaffing("target_sl", goal.targetServiceLevel);
  requireStaffing("answer_time", goal.answerTimeSeconds);
  if (goal.maxOccupancy !== undefined) requireStaffing("max_occupancy", goal.maxOccupancy);
}

/**
 * Runs the one-pass search and reports the service levels around the answer.
 * @throws InputError `noAnswer` when more than {@link MAX_AGENTS} agents would be needed
 */
export function searchAgents(goal: ServiceLevelGoal): AgentsSearchResult {
  checkGoal(goal);
  const a = goal.trafficErlangs;
  if (a === 0) return { serviceLevelAgents: 0, serviceLevel: 1, previousServiceLevel: 1, agents: 0 };
  const first = Math.floor(a) + 1;
  if (first > MAX_AGENTS) throw noHeadcountWithin(MAX_AGENTS);
  // Up to A no headcount meets any target: only the recursion runs there (B(first − 1)).
  let b = erlangB(first - 1, a);
  let previous = 0;
  for (let k = first; k <= MAX_AGENTS; k++) {
    b = erlangBStep(b, k, a);
    const c = erlangCFromB(k, a, b);
    const sl = serviceLevelFromC(k, a, goal.ahtSeconds, goal.answerTimeSeconds, c);
    if (sl >= goal.targetServiceLevel) {
      const capped = Math.max(k, ceilTolerant(a / (goal.maxOccupancy ?? 1)));
      if (capped > MAX_AGENTS) throw noHeadcountWithin(MAX_AGENTS);
      return { serviceLevelAgents: k, serviceLevel: sl, previousServiceLevel: previous, agents: capped };
    }
    previous = sl;
  }
  throw noHeadcountWithin(MAX_AGENTS);
}

/**
 * Smallest headcount meeting the service level (and the occupancy cap). Zero traffic needs 0.
 *
 * @example agentsForServiceLevel({ trafficErlangs: 10, ahtSeconds: 180, targetServiceLevel: 0.8, answerTimeSeconds: 20 }) // → 14
 * @throws InputError `invalid` for bad input, `noAnswer` above {@link MAX_AGENTS}
 */
export function agentsForServiceLevel(goal: ServiceLevelGoal): number {
  return searchAgents(goal).agents;
}
