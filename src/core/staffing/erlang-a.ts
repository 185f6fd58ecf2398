/**
 * Erlang A (M/M/N+M, Palm 1943): Poisson arrivals, exponential handle times, N agents, and
 * customers who give up after an exponential patience with mean `patienceSeconds`.
 *
 * Computed exactly from the birth–death chain (state n = contacts in the system):
 *   birth rate λ = A / h, death rate d(n) = min(n, N)·μ + max(n − N, 0)·θ,  μ = 1/h, θ = 1/patience
 * truncated once the remaining tail is below 1e−16 of the mass. States n ≤ N come from the Erlang B
 * recursion (Σ_{n<N} π(n) / π(N) = 1/B(N, A) − 1), so nothing overflows; the queue tail is summed
 * in one forward pass with rescaling.
 *
 * Measures (all over ALL arrivals; Mandelbaum & Zeltyn, "The Palm/Erlang-A queue", 2007):
 * - P(wait) = P(n ≥ N) on arrival (PASTA); P(abandon) = θ·E[queue] / λ.
 * - ASA = E[queue] / λ (Little): mean time in queue over all arrivals, abandoners included.
 * - occupancy = A·(1 − P(abandon)) / N: abandoned contacts take no handle time.
 * - SL(t) = P(answered within t): arrivals finding a free agent count as answered; an arrival
 *   with k contacts ahead is answered within t with probability G_k, and ABANDONS COUNT AS
 *   FAILURES (they are in the denominator, never in the numerator).
 *
 * G_k in closed form: ahead of the tagged arrival the queue shrinks at rate Nμ + iθ (service or
 * an abandon ahead) while it itself abandons at rate θ. Folding its own abandonment into the
 * stages gives G_k = β/(β + k + 1) · P(T ≤ t), with β = Nμ/θ and T a sum of exponentials with
 * rates θ(β + 1), …, θ(β + k + 1), which is distributed as −ln(U)/θ, U ~ Beta(β + 1, k + 1); hence
 * P(T ≤ t) = 1 − I_x(β + 1, k + 1) with x = e^{−θt} (regularized incomplete beta, advanced in k by
 * its recurrence I_x(a, b + 1) = I_x(a, b) + x^a (1 − x)^b / (b·B(a, b))). This reproduces the
 * uniformization result of pyworkforce (N = 14, A = 10, h = 180 s, patience 300 s: SL(20 s)
 * 0.916792) in O(N + queue states) instead of a Poisson sum per state.
 *
 * Always stable: with abandonment the queue stays finite even for N < A.
 */
import { erlangB } from "./erlang-b";
import { averageSpeedOfAnswerSeconds, erlangC, serviceLevel } from "./erlang-c";
import { InputError } from "../errors";
import { MAX_AGENTS, noHeadcountWithin, requireStaffing } from "./inputs";

export interface ErlangAMetrics {
  /** Probability an arrival finds every agent busy. */
  waitProbability: number;
  /** Probability an arrival gives up before being answered. */
  abandonProbability: number;
  /** Share of all arrivals answered within the answer time (abandons count as failures). */
  serviceLevel: number;
  /** Mean wait over all arrivals, seconds (abandoners' time in queue included). */
  asaSeconds: number;
  /** Mean number waiting. */
  queueLength: number;
  /** A·(1 − P(abandon)) / N; 0 with no agents or no traffic. */
  occupancy: number;
}

/**
 * Most queue states one evaluation sums (well under 50 ms). The work is bounded by the tail,
 * not by patience: {@link statesNeeded} estimates, before summing, how many states it takes until
 * the rest of the tail is below {@link TAIL_TOLERANCE} of the mass; only beyond this budget do
 * the limits below apply.
 */
const MAX_QUEUE_STATES = 20_000;
const RESCALE_ABOVE = 1e200;
const TAIL_TOLERANCE = 1e-16;
/**
 * Beyond the budget with N > A, patience is so long that hardly anyone gives up: the Erlang C
 * measures are the answer when the abandonment they imply, θ·ASA_C, is below this share.
 */
const ERLANG_C_LIMIT = 1e-6;
/** Patience below this share of the handle time: a waiting contact leaves at once (Erlang B). */
const LOSS_LIMIT = 1e-12;

/**
 * Queue states until the tail is negligible. Past the peak k* = (λ − Nμ)/θ the weights fall like
 * exp(−k²θ/(2λ)) (abandonment), and with N > A also at least geometrically with ratio λ/(Nμ).
 */
function statesNeeded(arrivalRate: number, serviceRate: number, theta: number): number {
  const digits = -Math.log(TAIL_TOLERANCE);
  const peak = Math.max(0, (arrivalRate - serviceRate) / theta);
  const byPatience = peak + Math.sqrt(2 * (digits + 14) * (arrivalRate / theta)) + 1;
  const r0 = arrivalRate / serviceRate;
  const byService = r0 < 1 ? (digits + 14 + 2 * -Math.log1p(-r0)) / -Math.log(r0) : Infinity;
  return Math.min(byPatience, byService);
}

/** The state budget is exceeded: no answer within the time a cell may take. */
class TooManyStates extends InputError {}

function tooManyStates(): InputError {
  return new TooManyStates(
    {
      "en-US": "patience is too long for this load to compute Erlang A; use the Erlang C functions (customers who never give up).",
      "zh-CN": "在此话务量下耐心时长过长，无法计算 Erlang A；请改用 Erlang C 函数（客户不放弃）。",
    },
    "noAnswer",
  );
}

/**
 * Every Erlang A measure for `agents` agents.
 *
 * @param agents - N, whole number ≥ 0 (may be below the traffic)
 * @param trafficErlangs - A ≥ 0
 * @param ahtSeconds - average handle time, seconds (> 0)
 * @param patienceSeconds - mean time a customer waits before giving up, seconds (> 0)
 * @param answerTimeSeconds - answer-time target for the service level, seconds (≥ 0)
 * @example erlangAMetrics(14, 10, 180, 300, 20).abandonProbability // → 0.013984
 */
export function erlangAMetrics(
  agents: number,
  trafficErlangs: number,
  ahtSeconds: number,
  patienceSeconds: number,
  answerTimeSeconds: number,
): ErlangAMetrics {
  requireStaffing("agents", agents);
  requireStaffing("traffic", trafficErlangs);
  requireStaffing("aht", ahtSeconds);
  requireStaffing("patience", patienceSeconds);
  requireStaffing("answer_time", answerTimeSeconds);
  const theta = 1 / patienceSeconds;
  const arrivalRate = trafficErlangs / ahtSeconds;
  const serviceRate = agents / ahtSeconds;
  if (arrivalRate === 0) {
    // No traffic (or so little that λ underflows): nobody waits.
    return { waitProbability: 0, abandonProbability: 0, serviceLevel: 1, asaSeconds: 0, queueLength: 0, occupancy: 0 };
  }

  if (patienceSeconds < LOSS_LIMIT * ahtSeconds) {
    // Everyone who would wait leaves at once: the loss system, P(wait) = P(abandon) = B(N, A).
    const blocking = erlangB(agents, trafficErlangs);
    const busy = agents === 0 ? 0 : Math.min(1, (trafficErlangs * (1 - blocking)) / agents);
    return { waitProbability: blocking, abandonProbability: blocking, serviceLevel: 1 - blocking, asaSeconds: 0, queueLength: 0, occupancy: busy };
  }
  if (statesNeeded(arrivalRate, serviceRate, theta) > MAX_QUEUE_STATES) {
    if (serviceRate > arrivalRate) {
      const asa = averageSpeedOfAnswerSeconds(agents, trafficErlangs, ahtSeconds);
      if (theta * asa < ERLANG_C_LIMIT) {
        const abandonProbability = theta * asa;
        return {
          waitProbability: erlangC(agents, trafficErlangs),
          abandonProbability,
          serviceLevel: serviceLevel(agents, trafficErlangs, ahtSeconds, answerTimeSeconds),
          asaSeconds: asa,
          queueLength: arrivalRate * asa,
          occupancy: Math.min(1, (trafficErlangs * (1 - abandonProbability)) / agents),
        };
      }
    }
    throw tooManyStates();
  }

  // Masses relative to Σ_{n ≤ N} π(n) = 1: π(N) = B(N, A), the rest below N is 1 − B.
  const blocking = erlangB(agents, trafficErlangs);
  let below = 1 - blocking;
  let weight = blocking;
  let total = 1;
  let waiting = weight;
  let queue = 0;

  // G_k = β/(β + k + 1) · (1 − I_x(β + 1, k + 1)); the incomplete beta advances one term per k.
  const beta = serviceRate / theta;
  const shape = beta + 1;
  const logX = -theta * answerTimeSeconds;
  const logOneMinusX = Math.log(-Math.expm1(logX)); // −∞ when the answer time is 0: nobody waiting makes it
  let incompleteBeta = Math.exp(shape * logX); // I_x(β + 1, 1) = x^(β+1)
  let logBetaTerm = Math.log(shape) + shape * logX + logOneMinusX; // x^a (1 − x)^b / (b·B(a, b)) at b = 1
  let answered = weight * (beta / (beta + 1)) * Math.max(0, 1 - incompleteBeta);

  for (let k = 1; ; k++) {
    if (k > 4 * MAX_QUEUE_STATES) throw tooManyStates(); // the estimate was far off: never hang
    incompleteBeta += Math.exp(logBetaTerm);
    logBetaTerm += logOneMinusX + Math.log((shape + k) / (k + 1));
    const ratio = arrivalRate / (serviceRate + k * theta);
    weight *= ratio;
    total += weight;
    waiting += weight;
    queue += k * weight;
    answered += weight * (beta / (beta + k + 1)) * Math.max(0, 1 - incompleteBeta);
    if (weight > RESCALE_ABOVE) {
      const s = 1 / RESCALE_ABOVE;
      weight *= s;
      total *= s;
      waiting *= s;
      queue *= s;
      answered *= s;
      below *= s;
    }
    // Stop when the tail (a geometric series bounded by the current ratio) is negligible.
    if (ratio < 1) {
      const rest = (weight * (k + 1 / (1 - ratio))) / (1 - ratio);
      if (rest < TAIL_TOLERANCE * total) break;
    }
  }

  const queueLength = queue / total;
  const abandonProbability = Math.min(1, (theta * queueLength) / arrivalRate);
  return {
    waitProbability: waiting / total,
    abandonProbability,
    serviceLevel: Math.min(1, (below + answered) / total),
    asaSeconds: queueLength / arrivalRate,
    queueLength,
    occupancy: agents === 0 ? 0 : Math.min(1, (trafficErlangs * (1 - abandonProbability)) / agents),
  };
}

export interface ErlangAGoal {
  /** Offered traffic A in Erlangs (≥ 0). */
  trafficErlangs: number;
  /** Average handle time, seconds (> 0). */
  ahtSeconds: number;
  /** Mean patience before giving up, seconds (> 0). */
  patienceSeconds: number;
  /** Share of all arrivals to answer within the answer time, in (0, 1). */
  targetServiceLevel: number;
  /** Answer-time target, seconds (≥ 0). */
  answerTimeSeconds: number;
  /** Highest allowed P(abandon), in (0, 1]; default 1 (no cap). */
  maxAbandon?: number;
}

/**
 * Smallest headcount whose Erlang A service level meets the target (and whose abandonment is at
 * most `maxAbandon`). It can be below A: customers who give up lighten the load. Zero traffic
 * needs 0. Both measures improve with every added agent, so the search gallops from ceil(A) in
 * the right direction and then bisects: O(log N) evaluations of O(N + queue states) each.
 *
 * @example agentsForServiceLevelA({ trafficErlangs: 10, ahtSeconds: 180, patienceSeconds: 300, targetServiceLevel: 0.9, answerTimeSeconds: 20 }) // → 14
 * @throws InputError `noAnswer` above {@link MAX_AGENTS}
 */
export function agentsForServiceLevelA(goal: ErlangAGoal): number {
  requireStaffing("traffic", goal.trafficErlangs);
  requireStaffing("aht", goal.ahtSeconds);
  requireStaffing("patience", goal.patienceSeconds);
  requireStaffing("target_sl", goal.targetServiceLevel);
  requireStaffing("answer_time", goal.answerTimeSeconds);
  const maxAbandon = goal.maxAbandon ?? 1;
  requireStaffing("max_abandon", maxAbandon);
  if (goal.trafficErlangs === 0) return 0;

  const meets = (agents: number): boolean => {
    // SL ≤ share answered at all = throughput / λ ≤ N/A: fewer agents cannot meet the target.
    if (agents < goal.trafficErlangs * goal.targetServiceLevel) return false;
    let m: ErlangAMetrics;
    try {
      m = erlangAMetrics(agents, goal.trafficErlangs, goal.ahtSeconds, goal.patienceSeconds, goal.answerTimeSeconds);
    } catch (e) {
      // N ≤ A beyond the state budget: thousands of contacts queue ahead of an arrival, so almost
      // none is answered within the answer time — this headcount fails the goal.
      if (e instanceof TooManyStates && agents <= goal.trafficErlangs) return false;
      throw e;
    }
    return m.serviceLevel >= goal.targetServiceLevel && m.abandonProbability <= maxAbandon;
  };

  // Invariant: `fails` does not meet the goal (0 agents never do), `passes` does.
  let fails = 0;
  let passes: number;
  const start = Math.min(MAX_AGENTS, Math.max(1, Math.ceil(goal.trafficErlangs)));
  if (meets(start)) {
    passes = start;
    for (let step = 1; passes - step > 0; step *= 2) {
      if (!meets(passes - step)) {
        fails = passes - step;
        break;
      }
      passes -= step;
    }
  } else {
    fails = start;
    for (let step = 1; ; step *= 2) {
      const next = Math.min(MAX_AGENTS, fails + step);
      if (meets(next)) {
        passes = next;
        break;
      }
      if (next === MAX_AGENTS) throw noHeadcountWithin(MAX_AGENTS);
      fails = next;
    }
  }
  while (passes - fails > 1) {
    const mid = Math.floor((fails + passes) / 2);
    if (meets(mid)) passes = mid;
    else fails = mid;
  }
  return passes;
}
