/**
 * The capacity article's model (docs/reference/sources.md): one agent answers at most `r` questions an hour, and
 * automation (a bot, quick replies) resolves a share `a` of them (30–60 % in the article):
 *
 *   agents = ceil(volume · (1 − a) / (r · interval / 3600))
 *
 * No queueing: it sizes for throughput only, which is what many shops plan with.
 */
import { requireStaffing } from "./inputs";
import { ceilTolerant } from "./shrinkage";

export interface CapacityWorkload {
  /** Questions arriving in the interval (≥ 0). */
  volume: number;
  /** Questions one agent answers per hour (> 0), e.g. 360. */
  perAgentHour: number;
  /** Interval length, seconds (> 0). */
  intervalSeconds: number;
  /** Share resolved by automation, in [0, 1]; default 0. */
  automationRate?: number;
}

/**
 * Exact (fractional) agent workload: volume · (1 − a) / (r · interval / 3600).
 * @example capacityWorkload({ volume: 600, perAgentHour: 360, intervalSeconds: 600, automationRate: 0.4 }) // → 6
 */
export function capacityWorkload(w: CapacityWorkload): number {
  const automation = w.automationRate ?? 0;
  requireStaffing("volume", w.volume);
  requireStaffing("per_agent_hour", w.perAgentHour);
  requireStaffing("interval", w.intervalSeconds);
  requireStaffing("automation_rate", automation);
  return (w.volume * (1 - automation)) / ((w.perAgentHour * w.intervalSeconds) / 3600);
}

/** Whole agents for the workload (float-safe ceiling). */
export function capacityAgents(w: CapacityWorkload): number {
  return ceilTolerant(capacityWorkload(w));
}
