/**
 * The headcount sheet's numbers computed in TypeScript with the same core functions the CS.*
 * custom functions call — for the preview download (a file that opens without the add-in) and to
 * catch impossible targets before anything is written.
 */
import { agentsForServiceLevel } from "../../core/staffing/agents-search";
import { scheduledAgents } from "../../core/staffing/shrinkage";
import { trafficErlangs } from "../../core/staffing/traffic";
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
    default:
      throw new Error(`model ${input.model} not wired yet`);
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
