/**
 * What the Peak panel remembers about the plan it wrote (in the workbook's settings, so it travels
 * with the file): the plan's input, the team, the names its sheets really got, and where each
 * roster grid keeps its rows. "Re-solve roster" needs exactly this to find the plan's roster sheets
 * again — also when they were written as "排班 11月11日 (2)" — and to prove they are still its own.
 */
import { computePeakPlan, type PeakPlanInput } from "../../core/peak";
import type { NamedRoster } from "../../core/roster/types";
import type { Agent } from "../../core/team/types";
import type { Locale } from "../../i18n/locale";
import { buildPlanRosterSheets, rosterIdPrefix, type PeakWorkbookInput } from "../../sheets/peak/build-plan";
import { PEAK_IDS } from "../../sheets/peak/layout";
import type { SheetSpec } from "../../sheets/spec";
import type { WriteReport } from "../host/workbook-host";

export const PLAN_SETTING = "peakPlan";
const VERSION = 1;

export interface RosterPlace {
  gridId: string;
  planId: string;
  /** 0-based rows of the grid's coverage and required rows. */
  coverageRow: number;
  requiredRow: number;
}

export interface PlanRecord {
  version: typeof VERSION;
  locale: Locale;
  name: string;
  sample: boolean;
  plan: PeakPlanInput;
  team: Agent[];
  /** The new hires the rosters were solved with (the same people are solved with again). */
  newHires: number;
  /** Sheet id → the name the sheet got in this workbook. */
  names: Record<string, string>;
  /** Sheet id → its A1 title when written: a sheet whose title changed is not the plan's any more. */
  titles: Record<string, string>;
  rosters: RosterPlace[];
}

/** The roster sheets of each event day and their rows, as built from `input`. */
export function rosterPlaces(input: PeakWorkbookInput, locale: Locale): { places: RosterPlace[]; specs: SheetSpec[][] } {
  const sets = buildPlanRosterSheets(input, computePeakPlan(input.plan), locale);
  return {
    places: sets.map((set, d) => {
      const grid = set.grids[0]!;
      return { gridId: grid.id, planId: `${rosterIdPrefix(d)}Plan`, coverageRow: grid.layout.coverageRow, requiredRow: grid.layout.requiredRow };
    }),
    specs: sets.map((set) => set.sheets),
  };
}

/** A1's text of a spec (its title), or "". */
export function titleOf(spec: SheetSpec): string {
  const cell = spec.cells.find((c) => c.row === 0 && c.col === 0);
  return cell?.value === undefined || cell.value === null ? "" : String(cell.value);
}

/** The record of a plan just written: its input, the names the write report gives, the sheets' titles. */
export function planRecord(input: PeakWorkbookInput, specs: readonly SheetSpec[], report: WriteReport, locale: Locale): PlanRecord {
  const { places } = rosterPlaces(input, locale);
  return {
    version: VERSION,
    locale,
    name: input.name,
    sample: input.sample,
    plan: input.plan,
    team: [...input.team],
    newHires: input.newHires,
    names: Object.fromEntries(report.created.map((c) => [c.id, c.name])),
    titles: Object.fromEntries(specs.map((s) => [s.id, titleOf(s)])),
    rosters: places,
  };
}

/** The stored record, or undefined when there is none (or one another version wrote). */
export function readPlanRecord(stored: unknown): PlanRecord | undefined {
  if (!stored || typeof stored !== "object") return undefined;
  const r = stored as Partial<PlanRecord>;
  if (r.version !== VERSION || !Array.isArray(r.rosters) || !r.names || !r.titles || !r.plan || !Array.isArray(r.team) || typeof r.newHires !== "number") return undefined;
  if (!Array.isArray(r.plan.calendar?.eventDays) || r.rosters.length !== r.plan.calendar.eventDays.length) return undefined;
  const ids = [PEAK_IDS.headcount, ...r.rosters.flatMap((p) => [p.gridId, p.planId])];
  return ids.every((id) => typeof r.names?.[id] === "string") ? (r as PlanRecord) : undefined;
}

/** The workbook input the record describes, with these rosters. */
export function recordInput(record: PlanRecord, rosters: readonly NamedRoster[]): PeakWorkbookInput {
  return { name: record.name, plan: record.plan, team: record.team, newHires: record.newHires, rosters, sample: record.sample };
}
