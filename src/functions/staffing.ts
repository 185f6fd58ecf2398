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
  occupancy,
  scheduledAgents,
  serviceLevel,
  trafficErlangs,
  type ChatWorkload,
} from "../core/staffing";
import { STAFFING_RULES as R } from "../core/staffing/inputs";
import type { LocalizedText } from "../i18n/locale";
import { asMatrix, broadcast, readList } from "./args";
import { excelResult, toExcelMatrix } from "./excel-errors";
import { argRule, withDefault, type Param, type Params } from "./params";

const note = (en: string, zh: string): LocalizedText => ({ "en-US": en, "zh-CN": zh });
const A_RANGE = note("A cell or a range.", "可为单元格区域。");

/** The staffing parameters: each rule comes from core/staffing/inputs.ts, so the core checks agree. */
const P = {
  volume: { en: "Contacts arriving in the interval", zh: "时段内进线量（咨询数）", rule: R.volume, note: A_RANGE },
  aht: { en: "Average handle time, seconds", zh: "平均处理时长，单位秒", rule: R.aht },
  interval: { en: "Interval length, seconds", zh: "时段长度，单位秒", rule: R.interval, default: 600 },
  target_sl: { en: "Service-level target, e.g. 0.8 for 80%", zh: "服务水平目标，如 0.8 表示 80%", rule: R.target_sl },
  answer_time: { en: "Answer-time target, seconds, e.g. 20", zh: "接起时限，单位秒，如 20", rule: R.answer_time },
  max_occupancy: { en: "Highest allowed occupancy", zh: "最高占用率", rule: R.max_occupancy, default: 1, note: note("1 means no cap.", "1 表示不限制。") },
  shrinkage: { en: "Share of paid time off the floor (leave, breaks, training)", zh: "损耗率（请假、休息、培训等不在线时间占比）", rule: R.shrinkage, default: 0 },
  agents: { en: "Agents on the floor", zh: "在线客服人数", rule: R.agents },
  servers: { en: "Servers", zh: "服务台（坐席）数", rule: R.servers },
  traffic: { en: "Offered traffic, Erlangs", zh: "话务量（爱尔兰）", rule: R.traffic },
  patience: { en: "Mean time a customer waits before giving up, seconds", zh: "客户放弃前平均愿意等待的时长，单位秒", rule: R.patience },
  max_abandon: { en: "Highest allowed abandonment rate", zh: "最高放弃率", rule: R.max_abandon, default: 1, note: note("1 means no cap.", "1 表示不限制。") },
  chats: { en: "Chats arriving in the interval", zh: "时段内会话量", rule: R.volume },
} as const satisfies Record<string, Param>;

type ArgsOf<T extends Params> = { readonly [K in keyof T]: unknown };

/**
 * Checks and broadcasts the arguments (each by its declared parameter, in declaration order),
 * computes each cell, and turns bad input into Excel errors.
 */
function spill<T extends Params>(params: T, args: ArgsOf<T>, compute: (values: number[]) => number): any[][] {
  const ruled = Object.keys(params).map((name) => ({ arg: args[name as keyof T], rule: argRule(name, params[name]!) }));
  return excelResult(() => toExcelMatrix(broadcast(ruled, compute)));
}

/** True for an omitted argument (`null`) or one whose cells are all blank. */
function omitted(arg: unknown): boolean {
  return asMatrix(arg).every((row) => row.every((v) => v === null || v === undefined || (typeof v === "string" && v.trim() === "")));
}

const TRAFFIC_PARAMS = { volume: P.volume, aht: P.aht, interval: P.interval };

/**
 * Offered traffic in Erlangs: volume × aht ÷ interval (how many agents would be busy all the time).
 * @customfunction TRAFFIC TRAFFIC
 * @param volume Contacts arriving in the interval (≥ 0). A cell or a range.
 * @param aht Average handle time, seconds (> 0).
 * @param [interval] Interval length, seconds (> 0). Default 600.
 * @returns Traffic in Erlangs.
 */
export function TRAFFIC(volume: any[][], aht: any[][], interval?: any[][]): any[][] {
  return spill(TRAFFIC_PARAMS, { volume, aht, interval }, ([v, h, i]) => trafficErlangs(v!, h!, i!));
}

const AGENTS_PARAMS = {
  volume: { ...P.volume, note: note("A cell or a range, e.g. a day of 10-minute slots.", "可为单元格区域，例如一天的 10 分钟时段。") },
  aht: P.aht,
  target_sl: P.target_sl,
  answer_time: P.answer_time,
  interval: P.interval,
  max_occupancy: P.max_occupancy,
  shrinkage: P.shrinkage,
};

/**
 * Agents needed so that target_sl of contacts are answered within answer_time (Erlang C), at most max_occupancy busy; with shrinkage, the scheduled headcount. 0 for an empty slot.
 * @customfunction AGENTS AGENTS
 * @param volume Contacts arriving in the interval (≥ 0). A cell or a range, e.g. a day of 10-minute slots.
 * @param aht Average handle time, seconds (> 0).
 * @param target_sl Service-level target, e.g. 0.8 for 80% (> 0 and < 1).
 * @param answer_time Answer-time target, seconds, e.g. 20 (≥ 0).
 * @param [interval] Interval length, seconds (> 0). Default 600.
 * @param [max_occupancy] Highest allowed occupancy (> 0 and ≤ 1). Default 1. 1 means no cap.
 * @param [shrinkage] Share of paid time off the floor (leave, breaks, training) (≥ 0 and < 1). Default 0.
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
  return spill(AGENTS_PARAMS, { volume, aht, target_sl, answer_time, interval, max_occupancy, shrinkage }, ([v, h, sl, t, i, occ, s]) => {
    const agents = agentsForServiceLevel({
      trafficErlangs: trafficErlangs(v!, h!, i!),
      ahtSeconds: h!,
      targetServiceLevel: sl!,
      answerTimeSeconds: t!,
      maxOccupancy: occ!,
    });
    return scheduledAgents(agents, s!);
  });
}

/** The per-headcount Erlang C measures without an answer time share one parameter list. */
const ERLANG_C_PARAMS = { agents: P.agents, volume: P.volume, aht: P.aht, interval: P.interval };

function erlangCMeasure(
  args: ArgsOf<typeof ERLANG_C_PARAMS>,
  measure: (agents: number, trafficErlangs: number, ahtSeconds: number) => number,
): any[][] {
  return spill(ERLANG_C_PARAMS, args, ([n, v, h, i]) => measure(n!, trafficErlangs(v!, h!, i!), h!));
}

const SERVICELEVEL_PARAMS = { agents: P.agents, volume: P.volume, aht: P.aht, answer_time: P.answer_time, interval: P.interval };

/**
 * Service level with a given headcount (Erlang C): the share of contacts answered within answer_time. 0 when the agents cannot keep up.
 * @customfunction SERVICELEVEL SERVICELEVEL
 * @param agents Agents on the floor (whole number 0 to 100000).
 * @param volume Contacts arriving in the interval (≥ 0). A cell or a range.
 * @param aht Average handle time, seconds (> 0).
 * @param answer_time Answer-time target, seconds, e.g. 20 (≥ 0).
 * @param [interval] Interval length, seconds (> 0). Default 600.
 * @returns Service level between 0 and 1.
 */
export function SERVICELEVEL(agents: any[][], volume: any[][], aht: any[][], answer_time: any[][], interval?: any[][]): any[][] {
  return spill(SERVICELEVEL_PARAMS, { agents, volume, aht, answer_time, interval }, ([n, v, h, t, i]) =>
    serviceLevel(n!, trafficErlangs(v!, h!, i!), h!, t!),
  );
}

/**
 * Average speed of answer with a given headcount (Erlang C): mean wait in seconds over all contacts. #NUM! when the agents cannot keep up.
 * @customfunction ASA ASA
 * @param agents Agents on the floor (whole number 0 to 100000).
 * @param volume Contacts arriving in the interval (≥ 0). A cell or a range.
 * @param aht Average handle time, seconds (> 0).
 * @param [interval] Interval length, seconds (> 0). Default 600.
 * @returns Mean wait, seconds.
 */
export function ASA(agents: any[][], volume: any[][], aht: any[][], interval?: any[][]): any[][] {
  return erlangCMeasure({ agents, volume, aht, interval }, averageSpeedOfAnswerSeconds);
}

/**
 * Occupancy with a given headcount: traffic ÷ agents, at most 1.
 * @customfunction OCCUPANCY OCCUPANCY
 * @param agents Agents on the floor (whole number 0 to 100000).
 * @param volume Contacts arriving in the interval (≥ 0). A cell or a range.
 * @param aht Average handle time, seconds (> 0).
 * @param [interval] Interval length, seconds (> 0). Default 600.
 * @returns Occupancy between 0 and 1.
 */
export function OCCUPANCY(agents: any[][], volume: any[][], aht: any[][], interval?: any[][]): any[][] {
  return erlangCMeasure({ agents, volume, aht, interval }, (n, a) => occupancy(n, a));
}

/**
 * Probability that a contact has to wait, with a given headcount (Erlang C). 1 when the agents cannot keep up.
 * @customfunction PWAIT PWAIT
 * @param agents Agents on the floor (whole number 0 to 100000).
 * @param volume Contacts arriving in the interval (≥ 0). A cell or a range.
 * @param aht Average handle time, seconds (> 0).
 * @param [interval] Interval length, seconds (> 0). Default 600.
 * @returns Probability between 0 and 1.
 */
export function PWAIT(agents: any[][], volume: any[][], aht: any[][], interval?: any[][]): any[][] {
  return erlangCMeasure({ agents, volume, aht, interval }, (n, a) => erlangC(n, a));
}

const ERLANG_PARAMS = { servers: P.servers, traffic: P.traffic };

/**
 * Erlang B: probability that a contact finds all servers busy when there is no queue.
 * @customfunction ERLANGB ERLANGB
 * @param servers Servers (whole number 0 to 100000).
 * @param traffic Offered traffic, Erlangs (≥ 0).
 * @returns Blocking probability between 0 and 1.
 */
export function ERLANGB(servers: any[][], traffic: any[][]): any[][] {
  return spill(ERLANG_PARAMS, { servers, traffic }, ([n, a]) => erlangB(n!, a!));
}

/**
 * Erlang C: probability that a contact has to wait, from servers and traffic in Erlangs.
 * @customfunction ERLANGC ERLANGC
 * @param servers Servers (whole number 0 to 100000).
 * @param traffic Offered traffic, Erlangs (≥ 0).
 * @returns Waiting probability between 0 and 1 (1 when servers ≤ traffic).
 */
export function ERLANGC(servers: any[][], traffic: any[][]): any[][] {
  return spill(ERLANG_PARAMS, { servers, traffic }, ([n, a]) => erlangC(n!, a!));
}

const AGENTSA_PARAMS = {
  volume: P.volume,
  aht: P.aht,
  patience: P.patience,
  target_sl: P.target_sl,
  answer_time: P.answer_time,
  interval: P.interval,
  max_abandon: P.max_abandon,
  shrinkage: P.shrinkage,
};

/**
 * Agents needed under Erlang A (customers give up after patience seconds): the share of ALL contacts answered within answer_time, abandons counting as failures, reaches target_sl. Can be below the traffic.
 * @customfunction AGENTSA AGENTSA
 * @param volume Contacts arriving in the interval (≥ 0). A cell or a range.
 * @param aht Average handle time, seconds (> 0).
 * @param patience Mean time a customer waits before giving up, seconds (> 0).
 * @param target_sl Service-level target, e.g. 0.8 for 80% (> 0 and < 1).
 * @param answer_time Answer-time target, seconds, e.g. 20 (≥ 0).
 * @param [interval] Interval length, seconds (> 0). Default 600.
 * @param [max_abandon] Highest allowed abandonment rate (> 0 and ≤ 1). Default 1. 1 means no cap.
 * @param [shrinkage] Share of paid time off the floor (leave, breaks, training) (≥ 0 and < 1). Default 0.
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
    AGENTSA_PARAMS,
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

/** Erlang A measures without an answer time (abandonment, ASA) share one parameter list. */
const ERLANG_A_PARAMS = { agents: P.agents, volume: P.volume, aht: P.aht, patience: P.patience, interval: P.interval };

/**
 * Share of contacts who give up before being answered, with a given headcount (Erlang A).
 * @customfunction ABANDONRATE ABANDONRATE
 * @param agents Agents on the floor (whole number 0 to 100000).
 * @param volume Contacts arriving in the interval (≥ 0). A cell or a range.
 * @param aht Average handle time, seconds (> 0).
 * @param patience Mean time a customer waits before giving up, seconds (> 0).
 * @param [interval] Interval length, seconds (> 0). Default 600.
 * @returns Abandonment rate between 0 and 1.
 */
export function ABANDONRATE(agents: any[][], volume: any[][], aht: any[][], patience: any[][], interval?: any[][]): any[][] {
  return spill(ERLANG_A_PARAMS, { agents, volume, aht, patience, interval }, ([n, v, h, p, i]) =>
    erlangAMetrics(n!, trafficErlangs(v!, h!, i!), h!, p!, 0).abandonProbability,
  );
}

const SERVICELEVELA_PARAMS = { agents: P.agents, volume: P.volume, aht: P.aht, patience: P.patience, answer_time: P.answer_time, interval: P.interval };

/**
 * Service level with a given headcount under Erlang A: the share of ALL contacts answered within answer_time; contacts who give up count as not answered.
 * @customfunction SERVICELEVELA SERVICELEVELA
 * @param agents Agents on the floor (whole number 0 to 100000).
 * @param volume Contacts arriving in the interval (≥ 0). A cell or a range.
 * @param aht Average handle time, seconds (> 0).
 * @param patience Mean time a customer waits before giving up, seconds (> 0).
 * @param answer_time Answer-time target, seconds, e.g. 20 (≥ 0).
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
  return spill(SERVICELEVELA_PARAMS, { agents, volume, aht, patience, answer_time, interval }, ([n, v, h, p, t, i]) =>
    erlangAMetrics(n!, trafficErlangs(v!, h!, i!), h!, p!, t!).serviceLevel,
  );
}

/**
 * Average speed of answer under Erlang A: mean time in queue, seconds, over all contacts (those who give up included, for the time they waited).
 * @customfunction ASAA ASAA
 * @param agents Agents on the floor (whole number 0 to 100000).
 * @param volume Contacts arriving in the interval (≥ 0). A cell or a range.
 * @param aht Average handle time, seconds (> 0).
 * @param patience Mean time a customer waits before giving up, seconds (> 0).
 * @param [interval] Interval length, seconds (> 0). Default 600.
 * @returns Mean wait, seconds.
 */
export function ASAA(agents: any[][], volume: any[][], aht: any[][], patience: any[][], interval?: any[][]): any[][] {
  return spill(ERLANG_A_PARAMS, { agents, volume, aht, patience, interval }, ([n, v, h, p, i]) =>
    erlangAMetrics(n!, trafficErlangs(v!, h!, i!), h!, p!, 0).asaSeconds,
  );
}

const CHATAGENTS_PARAMS = {
  volume: P.chats,
  aht: { ...P.aht, en: "Handle time of one chat at that concurrency, seconds", zh: "在该并发数下单个会话的处理时长，单位秒" },
  concurrency: {
    en: "Chats one agent handles at once",
    zh: "每名客服同时接待的会话数",
    rule: R.concurrency,
    note: note("An average such as 2.5 is allowed.", "可填平均值，如 2.5。"),
  },
  target_sl: P.target_sl,
  answer_time: P.answer_time,
  interval: P.interval,
  shrinkage: P.shrinkage,
};

/** The chat functions compute the same way; only the model (and for the factor model, the concurrency rule) differ. */
function chatHeadcount(params: Readonly<Record<keyof typeof CHATAGENTS_PARAMS, Param>>, args: ArgsOf<typeof CHATAGENTS_PARAMS>, agentsFor: (chat: ChatWorkload) => number): any[][] {
  return spill(params, args, ([v, h, k, sl, t, i, s]) =>
    scheduledAgents(agentsFor({ volume: v!, ahtSeconds: h!, intervalSeconds: i!, concurrency: k!, targetServiceLevel: sl!, answerTimeSeconds: t! }), s!),
  );
}

/**
 * Chat agents, slots model: an agent handling concurrency chats at once counts as that many servers; the slots meeting the target (Erlang C) are divided by concurrency and rounded up.
 * @customfunction CHATAGENTS CHATAGENTS
 * @param volume Chats arriving in the interval (≥ 0).
 * @param aht Handle time of one chat at that concurrency, seconds (> 0).
 * @param concurrency Chats one agent handles at once (≥ 1). An average such as 2.5 is allowed.
 * @param target_sl Service-level target, e.g. 0.8 for 80% (> 0 and < 1).
 * @param answer_time Answer-time target, seconds, e.g. 20 (≥ 0).
 * @param [interval] Interval length, seconds (> 0). Default 600.
 * @param [shrinkage] Share of paid time off the floor (leave, breaks, training) (≥ 0 and < 1). Default 0.
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
  return chatHeadcount(CHATAGENTS_PARAMS, { volume, aht, concurrency, target_sl, answer_time, interval, shrinkage }, chatAgentsBySlots);
}

const CHATAGENTSF_PARAMS = {
  ...CHATAGENTS_PARAMS,
  aht: { ...P.aht, en: "Handle time of one chat handled alone, seconds", zh: "单独处理一个会话的时长，单位秒" },
  concurrency: {
    en: "Chats one agent handles at once",
    zh: "每名客服同时接待的会话数",
    rule: { min: 1, integer: true },
    note: note("At most the number of factors.", "不超过系数的个数。"),
  },
  factors: {
    en: "Your own f(1), f(2), … as a range",
    zh: "自定义系数 f(1)、f(2)……（单元格区域）",
    rule: R.factors,
    list: true,
    note: note("Default 1, 1.7, 2.5, 2.9, 3.5.", "默认 1、1.7、2.5、2.9、3.5。"),
  },
};

/**
 * Chat agents, factor model (rule of thumb): at concurrency K an agent works f(K) times as fast as on one chat, so Erlang C runs with aht ÷ f(K). Default f(1..5) = 1, 1.7, 2.5, 2.9, 3.5.
 * @customfunction CHATAGENTSF CHATAGENTSF
 * @param volume Chats arriving in the interval (≥ 0).
 * @param aht Handle time of one chat handled alone, seconds (> 0).
 * @param concurrency Chats one agent handles at once (whole number ≥ 1). At most the number of factors.
 * @param target_sl Service-level target, e.g. 0.8 for 80% (> 0 and < 1).
 * @param answer_time Answer-time target, seconds, e.g. 20 (≥ 0).
 * @param [interval] Interval length, seconds (> 0). Default 600.
 * @param [shrinkage] Share of paid time off the floor (leave, breaks, training) (≥ 0 and < 1). Default 0.
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
    const { factors: factorsParam, ...params } = CHATAGENTSF_PARAMS;
    const table = omitted(factors) ? DEFAULT_CONCURRENCY_FACTORS : readList(factors, argRule("factors", factorsParam));
    const concurrencyRule = { ...params.concurrency, rule: { ...params.concurrency.rule, max: table.length } };
    return chatHeadcount(
      { ...params, concurrency: concurrencyRule },
      { volume, aht, concurrency, target_sl, answer_time, interval, shrinkage },
      (chat) => chatAgentsByFactor(chat, table),
    );
  });
}

const CAPACITYAGENTS_PARAMS = {
  volume: { ...P.volume, en: "Questions arriving in the interval", zh: "时段内咨询量" },
  per_agent_hour: { en: "Questions one agent answers per hour, e.g. 360", zh: "每名客服每小时最多接待的咨询数，如 360", rule: R.per_agent_hour },
  interval: P.interval,
  automation_rate: {
    en: "Share resolved by automation (bot, quick replies)",
    zh: "由机器人、快捷回复等自动化解决的比例",
    rule: R.automation_rate,
    default: 0,
  },
  shrinkage: P.shrinkage,
};

/**
 * Agents by the capacity rule of thumb (no queueing): ceil(volume × (1 − automation_rate) ÷ (per_agent_hour × interval ÷ 3600)). Shrinkage applies to the exact workload before rounding.
 * @customfunction CAPACITYAGENTS CAPACITYAGENTS
 * @param volume Questions arriving in the interval (≥ 0). A cell or a range.
 * @param per_agent_hour Questions one agent answers per hour, e.g. 360 (> 0).
 * @param [interval] Interval length, seconds (> 0). Default 600.
 * @param [automation_rate] Share resolved by automation (bot, quick replies) (0 to 1). Default 0.
 * @param [shrinkage] Share of paid time off the floor (leave, breaks, training) (≥ 0 and < 1). Default 0.
 * @returns Whole agents.
 */
export function CAPACITYAGENTS(
  volume: any[][],
  per_agent_hour: any[][],
  interval?: any[][],
  automation_rate?: any[][],
  shrinkage?: any[][],
): any[][] {
  return spill(CAPACITYAGENTS_PARAMS, { volume, per_agent_hour, interval, automation_rate, shrinkage }, ([v, r, i, a, s]) =>
    scheduledAgents(capacityWorkload({ volume: v!, perAgentHour: r!, intervalSeconds: i!, automationRate: a! }), s!),
  );
}

const SCHEDULED_PARAMS = {
  agents: { en: "Agents needed on the floor, fractional allowed", zh: "需要在线的客服数，可为小数", rule: R.floor_agents },
  shrinkage: withDefault(P.shrinkage, undefined),
};

/**
 * Scheduled headcount after shrinkage: ceil(agents ÷ (1 − shrinkage)), safe from floating-point noise (21 ÷ 0.7 gives 30, not 31).
 * @customfunction SCHEDULED SCHEDULED
 * @param agents Agents needed on the floor, fractional allowed (≥ 0).
 * @param shrinkage Share of paid time off the floor (leave, breaks, training) (≥ 0 and < 1).
 * @returns Whole agents to schedule.
 */
export function SCHEDULED(agents: any[][], shrinkage: any[][]): any[][] {
  return spill(SCHEDULED_PARAMS, { agents, shrinkage }, ([n, s]) => scheduledAgents(n!, s!));
}

const FRACTIONALAGENTS_PARAMS = { volume: P.volume, aht: P.aht, target_sl: P.target_sl, answer_time: P.answer_time, interval: P.interval };

/**
 * Fractional agents, to add up queues before rounding: the service level is interpolated linearly between AGENTS's answer N and the level below, so the result lies above the traffic and rounds up to N.
 * @customfunction FRACTIONALAGENTS FRACTIONALAGENTS
 * @param volume Contacts arriving in the interval (≥ 0). A cell or a range.
 * @param aht Average handle time, seconds (> 0).
 * @param target_sl Service-level target, e.g. 0.8 for 80% (> 0 and < 1).
 * @param answer_time Answer-time target, seconds, e.g. 20 (≥ 0).
 * @param [interval] Interval length, seconds (> 0). Default 600.
 * @returns Agents as a decimal number.
 */
export function FRACTIONALAGENTS(volume: any[][], aht: any[][], target_sl: any[][], answer_time: any[][], interval?: any[][]): any[][] {
  return spill(FRACTIONALAGENTS_PARAMS, { volume, aht, target_sl, answer_time, interval }, ([v, h, sl, t, i]) =>
    fractionalAgents({ trafficErlangs: trafficErlangs(v!, h!, i!), ahtSeconds: h!, targetServiceLevel: sl!, answerTimeSeconds: t! }),
  );
}

/** Every staffing function's declared parameters, by id: the source of its help in both languages. */
export const FUNCTION_PARAMS: Readonly<Record<string, Params>> = {
  TRAFFIC: TRAFFIC_PARAMS,
  AGENTS: AGENTS_PARAMS,
  SERVICELEVEL: SERVICELEVEL_PARAMS,
  ASA: ERLANG_C_PARAMS,
  OCCUPANCY: ERLANG_C_PARAMS,
  PWAIT: ERLANG_C_PARAMS,
  ERLANGB: ERLANG_PARAMS,
  ERLANGC: ERLANG_PARAMS,
  AGENTSA: AGENTSA_PARAMS,
  ABANDONRATE: ERLANG_A_PARAMS,
  SERVICELEVELA: SERVICELEVELA_PARAMS,
  ASAA: ERLANG_A_PARAMS,
  CHATAGENTS: CHATAGENTS_PARAMS,
  CHATAGENTSF: CHATAGENTSF_PARAMS,
  CAPACITYAGENTS: CAPACITYAGENTS_PARAMS,
  SCHEDULED: SCHEDULED_PARAMS,
  FRACTIONALAGENTS: FRACTIONALAGENTS_PARAMS,
};
