/**
 * Erlang C (M/M/N, customers wait and never give up): waiting probability, service level, average
 * speed of answer, occupancy and queue length for `agents` serving `trafficErlangs`.
 *
 *   C = N·B / (N − A·(1 − B))            probability an arrival waits (B = Erlang B)
 *   SL(t) = 1 − C·exp(−(N − A)·t / h)    share answered within t seconds
 *   ASA = C·h / (N − A)                  mean wait over all arrivals, seconds
 *   occupancy = A / N,  Lq = C·A / (N − A)
 *
 * With N ≤ A the queue grows without bound: C = 1 and SL = 0; ASA and Lq have no finite value.
 * Sources: Erlang (1917); Koole, "Call Center Optimization" (2013), ch. 3; the Call Centre Helper
 * worked example (A = 10, N = 14: SL 0.8884, ASA 7.8 s).
 */
import { erlangB } from "./erlang-b";
import { InputError } from "../errors";
import { requireStaffing } from "./inputs";

/** C from an already computed Erlang B value (used by the one-pass agents search). */
export function erlangCFromB(agents: number, trafficErlangs: number, blocking: number): number {
  if (trafficErlangs === 0) return 0;
  if (agents <= trafficErlangs) return 1;
  return (agents * blocking) / (agents - trafficErlangs * (1 - blocking));
}

/** SL(t) from an already computed C. */
export function serviceLevelFromC(
  agents: number,
  trafficErlangs: number,
  ahtSeconds: number,
  answerTimeSeconds: number,
  waitProbability: number,
): number {
  if (trafficErlangs === 0) return 1;
  if (agents <= trafficErlangs) return 0;
  return 1 - waitProbability * Math.exp((-(agents - trafficErlangs) * answerTimeSeconds) / ahtSeconds);
}

function checkAgentsAndTraffic(agents: number, trafficErlangs: number): void {
  requireStaffing("agents", agents);
  requireStaffing("traffic", trafficErlangs);
}

/**
 * Probability that an arrival has to wait (Erlang C).
 * @example erlangC(14, 10) // → 0.1741319
 */
export function erlangC(agents: number, trafficErlangs: number): number {
  checkAgentsAndTraffic(agents, trafficErlangs);
  return erlangCFromB(agents, trafficErlangs, erlangB(agents, trafficErlangs));
}

/**
 * Share of arrivals answered within `answerTimeSeconds` (0 when N ≤ A, 1 with no traffic).
 * @example serviceLevel(14, 10, 180, 20) // → 0.88835
 */
export function serviceLevel(agents: number, trafficErlangs: number, ahtSeconds: number, answerTimeSeconds: number): number {
  requireStaffing("aht", ahtSeconds);
  requireStaffing("answer_time", answerTimeSeconds);
  const c = erlangC(agents, trafficErlangs);
  return serviceLevelFromC(agents, trafficErlangs, ahtSeconds, answerTimeSeconds, c);
}

function unstable(agents: number, trafficErlangs: number): InputError {
  // 6 significant digits without trailing zeros: 30 not 30.0000, 10.6667 stays.
  const shown = String(Number(trafficErlangs.toPrecision(6)));
  return new InputError(
    {
      "en-US": `${agents} agents cannot keep up with ${shown} Erlangs of traffic: the queue grows without end.`,
      "zh-CN": `${agents} 名客服无法承接 ${shown} 爱尔兰的话务量：排队会无限增长。`,
    },
    "noAnswer",
  );
}

/**
 * Average speed of answer in seconds: mean wait over all arrivals, those answered at once included.
 * @throws InputError `noAnswer` when N ≤ A (no finite mean wait)
 * @example averageSpeedOfAnswerSeconds(14, 10, 180) // → 7.8359
 */
export function averageSpeedOfAnswerSeconds(agents: number, trafficErlangs: number, ahtSeconds: number): number {
  requireStaffing("aht", ahtSeconds);
  const c = erlangC(agents, trafficErlangs);
  if (trafficErlangs === 0) return 0;
  if (agents <= trafficErlangs) throw unstable(agents, trafficErlangs);
  return (c * ahtSeconds) / (agents - trafficErlangs);
}

/**
 * Mean number of contacts waiting (Lq = C·A / (N − A)).
 * @throws InputError `noAnswer` when N ≤ A
 */
export function queueLength(agents: number, trafficErlangs: number): number {
  const c = erlangC(agents, trafficErlangs);
  if (trafficErlangs === 0) return 0;
  if (agents <= trafficErlangs) throw unstable(agents, trafficErlangs);
  return (c * trafficErlangs) / (agents - trafficErlangs);
}

/**
 * Share of agents' time spent handling contacts: A / N, capped at 1 (with N ≤ A agents are busy
 * all the time and the surplus waits). No traffic → 0.
 * @throws InputError `noAnswer` for 0 agents with traffic (there is nobody to be occupied)
 */
export function occupancy(agents: number, trafficErlangs: number): number {
  checkAgentsAndTraffic(agents, trafficErlangs);
  if (trafficErlangs === 0) return 0;
  if (agents === 0) throw unstable(agents, trafficErlangs);
  return Math.min(1, trafficErlangs / agents);
}
