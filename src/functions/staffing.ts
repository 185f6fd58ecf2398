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
  type ChatWorkload,
} from "../core/staffing";
import { asMatrix, broadcast, readList, type NumberRule } from "./args";
import { excelResult, toExcelMatrix } from "./excel-errors";

/** Allowed values of every parameter, by its public name: one name, one rule, one message. */
const RULES = {
  volume: { min: 0 },
  aht: { min: 0, minInclusive: false },
  interval: { min: 0, minInclusive: false, default: 600 },
  target_sl: { min: 0, minInclusive: false, max: 1, maxInclusive: false },
  answer_time: { min: 0 },
  max_occupancy: { min: 0, minInclusive: false, max: 1, default: 1 },
  shrinkage: { min: 0, max: 1, maxInclusive: false, default: 0 },
  agents: { min: 0, max: MAX_AGENTS, integer: true },
  servers: { min: 0, max: MAX_AGENTS, integer: true },
  traffic: { min: 0 },
  patience: { min: 0, minInclusive: false },
  max_abandon: { min: 0, minInclusive: false, max: 1, default: 1 },
  concurrency: { min: 1 },
  factors: { min: 0, minInclusive: false },
  per_agent_hour: { min: 0, minInclusive: false },
  automation_rate: { min: 0, max: 1, default: 0 },
} as const satisfies Record<string, Omit<NumberRule, "name">>;

type ParameterName = keyof typeof RULES;
type Arguments = Partial<Record<ParameterName, unknown>>;
type Overrides = Partial<Record<ParameterName, Omit<NumberRule, "name">>>;

/** The rule for a parameter, by name, unless overridden. */
function ruleOf(name: ParameterName, overrides: Overrides = {}): NumberRule {
  return { name, ...(overrides[name] ?? RULES[name]) };
}

/**
 * Checks and broadcasts the arguments (in the order written, each with the rule of its name
 * unless overridden), computes each cell, and turns bad input into Excel errors.
 */
function spill(args: Arguments, compute: (values: number[]) => number, overrides: Overrides = {}): any[][] {
  const ruled = Object.entries(args).map(([name, arg]) => ({ arg, rule: ruleOf(name as ParameterName, overrides) }));
  return excelResult(() => toExcelMatrix(broadcast(ruled, compute)));
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
  return spill({ volume, aht, interval }, ([v, h, i]) => trafficErlangs(v!, h!, i!));
}

/**
 * Agents needed so that target_sl of contacts are answered within answer_time (Erlang C), at most max_occupancy busy; with shrinkage, the scheduled headcount. 0 for an empty slot.
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
    { volume, aht, target_sl, answer_time, interval, max_occupancy, shrinkage },
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
    { agents, volume, aht, interval },
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
    { agents, volume, aht, answer_time, interval },
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
  return spill({ servers, traffic }, ([n, a]) => erlangB(n!, a!));
}

/**
 * Erlang C: probability that a contact has to wait, from servers and traffic in Erlangs.
 * @customfunction ERLANGC ERLANGC
 * @param servers Servers (whole number ≥ 0).
 * @param traffic Offered traffic, Erlangs (≥ 0).
 * @returns Waiting probability between 0 and 1 (1 when servers ≤ traffic).
 */
export function ERLANGC(servers: any[][], traffic: any[][]): any[][] {
  return spill({ servers, traffic }, ([n, a]) => erlangC(n!, a!));
}

/**
 * Agents needed under Erlang A (customers give up after patience seconds): the share of ALL contacts answered within answer_time, abandons counting as failures, reaches target_sl. Can be below the traffic.
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
    { volume, aht, patience, target_sl, answer_time, interval, max_abandon, shrinkage },
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
  args: Readonly<Record<"agents" | "volume" | "aht" | "patience" | "answer_time" | "interval", unknown>>,
  measure: "abandonProbability" | "serviceLevel" | "asaSeconds",
): any[][] {
  const { agents, volume, aht, patience, answer_time, interval } = args;
  return spill(
    { agents, volume, aht, patience, answer_time, interval },
    ([n, v, h, p, t, i]) => erlangAMetrics(n!, trafficErlangs(v!, h!, i!), h!, p!, t!)[measure],
    { answer_time: { ...RULES.answer_time, default: 0 } }, // not asked for by ABANDONRATE and ASAA
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
  return erlangAMeasure({ agents, volume, aht, patience, answer_time: null, interval }, "abandonProbability");
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
  return erlangAMeasure({ agents, volume, aht, patience, answer_time, interval }, "serviceLevel");
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
  return erlangAMeasure({ agents, volume, aht, patience, answer_time: null, interval }, "asaSeconds");
}

/** The chat functions share one argument list; only the model (and for the factor model, the concurrency rule) differ. */
function chatHeadcount(
  args: Readonly<Record<"volume" | "aht" | "concurrency" | "target_sl" | "answer_time" | "interval" | "shrinkage", unknown>>,
  agentsFor: (chat: ChatWorkload) => number,
  overrides: Overrides = {},
): any[][] {
  const { volume, aht, concurrency, target_sl, answer_time, interval, shrinkage } = args;
  return spill(
    { volume, aht, concurrency, target_sl, answer_time, interval, shrinkage },
    ([v, h, k, sl, t, i, s]) =>
      scheduledAgents(agentsFor({ volume: v!, ahtSeconds: h!, intervalSeconds: i!, concurrency: k!, targetServiceLevel: sl!, answerTimeSeconds: t! }), s!),
    overrides,
  );
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
  return chatHeadcount({ volume, aht, concurrency, target_sl, answer_time, interval, shrinkage }, chatAgentsBySlots);
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
    const table = omitted(factors) ? DEFAULT_CONCURRENCY_FACTORS : readList(factors, ruleOf("factors"));
    return chatHeadcount(
      { volume, aht, concurrency, target_sl, answer_time, interval, shrinkage },
      (chat) => chatAgentsByFactor(chat, table),
      { concurrency: { min: 1, max: table.length, integer: true } },
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
    { volume, per_agent_hour, interval, automation_rate, shrinkage },
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
  const { default: _required, ...requiredShrinkage } = RULES.shrinkage;
  return spill({ agents, shrinkage }, ([n, s]) => scheduledAgents(n!, s!), {
    agents: { min: 0 }, // a floor headcount may be fractional (summed FRACTIONALAGENTS)
    shrinkage: requiredShrinkage,
  });
}

/**
 * Fractional agents, to add up queues before rounding: the service level is interpolated linearly between AGENTS's answer N and the level below, so the result lies above the traffic and rounds up to N.
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
    { volume, aht, target_sl, answer_time, interval },
    ([v, h, sl, t, i]) =>
      fractionalAgents({ trafficErlangs: trafficErlangs(v!, h!, i!), ahtSeconds: h!, targetServiceLevel: sl!, answerTimeSeconds: t! }),
  );
}
