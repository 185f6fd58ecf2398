/**
 * Chat staffing: one agent handles several chats at once.
 *
 * - Slots model: an agent handling K chats at once is K servers. With the handle time measured
 *   at that concurrency, find the smallest number of slots c meeting the target (Erlang C on c
 *   servers) and staff ceil(c / K) agents. K may be an average (2.5).
 * - Factor model (rule of thumb): with the handle time of a chat handled alone, an agent at
 *   concurrency K works f(K) times as fast, so the effective handle time is aht / f(K); then an
 *   ordinary Erlang C search. Default f(1..5) = 1, 1.7, 2.5, 2.9, 3.5 (editable: pass your own).
 */
import { agentsForServiceLevel } from "./agents-search";
import { InputError } from "../errors";
import { requireStaffing } from "./inputs";
import { ceilTolerant } from "./shrinkage";
import { trafficErlangs } from "./traffic";

/** f(K) for K = 1..5: throughput of one agent at concurrency K relative to one chat at a time. */
export const DEFAULT_CONCURRENCY_FACTORS: readonly number[] = [1, 1.7, 2.5, 2.9, 3.5];

export interface ChatWorkload {
  /** Chats arriving in the interval (≥ 0). */
  volume: number;
  /** Handle time of one chat, seconds (> 0): at concurrency K (slots model) or alone (factor model). */
  ahtSeconds: number;
  /** Interval length, seconds (> 0). */
  intervalSeconds: number;
  /** Chats one agent handles at once (≥ 1). */
  concurrency: number;
  /** Share of chats to answer within the answer time, in (0, 1). */
  targetServiceLevel: number;
  /** Answer-time target, seconds (≥ 0). */
  answerTimeSeconds: number;
}

/**
 * Agents for chat under the slots model: ceil(slots / K).
 * @example chatAgentsBySlots({ volume: 100, ahtSeconds: 180, intervalSeconds: 1800, concurrency: 2, targetServiceLevel: 0.8, answerTimeSeconds: 20 }) // → 7 (14 slots)
 */
export function chatAgentsBySlots(chat: ChatWorkload): number {
  requireStaffing("concurrency", chat.concurrency);
  const slots = agentsForServiceLevel({
    trafficErlangs: trafficErlangs(chat.volume, chat.ahtSeconds, chat.intervalSeconds),
    ahtSeconds: chat.ahtSeconds,
    targetServiceLevel: chat.targetServiceLevel,
    answerTimeSeconds: chat.answerTimeSeconds,
  });
  return ceilTolerant(slots / chat.concurrency);
}

/**
 * f(K) from a factor table (K = 1 is the table's first entry).
 * @throws InputError when K is not a whole number within the table, or a factor is not > 0
 */
export function concurrencyFactor(concurrency: number, factors: readonly number[] = DEFAULT_CONCURRENCY_FACTORS): number {
  factors.forEach((f, i) =>
    requireStaffing("factors", f, `factors (#${i + 1})`),
  );
  const f = Number.isInteger(concurrency) ? factors[concurrency - 1] : undefined;
  if (f === undefined) {
    throw new InputError({
      "en-US": `concurrency must be a whole number from 1 to ${factors.length} (the factor table's length); got ${concurrency}.`,
      "zh-CN": `concurrency 必须是 1 到 ${factors.length}（系数表长度）之间的整数，当前为 ${concurrency}。`,
    });
  }
  return f;
}

/**
 * Agents for chat under the factor model: Erlang C with handle time aht / f(K).
 * @example chatAgentsByFactor({ volume: 100, ahtSeconds: 180, intervalSeconds: 1800, concurrency: 2, targetServiceLevel: 0.8, answerTimeSeconds: 20 })
 */
export function chatAgentsByFactor(chat: ChatWorkload, factors: readonly number[] = DEFAULT_CONCURRENCY_FACTORS): number {
  const effectiveAhtSeconds = chat.ahtSeconds / concurrencyFactor(chat.concurrency, factors);
  return agentsForServiceLevel({
    trafficErlangs: trafficErlangs(chat.volume, effectiveAhtSeconds, chat.intervalSeconds),
    ahtSeconds: effectiveAhtSeconds,
    targetServiceLevel: chat.targetServiceLevel,
    answerTimeSeconds: chat.answerTimeSeconds,
  });
}
