/**
 * Erlang B: the probability that a contact finds all `servers` busy when there is no queue
 * (blocked contacts are lost). Computed with the recursion
 *
 *   B(0) = 1,  B(k) = A·B(k−1) / (k + A·B(k−1))
 *
 * which never overflows and stays accurate for tens of thousands of servers (Jagerman, "Some
 * properties of the Erlang loss function", Bell Syst. Tech. J. 53 (1974)). The same recursion is
 * the first step of Erlang C and of the agents search.
 */
import { MAX_AGENTS, noHeadcountWithin, requireStaffing } from "./inputs";

/** One step of the recursion: B(k) from B(k−1). */
export function erlangBStep(previous: number, k: number, trafficErlangs: number): number {
  const x = trafficErlangs * previous;
  return x / (k + x);
}

/**
 * Blocking probability B(N, A).
 *
 * @param servers - N, whole number ≥ 0
 * @param trafficErlangs - A ≥ 0
 * @example erlangB(2, 1) // → 0.2
 */
export function erlangB(servers: number, trafficErlangs: number): number {
  requireStaffing("servers", servers);
  requireStaffing("traffic", trafficErlangs);
  let b = 1;
  for (let k = 1; k <= servers; k++) b = erlangBStep(b, k, trafficErlangs);
  return b;
}

/**
 * Smallest number of servers whose blocking probability is at most `maxBlocking`.
 *
 * @param trafficErlangs - A ≥ 0 (0 needs 0 servers)
 * @param maxBlocking - target in (0, 1)
 * @throws InputError `noAnswer` if more than {@link MAX_AGENTS} servers would be needed
 * @example serversForBlocking(10, 0.02) // → 17
 */
export function serversForBlocking(trafficErlangs: number, maxBlocking: number): number {
  requireStaffing("traffic", trafficErlangs);
  requireStaffing("max_blocking", maxBlocking);
  if (trafficErlangs === 0) return 0;
  let b = 1;
  for (let k = 1; k <= MAX_AGENTS; k++) {
    b = erlangBStep(b, k, trafficErlangs);
    if (b <= maxBlocking) return k;
  }
  throw noHeadcountWithin(MAX_AGENTS);
}
