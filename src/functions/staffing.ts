/**
 * Custom functions for staffing (namespace CS): traffic, Erlang B/C/A, headcount per slot, chat,
 * the seed capacity model, shrinkage. Each is a thin wrapper: check and broadcast the arguments
 * (`args.ts`), call `core/staffing`, map bad input to Excel errors (`excel-errors.ts`).
 * Times are in seconds; `interval` defaults to 600 (10 minutes). Every numeric argument takes a
 * cell or a range: ranges of one shape broadcast with single cells and the result spills.
 * Ids are stored in users' workbooks: never rename one.
 */
import {
  agentsForServiceLevel,
  agentsForServiceLevelA,
  averageSpeedOfAnswerSeconds,
  capacityWorkload,
  chatAgentsByFactor,
  chatAgentsBySlots,
  DEFAULT_CONCURRENCY_FACTORS,
  erlangAMetrics,
  erlangB,
  erlangC,
  fractionalAgents,
  MAX_AGENTS,
  occupancy,
  scheduledAgents,
  serviceLevel,
  trafficErlangs,
} from "../core/staffing";
import { asMatrix, broadcast, readList, type NumberRule } from "./args";
import { excelResult, toExcelMatrix } from "./excel-errors";

const VOLUME: NumberRule = { name: "volume", min: 0 };
const AHT: NumberRule = { name: "aht", min: 0, minInclusive: false };
const INTERVAL: NumberRule = { name: "interval", min: 0, minInclusive: false, default: 600 };
const TARGET_SL: NumberRule = { name: "target_sl", min: 0, minInclusive: false, max: 1, maxInclusive: false };
const ANSWER_TIME: NumberRule = { name: "answer_time", min: 0 };
const MAX_OCCUPANCY: NumberRule = { name: "max_occupancy", min: 0, minInclusive: false, max: 1, default: 1 };
const SHRINKAGE: NumberRule = { name: "shrinkage", min: 0, max: 1, maxInclusive: false, default: 0 };
const AGENTS_COUNT: NumberRule = { name: "agents", min: 0, max: MAX_AGENTS, integer: true };
const SERVERS: NumberRule = { name: "servers", min: 0, max: MAX_AGENTS, integer: true };
const TRAFFIC_ERLANGS: NumberRule = { name: "traffic", min: 0 };
const PATIENCE: NumberRule = { name: "patience", min: 0, minInclusive: false };
const MAX_ABANDON: NumberRule = { name: "max_abandon", min: 0, minInclusive: false, max: 1, default: 1 };
const CONCURRENCY: NumberRule = { name: "concurrency", min: 1 };
const FACTOR_CONCURRENCY: NumberRule = { name: "concurrency", min: 1, integer: true };
const FACTORS: NumberRule = { name: "factors", min: 0, minInclusive: false };
const PER_AGENT_HOUR: NumberRule = { name: "per_agent_hour", min: 0, minInclusive: false };
const AUTOMATION_RATE: NumberRule = { name: "automation_rate", min: 0, max: 1, default: 0 };
const FLOOR_AGENTS: NumberRule = { name: "agents", min: 0 };

/** Checks and broadcasts the arguments, computes each cell, and turns bad input into Excel errors. */
function spill(args: ReadonlyArray<{ arg: unknown; rule: NumberRule }>, compute: (values: number[]) => number): any[][] {
  return excelResult(() => toExcelMatrix(broadcast(args, compute)));
}

/** True for an omitted argument (`null`) or one whose cells are all blank. */
function omitted(arg: unknown): boolean {
  return asMatrix(arg).every((row) => row.every((v) => v === null || v === undefined || (typeof v === "string" && v.trim() === "")));
}

/**
 * Offered traffic in Erlangs: volume × aht ÷ interval (how many agents would be busy all the time).
 * @customfunction TRAFFIC TRAFFIC
 * @param volume Contacts arriving in the interval (≥ 0). A cell or a range.
 * @param aht Average handle time, seconds (> 0).
 * @param [interval] Interval length, seconds (> 0). Default 600 (10 minutes).
 * @returns Traffic in Erlangs.
 */
export function TRAFFIC(volume: any[][], aht: any[][], interval?: any[][]): any[][] {
  return spill(
    [{ arg: volume, rule: VOLUME }, { arg: aht, rule: AHT }, { arg: interval, rule: INTERVAL }],
    ([v, h, i]) => trafficErlangs(v!, h!, i!),
  );
}

/**
 * Agents needed so that target_sl of contacts are answered within answer_time (Erlang C), raised to respect max_occupancy; with shrinkage, the scheduled headcount ceil(agents ÷ (1 − shrinkage)). 0 for an empty slot.
 * @customfunction AGENTS AGENTS
 * @param volume Contacts arriving in the interval (≥ 0). A cell or a range, e.g. a day of 10-minute slots.
 * @param aht Average handle time, seconds (> 0).
 * @param target_sl Service-level target, between 0 and 1 exclusive (e.g. 0.8 for 80%).
 * @param answer_time Answer-time target, seconds (≥ 0), e.g. 20.
 * @param [interval] Interval length, seconds (> 0). Default 600.
 * @param [max_occupancy] Highest allowed occupancy, above 0 and at most 1. Default 1 (no cap).
 * @param [shrinkage] Share of paid time off the floor, from 0 up to (not including) 1. Default 0.
 * @returns Whole agents (scheduled headcount when shrinkage is given).
 */
export function AGENTS(
  volume: any[][],
  aht: any[][],
  target_sl: any[][],
  answer_time: any[][],
  interval?: any[][],
  max_occupancy?: any[][],
  shrinkage?: any[][],
): any[][] {
  return spill(
    [
      { arg: volume, rule: VOLUME },
      { arg: aht, rule: AHT },
      { arg: target_sl, rule: TARGET_SL },
      { arg: answer_time, rule: ANSWER_TIME },
      { arg: interval, rule: INTERVAL },
      { arg: max_occupancy, rule: MAX_OCCUPANCY },
      { arg: shrinkage, rule: SHRINKAGE },
    ],
    ([v, h, sl, t, i, occ, s]) => {
      const agents = agentsForServiceLevel({
        trafficErlangs: trafficErlangs(v!, h!, i!),
        ahtSeconds: h!,
        targetServiceLevel: sl!,
        answerTimeSeconds: t!,
        maxOccupancy: occ!,
      });
      return scheduledAgents(agents, s!);
    },
  );
}

/** The four per-headcount Erlang C measures share one argument list. */
function erlangCMeasure(
  agents: unknown,
  volume: unknown,
  aht: unknown,
  interval: unknown,
  measure: (agents: number, trafficErlangs: number, ahtSeconds: number) => number,
): any[][] {
  return spill(
    [{ arg: agents, rule: AGENTS_COUNT }, { arg: volume, rule: VOLUME }, { arg: aht, rule: AHT }, { arg: interval, rule: INTERVAL }],
    ([n, v, h, i]) => measure(n!, trafficErlangs(v!, h!, i!), h!),
  );
}

/**
 * Service level with a given headcount (Erlang C): the share of contacts answered within answer_time. 0 when the agents cannot keep up.
 * @customfunction SERVICELEVEL SERVICELEVEL
 * @param agents Agents on the floor (whole number ≥ 0).
 * @param volume Contacts arriving in the interval (≥ 0).
 * @param aht Average handle time, seconds (> 0).
 * @param answer_time Answer-time target, seconds (≥ 0).
 * @param [interval] Interval length, seconds (> 0). Default 600.
 * @returns Service level between 0 and 1.
 */
export function SERVICELEVEL(agents: any[][], volume: any[][], aht: any[][], answer_time: any[][], interval?: any[][]): any[][] {
  return spill(
    [
      { arg: agents, rule: AGENTS_COUNT },
      { arg: volume, rule: VOLUME },
      { arg: aht, rule: AHT },
      { arg: answer_time, rule: ANSWER_TIME },
      { arg: interval, rule: INTERVAL },
    ],
    ([n, v, h, t, i]) => serviceLevel(n!, trafficErlangs(v!, h!, i!), h!, t!),
  );
}

/**
 * Average speed of answer with a given headcount (Erlang C): mean wait in seconds over all contacts. #NUM! when the agents cannot keep up.
 * @customfunction ASA ASA
 * @param agents Agents on the floor (whole number ≥ 0).
 * @param volume Contacts arriving in the interval (≥ 0).
 * @param aht Average handle time, seconds (> 0).
 * @param [interval] Interval length, seconds (> 0). Default 600.
 * @returns Mean wait, seconds.
 */
export function ASA(agents: any[][], volume: any[][], aht: any[][], interval?: any[][]): any[][] {
  return erlangCMeasure(agents, volume, aht, interval, averageSpeedOfAnswerSeconds);
}

/**
 * Occupancy with a given headcount: traffic ÷ agents, at most 1.
 * @customfunction OCCUPANCY OCCUPANCY
 * @param agents Agents on the floor (whole number ≥ 0).
 * @param volume Contacts arriving in the interval (≥ 0).
 * @param aht Average handle time, seconds (> 0).
 * @param [interval] Interval length, seconds (> 0). Default 600.
 * @returns Occupancy between 0 and 1.
 */
export function OCCUPANCY(agents: any[][], volume: any[][], aht: any[][], interval?: any[][]): any[][] {
  return erlangCMeasure(agents, volume, aht, interval, (n, a) => occupancy(n, a));
}

/**
 * Probability that a contact has to wait, with a given headcount (Erlang C). 1 when the agents cannot keep up.
 * @customfunction PWAIT PWAIT
 * @param agents Agents on the floor (whole number ≥ 0).
 * @param volume Contacts arriving in the interval (≥ 0).
 * @param aht Average handle time, seconds (> 0).
 * @param [interval] Interval length, seconds (> 0). Default 600.
 * @returns Probability between 0 and 1.
 */
export function PWAIT(agents: any[][], volume: any[][], aht: any[][], interval?: any[][]): any[][] {
  return erlangCMeasure(agents, volume, aht, interval, (n, a) => erlangC(n, a));
}

/**
 * Erlang B: probability that a contact finds all servers busy when there is no queue.
 * @customfunction ERLANGB ERLANGB
 * @param servers Servers (whole number ≥ 0).
 * @param traffic Offered traffic, Erlangs (≥ 0).
 * @returns Blocking probability between 0 and 1.
 */
export function ERLANGB(servers: any[][], traffic: any[][]): any[][] {
  return spill([{ arg: servers, rule: SERVERS }, { arg: traffic, rule: TRAFFIC_ERLANGS }], ([n, a]) => erlangB(n!, a!));
}

/**
 * Erlang C: probability that a contact has to wait, from servers and traffic in Erlangs.
 * @customfunction ERLANGC ERLANGC
 * @param servers Servers (whole number ≥ 0).
 * @param traffic Offered traffic, Erlangs (≥ 0).
 * @returns Waiting probability between 0 and 1 (1 when servers ≤ traffic).
 */
export function ERLANGC(servers: any[][], traffic: any[][]): any[][] {
  return spill([{ arg: servers, rule: SERVERS }, { arg: traffic, rule: TRAFFIC_ERLANGS }], ([n, a]) => erlangC(n!, a!));
}

/**
 * Agents needed under Erlang A (customers give up after patience seconds on average): the share of ALL contacts answered within answer_time reaches target_sl (abandons count as failures) and abandonment stays at most max_abandon. Can be below the traffic.
 * @customfunction AGENTSA AGENTSA
 * @param volume Contacts arriving in the interval (≥ 0).
 * @param aht Average handle time, seconds (> 0).
 * @param patience Mean time a customer waits before giving up, seconds (> 0).
 * @param target_sl Service-level target, between 0 and 1 exclusive.
 * @param answer_time Answer-time target, seconds (≥ 0).
 * @param [interval] Interval length, seconds (> 0). Default 600.
 * @param [max_abandon] Highest allowed abandonment rate, above 0 and at most 1. Default 1 (no cap).
 * @param [shrinkage] Share of paid time off the floor, from 0 up to (not including) 1. Default 0.
 * @returns Whole agents (scheduled headcount when shrinkage is given).
 */
export function AGENTSA(
  volume: any[][],
  aht: any[][],
  patience: any[][],
  target_sl: any[][],
  answer_time: any[][],
  interval?: any[][],
  max_abandon?: any[][],
  shrinkage?: any[][],
): any[][] {
  return spill(
    [
      { arg: volume, rule: VOLUME },
      { arg: aht, rule: AHT },
      { arg: patience, rule: PATIENCE },
      { arg: target_sl, rule: TARGET_SL },
      { arg: answer_time, rule: ANSWER_TIME },
      { arg: interval, rule: INTERVAL },
      { arg: max_abandon, rule: MAX_ABANDON },
      { arg: shrinkage, rule: SHRINKAGE },
    ],
    ([v, h, p, sl, t, i, ab, s]) => {
      const agents = agentsForServiceLevelA({
        trafficErlangs: trafficErlangs(v!, h!, i!),
        ahtSeconds: h!,
        patienceSeconds: p!,
        targetServiceLevel: sl!,
        answerTimeSeconds: t!,
        maxAbandon: ab!,
      });
      return scheduledAgents(agents, s!);
    },
  );
}

/** The per-headcount Erlang A measures share one argument list (answer_time only for the service level). */
function erlangAMeasure(
  args: { agents: unknown; volume: unknown; aht: unknown; patience: unknown; answerTime: unknown; interval: unknown },
  measure: "abandonProbability" | "serviceLevel" | "asaSeconds",
): any[][] {
  return spill(
    [
      { arg: args.agents, rule: AGENTS_COUNT },
      { arg: args.volume, rule: VOLUME },
      { arg: args.aht, rule: AHT },
      { arg: args.patience, rule: PATIENCE },
      { arg: args.answerTime, rule: { ...ANSWER_TIME, default: 0 } },
      { arg: args.interval, rule: INTERVAL },
    ],
    ([n, v, h, p, t, i]) => erlangAMetrics(n!, trafficErlangs(v!, h!, i!), h!, p!, t!)[measure],
  );
}

/**
 * Share of contacts who give up before being answered, with a given headcount (Erlang A).
 * @customfunction ABANDONRATE ABANDONRATE
 * @param agents Agents on the floor (whole number ≥ 0).
 * @param volume Contacts arriving in the interval (≥ 0).
 * @param aht Average handle time, seconds (> 0).
 * @param patience Mean time a customer waits before giving up, seconds (> 0).
 * @param [interval] Interval length, seconds (> 0). Default 600.
 * @returns Abandonment rate between 0 and 1.
 */
export function ABANDONRATE(agents: any[][], volume: any[][], aht: any[][], patience: any[][], interval?: any[][]): any[][] {
  return erlangAMeasure({ agents, volume, aht, patience, answerTime: null, interval }, "abandonProbability");
}

/**
 * Service level with a given headcount under Erlang A: the share of ALL contacts answered within answer_time; contacts who give up count as not answered.
 * @customfunction SERVICELEVELA SERVICELEVELA
 * @param agents Agents on the floor (whole number ≥ 0).
 * @param volume Contacts arriving in the interval (≥ 0).
 * @param aht Average handle time, seconds (> 0).
 * @param patience Mean time a customer waits before giving up, seconds (> 0).
 * @param answer_time Answer-time target, seconds (≥ 0).
 * @param [interval] Interval length, seconds (> 0). Default 600.
 * @returns Service level between 0 and 1.
 */
export function SERVICELEVELA(
  agents: any[][],
  volume: any[][],
  aht: any[][],
  patience: any[][],
  answer_time: any[][],
  interval?: any[][],
): any[][] {
  return erlangAMeasure({ agents, volume, aht, patience, answerTime: answer_time, interval }, "serviceLevel");
}

/**
 * Average speed of answer under Erlang A: mean time in queue, seconds, over all contacts (those who give up included, for the time they waited).
 * @customfunction ASAA ASAA
 * @param agents Agents on the floor (whole number ≥ 0).
 * @param volume Contacts arriving in the interval (≥ 0).
 * @param aht Average handle time, seconds (> 0).
 * @param patience Mean time a customer waits before giving up, seconds (> 0).
 * @param [interval] Interval length, seconds (> 0). Default 600.
 * @returns Mean wait, seconds.
 */
export function ASAA(agents: any[][], volume: any[][], aht: any[][], patience: any[][], interval?: any[][]): any[][] {
  return erlangAMeasure({ agents, volume, aht, patience, answerTime: null, interval }, "asaSeconds");
}

/**
 * Chat agents, slots model: an agent handling concurrency chats at once counts as that many servers; the slots meeting the target (Erlang C) are divided by concurrency and rounded up.
 * @customfunction CHATAGENTS CHATAGENTS
 * @param volume Chats arriving in the interval (≥ 0).
 * @param aht Handle time of one chat at that concurrency, seconds (> 0).
 * @param concurrency Chats one agent handles at once (≥ 1; an average such as 2.5 is allowed).
 * @param target_sl Service-level target, between 0 and 1 exclusive.
 * @param answer_time Answer-time target, seconds (≥ 0).
 * @param [interval] Interval length, seconds (> 0). Default 600.
 * @param [shrinkage] Share of paid time off the floor, from 0 up to (not including) 1. Default 0.
 * @returns Whole agents (scheduled headcount when shrinkage is given).
 */
export function CHATAGENTS(
  volume: any[][],
  aht: any[][],
  concurrency: any[][],
  target_sl: any[][],
  answer_time: any[][],
  interval?: any[][],
  shrinkage?: any[][],
): any[][] {
  return spill(
    [
      { arg: volume, rule: VOLUME },
      { arg: aht, rule: AHT },
      { arg: concurrency, rule: CONCURRENCY },
      { arg: target_sl, rule: TARGET_SL },
      { arg: answer_time, rule: ANSWER_TIME },
      { arg: interval, rule: INTERVAL },
      { arg: shrinkage, rule: SHRINKAGE },
    ],
    ([v, h, k, sl, t, i, s]) =>
      scheduledAgents(
        chatAgentsBySlots({ volume: v!, ahtSeconds: h!, intervalSeconds: i!, concurrency: k!, targetServiceLevel: sl!, answerTimeSeconds: t! }),
        s!,
      ),
  );
}

/**
 * Chat agents, factor model (rule of thumb): at concurrency K an agent works f(K) times as fast as on one chat, so Erlang C runs with aht ÷ f(K). Default f(1..5) = 1, 1.7, 2.5, 2.9, 3.5.
 * @customfunction CHATAGENTSF CHATAGENTSF
 * @param volume Chats arriving in the interval (≥ 0).
 * @param aht Handle time of one chat handled alone, seconds (> 0).
 * @param concurrency Chats one agent handles at once (whole number from 1 to the number of factors).
 * @param target_sl Service-level target, between 0 and 1 exclusive.
 * @param answer_time Answer-time target, seconds (≥ 0).
 * @param [interval] Interval length, seconds (> 0). Default 600.
 * @param [shrinkage] Share of paid time off the floor, from 0 up to (not including) 1. Default 0.
 * @param [factors] Your own f(1), f(2), … as a range (each > 0). Default 1, 1.7, 2.5, 2.9, 3.5.
 * @returns Whole agents (scheduled headcount when shrinkage is given).
 */
export function CHATAGENTSF(
  volume: any[][],
  aht: any[][],
  concurrency: any[][],
  target_sl: any[][],
  answer_time: any[][],
  interval?: any[][],
  shrinkage?: any[][],
  factors?: any[][],
): any[][] {
  return excelResult(() => {
    const table = omitted(factors) ? DEFAULT_CONCURRENCY_FACTORS : readList(factors, FACTORS);
    return spill(
      [
        { arg: volume, rule: VOLUME },
        { arg: aht, rule: AHT },
        { arg: concurrency, rule: { ...FACTOR_CONCURRENCY, max: table.length } },
        { arg: target_sl, rule: TARGET_SL },
        { arg: answer_time, rule: ANSWER_TIME },
        { arg: interval, rule: INTERVAL },
        { arg: shrinkage, rule: SHRINKAGE },
      ],
      ([v, h, k, sl, t, i, s]) =>
        scheduledAgents(
          chatAgentsByFactor(
            { volume: v!, ahtSeconds: h!, intervalSeconds: i!, concurrency: k!, targetServiceLevel: sl!, answerTimeSeconds: t! },
            table,
          ),
          s!,
        ),
    );
  });
}

/**
 * Agents by the capacity rule of thumb (no queueing): ceil(volume × (1 − automation_rate) ÷ (per_agent_hour × interval ÷ 3600)). Shrinkage applies to the exact workload before rounding.
 * @customfunction CAPACITYAGENTS CAPACITYAGENTS
 * @param volume Questions arriving in the interval (≥ 0).
 * @param per_agent_hour Questions one agent answers per hour (> 0), e.g. 360.
 * @param [interval] Interval length, seconds (> 0). Default 600.
 * @param [automation_rate] Share resolved by automation (bot, quick replies), 0 to 1. Default 0.
 * @param [shrinkage] Share of paid time off the floor, from 0 up to (not including) 1. Default 0.
 * @returns Whole agents.
 */
export function CAPACITYAGENTS(
  volume: any[][],
  per_agent_hour: any[][],
  interval?: any[][],
  automation_rate?: any[][],
  shrinkage?: any[][],
): any[][] {
  return spill(
    [
      { arg: volume, rule: VOLUME },
      { arg: per_agent_hour, rule: PER_AGENT_HOUR },
      { arg: interval, rule: INTERVAL },
      { arg: automation_rate, rule: AUTOMATION_RATE },
      { arg: shrinkage, rule: SHRINKAGE },
    ],
    ([v, r, i, a, s]) => scheduledAgents(capacityWorkload({ volume: v!, perAgentHour: r!, intervalSeconds: i!, automationRate: a! }), s!),
  );
}

/**
 * Scheduled headcount after shrinkage: ceil(agents ÷ (1 − shrinkage)), safe from floating-point noise (21 ÷ 0.7 gives 30, not 31).
 * @customfunction SCHEDULED SCHEDULED
 * @param agents Agents needed on the floor (≥ 0; fractional allowed).
 * @param shrinkage Share of paid time off the floor, from 0 up to (not including) 1.
 * @returns Whole agents to schedule.
 */
export function SCHEDULED(agents: any[][], shrinkage: any[][]): any[][] {
  const { default: _required, ...requiredShrinkage } = SHRINKAGE;
  return spill([{ arg: agents, rule: FLOOR_AGENTS }, { arg: shrinkage, rule: requiredShrinkage }], ([n, s]) => scheduledAgents(n!, s!));
}

/**
 * Fractional agents for adding up queues: between the whole answer N of AGENTS and the level below it, the service level is interpolated linearly, so the result rises smoothly with the target, lies above the traffic and rounds up to N. Sum it over queues, then round up.
 * @customfunction FRACTIONALAGENTS FRACTIONALAGENTS
 * @param volume Contacts arriving in the interval (≥ 0).
 * @param aht Average handle time, seconds (> 0).
 * @param target_sl Service-level target, between 0 and 1 exclusive.
 * @param answer_time Answer-time target, seconds (≥ 0).
 * @param [interval] Interval length, seconds (> 0). Default 600.
 * @returns Agents as a decimal number.
 */
export function FRACTIONALAGENTS(volume: any[][], aht: any[][], target_sl: any[][], answer_time: any[][], interval?: any[][]): any[][] {
  return spill(
    [
      { arg: volume, rule: VOLUME },
      { arg: aht, rule: AHT },
      { arg: target_sl, rule: TARGET_SL },
      { arg: answer_time, rule: ANSWER_TIME },
      { arg: interval, rule: INTERVAL },
    ],
    ([v, h, sl, t, i]) =>
      fractionalAgents({ trafficErlangs: trafficErlangs(v!, h!, i!), ahtSeconds: h!, targetServiceLevel: sl!, answerTimeSeconds: t! }),
  );
}
