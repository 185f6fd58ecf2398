/**
 * Turns a people range (names, optionally full-time/temporary) into the records the generators
 * take. A name from the sample team keeps its figures; anyone else starts with blank KPIs that the
 * generated input sheets let the user fill in.
 */
import { personFromAgent } from "../core/roster";
import type { Person } from "../core/roster/types";
import { SAMPLE_TEAM, type Agent } from "../core/sample/team";
import type { PersonRow } from "./validation";

const ROLE = { "en-US": "Agent", "zh-CN": "客服专员" } as const;

/** An agent record for a name from the workbook. */
export function agentFromRow(row: PersonRow, index: number): Agent {
  const known = SAMPLE_TEAM.find((a) => a.name === row.name);
  if (known) return known;
  const temporary = row.temporary;
  return {
    id: `P${String(index + 1).padStart(3, "0")}`,
    name: row.name,
    employment: temporary ? "temporary" : "full-time",
    skill: "pre-sale",
    role: ROLE,
    team: "",
    maxHoursPerWeek: temporary ? 36 : 44,
    daysOff: [],
    nights: !temporary,
    coachingCategory: "qualified",
    kpi: { salesCents: 0, returnsCents: 0, inquiries: 0, conversions: 0, responseSeconds: 0, replyRate: 0, qaScore: 0, attendance: 0 },
  };
}

export function agentsFromRows(rows: readonly PersonRow[]): Agent[] {
  return rows.map(agentFromRow);
}

/** Roster people for the rows (all-day availability, the sample rules for hours and nights). */
export function personsFromRows(rows: readonly PersonRow[]): Person[] {
  return rows.map((row, i) => personFromAgent(agentFromRow(row, i)));
}
