/** Staffing math: traffic, Erlang B/C/A, agents searches, chat, the capacity model, shrinkage. */
export { DEFAULT_INTERVAL_SECONDS, trafficErlangs } from "./traffic";
export { erlangB, erlangBStep, serversForBlocking } from "./erlang-b";
export {
  averageSpeedOfAnswerSeconds,
  erlangC,
  erlangCFromB,
  occupancy,
  queueLength,
  serviceLevel,
  serviceLevelFromC,
} from "./erlang-c";
export { agentsForServiceLevel, searchAgents, type AgentsSearchResult, type ServiceLevelGoal } from "./agents-search";
export { fractionalAgents } from "./fractional";
export { agentsForServiceLevelA, erlangAMetrics, type ErlangAGoal, type ErlangAMetrics } from "./erlang-a";
export {
  chatAgentsByFactor,
  chatAgentsBySlots,
  concurrencyFactor,
  DEFAULT_CONCURRENCY_FACTORS,
  type ChatWorkload,
} from "./chat";
export { capacityAgents, capacityWorkload, type CapacityWorkload } from "./capacity";
export { ceilTolerant, scheduledAgents } from "./shrinkage";
export { MAX_AGENTS } from "./inputs";
