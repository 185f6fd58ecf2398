/**
 * The headcount sheet's numbers computed in TypeScript with the same core functions the CS.*
 * custom functions call — for the preview download (a file that opens without the add-in) and to
 * catch impossible targets before anything is written.
 */
import { agentsForServiceLevel, agentsForServiceLevelA, capacityAgents, chatAgentsBySlots, scheduledAgents, trafficErlangs } from "../../core/staffing";
import type { StaffingSheetInput, StaffingValues } from "./staffing-sheet";

function requiredAgents(input: StaffingSheetInput, volume: number): number {
  const p = input.params;
  switch (input.model) {
    case "erlangC":
      return agentsForServiceLevel({
        trafficErlangs: trafficErlangs(volume, p.ahtSeconds, p.intervalSeconds),
        ahtSeconds: p.ahtSeconds,
        targetServiceLevel: p.targetServiceLevel,
        answerTimeSeconds: p.answerSeconds,
        maxOccupancy: p.maxOccupancy,
      });
    case "erlangA":
      return agentsForServiceLevelA({
        trafficErlangs: trafficErlangs(volume, p.ahtSeconds, p.intervalSeconds),
        ahtSeconds: p.ahtSeconds,
        patienceSeconds: p.patienceSeconds,
        targetServiceLevel: p.targetServiceLevel,
        answerTimeSeconds: p.answerSeconds,
      });
    case "chat":
      return chatAgentsBySlots({
        volume,
        ahtSeconds: p.ahtSeconds,
        intervalSeconds: p.intervalSeconds,
        concurrency: p.concurrency,
        targetServiceLevel: p.targetServiceLevel,
        answerTimeSeconds: p.answerSeconds,
      });
    case "capacity":
      return capacityAgents({ volume, perAgentHour: p.chatsPerAgentHour, intervalSeconds: p.intervalSeconds, automationRate: p.automationRate });
  }
}

/** Traffic, agents needed and agents to schedule for every slot. */
export function computeStaffing(input: StaffingSheetInput): StaffingValues {
  const required = input.volumes.map((v) => requiredAgents(input, v));
  return {
    ...(input.model === "capacity" ? {} : { traffic: input.volumes.map((v) => trafficErlangs(v, input.params.ahtSeconds, input.params.intervalSeconds)) }),
    required,
    scheduled: required.map((n) => scheduledAgents(n, input.params.shrinkage)),
  };
}
