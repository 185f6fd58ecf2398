/**
 * "Re-solve roster": after the forecast changed in Excel, read each event-day roster's required
 * row as the headcount sheet now calculates it, solve again with the same people, and rewrite only
 * the plan's roster sheets (grid and plan summary of each event day) in place. Every sheet it
 * touches is checked first to be the plan's own (its name from the record, its title unchanged);
 * anything else stops the action before a cell is written.
 */
import { computePeakPlan } from "../../core/peak";
import { formatClock, rosterVerdict, slotsPerDay } from "../../core/roster";
import type { NamedRoster, Scenario } from "../../core/roster/types";
import { format, type Locale } from "../../i18n/locale";
import type { TaskpaneText } from "../../i18n/taskpane";
import { shortDate } from "../../sheets/peak/labels";
import { HIRING_COLS, hiringLayout } from "../../sheets/peak/hiring-sheet";
import { PEAK_IDS } from "../../sheets/peak/layout";
import { PEAK_TEXT } from "../../i18n/peak";
import { eventDayScenario } from "../../sheets/peak/rosters";
import { FIRST_PERSON_ROW, FIRST_SLOT_COL } from "../../sheets/roster";
import { a1, quoteSheetName, type Scalar } from "../../sheets/spec";
import { rosterString } from "../../i18n/roster";
import type { SheetRewrite, WorkbookHost } from "../host/workbook-host";
import { PlainMessage, type RunVerdict } from "../use-generator";
import { recordInput, rosterPlaces, type PlanRecord } from "./plan-record";

export interface ResolveResult {
  record: PlanRecord;
  /** Names of the sheets rewritten, in order. */
  replaced: string[];
  /** The new roster of each event day. */
  rosters: NamedRoster[];
  /** The hiring plan's figures read back after the re-solve. */
  hiring: HiringRead;
  verdict: RunVerdict;
}

/** Solves one scenario (the worker in the pane; HiGHS in-process in tests). */
export type SolveScenario = (scenario: Scenario, index: number) => Promise<NamedRoster>;

/** "the roster covers every slot" / "the roster is short in 5 of 48 slots (worst at 20:00: 2 missing)": from its verdict. */
export function rosterClause(roster: NamedRoster, t: TaskpaneText["peak"]): string {
  const v = rosterVerdict(roster);
  const scenario = roster.plan.scenario;
  if (!v.worst) return t.rosterCovered;
  return format(t.rosterShort, { short: v.shortSlots.length, slots: slotsPerDay(scenario) * scenario.days, time: formatClock(v.worst.slot * scenario.slotMinutes), missing: Math.round(v.worst.missing * 10) / 10 });
}

const cellText = (v: Scalar | undefined) => (v === null || v === undefined ? "" : String(v));

/** Reads `address`, turning a missing sheet into the plain "renamed or deleted" message. */
async function read(host: WorkbookHost, sheet: string, range: string, t: TaskpaneText["peak"]): Promise<Scalar[][]> {
  try {
    return (await host.readRange(`${quoteSheetName(sheet)}!${range}`)).values;
  } catch {
    throw new PlainMessage(format(t.resolveMissing, { sheet }));
  }
}

export async function resolveRosters(host: WorkbookHost, record: PlanRecord, text: TaskpaneText, solve: SolveScenario): Promise<ResolveResult> {
  const t = text.peak;
  const locale: Locale = record.locale;
  const numbers = computePeakPlan(record.plan);
  const name = (id: string) => record.names[id]!;

  // 1. The sheets are still the plan's: each exists under its recorded name with its title.
  for (const id of [PEAK_IDS.headcount, ...record.rosters.flatMap((p) => [p.gridId, p.planId])]) {
    const title = cellText((await read(host, name(id), "A1", t))[0]?.[0]);
    if (title !== record.titles[id]) throw new PlainMessage(format(t.resolveChanged, { sheet: name(id), cell: "A1" }));
  }

  // 2. The demand each grid's required row now shows (Excel calculated it from the headcount sheet).
  const demands: number[][] = [];
  for (const [d, place] of record.rosters.entries()) {
    const slots = numbers.agents[d]!.length;
    const row = (await read(host, name(place.gridId), `${a1(place.requiredRow, 0)}:${a1(place.requiredRow, FIRST_SLOT_COL + slots - 1)}`, t))[0] ?? [];
    if (cellText(row[0]) !== rosterString(locale, "required")) {
      throw new PlainMessage(format(t.resolveChanged, { sheet: name(place.gridId), cell: a1(place.requiredRow, 0) }));
    }
    demands.push(
      Array.from({ length: slots }, (_, s) => {
        const v = row[FIRST_SLOT_COL + s];
        if (typeof v !== "number" || !Number.isInteger(v) || v < 0) {
          throw new PlainMessage(format(t.resolveBadValue, { sheet: name(place.gridId), value: cellText(v), time: formatClock((s * 1440) / slots) }));
        }
        return v;
      }),
    );
  }

  // 3. Solve each event day for that demand with the plan's people (team + the hires it planned).
  const rosters: NamedRoster[] = [];
  for (const [d, demand] of demands.entries()) {
    const scenario = { ...eventDayScenario(record.plan.calendar, numbers, d, record.team, record.newHires, locale), demand: [demand] };
    rosters.push(await solve(scenario, d));
  }

  // 4. Rewrite the grid and plan summary of each day in place; the rows below the people move
  //    with the people count, so the overview's references to the gap row follow. Rows go in or
  //    out below the first person row, inside the block, so a reference to the whole block of
  //    people grows or shrinks with it instead of sliding down.
  const { places, specs } = rosterPlaces(recordInput(record, rosters), locale);
  const rewrites: SheetRewrite[] = record.rosters.flatMap((old, d) => {
    const [grid, plan] = specs[d]!;
    return [
      { name: name(old.gridId), spec: grid!, shiftRows: { at: FIRST_PERSON_ROW + 1, count: places[d]!.coverageRow - old.coverageRow } },
      { name: name(old.planId), spec: plan! },
    ];
  });
  await host.rewriteSheets(rewrites, new Map(Object.entries(record.names)));

  const lines = rosters.map((roster, d) =>
    format(t.resolveDay, { day: shortDate(record.plan.calendar.eventDays[d]!.date, locale), required: demands[d]!.reduce((a, b) => a + b, 0), roster: rosterClause(roster, t) }),
  );
  const replaced = rewrites.map((r) => r.name);
  const covered = rosters.every((r) => rosterVerdict(r).covered);
  // 5. What the changed forecast did to hiring, as Excel calculates the hiring sheet now.
  const hiring = await readHiringFigures(host, record, numbers.weeks.length, t);
  return {
    record: { ...record, rosters: places },
    replaced,
    rosters,
    hiring,
    verdict: {
      intent: covered && hiring.ok ? "success" : "warning",
      title: t.resolveTitle,
      lines: [format(t.resolveReplaced, { sheets: replaced.map((n) => `“${n}”`).join(locale === "zh-CN" ? "、" : ", ") }), ...lines, ...hiringLines(hiring, record, t)],
    },
  };
}

/** The hiring sheet's key figures as read back from the workbook. */
export interface HiringFigures {
  sheet: string;
  /** The total-hires cell. */
  hires: number;
  /** The largest weekly requirement (people). */
  busiestWeek: number;
  /** Weeks whose shortfall is above 0, and the largest shortfall (FTE). */
  shortWeeks: number;
  worstShortfall: number;
}

export type HiringRead = ({ ok: true } & HiringFigures) | { ok: false; message: string };

/**
 * Reads the weekly table of the plan's hiring sheet (required, hires, shortfall per week and the
 * total) as Excel calculated it. A missing or retitled sheet, or a cell that is not a number, is
 * said in words; it does not undo the re-solve (the rosters do not depend on it).
 */
export async function readHiringFigures(host: WorkbookHost, record: PlanRecord, weeks: number, t: TaskpaneText["peak"]): Promise<HiringRead> {
  const sheet = record.names[PEAK_IDS.hiring];
  if (sheet === undefined) return { ok: false, message: format(t.resolveHiringMissing, { sheet: PEAK_TEXT[record.locale].hiring.name }) };
  const L = hiringLayout(weeks);
  const C = HIRING_COLS;
  const gone = { ok: false as const, message: format(t.resolveHiringMissing, { sheet }) };
  let title: string;
  let rows: Scalar[][];
  try {
    title = cellText((await read(host, sheet, "A1", t))[0]?.[0]);
    rows = await read(host, sheet, `${a1(L.firstRow, 0)}:${a1(L.totalRow, C.shortfall)}`, t);
  } catch {
    return gone;
  }
  // Still the plan's hiring sheet: its title, and the total row where the layout puts it.
  if (title !== record.titles[PEAK_IDS.hiring] || cellText(rows[weeks]?.[0]) !== PEAK_TEXT[record.locale].hiring.totalHires) return gone;
  const number = (row: number, col: number): number => {
    const v = rows[row]?.[col];
    if (typeof v !== "number" || !Number.isFinite(v)) throw new PlainMessage(format(t.resolveHiringBad, { sheet, cell: a1(L.firstRow + row, col), value: cellText(v) }));
    return v;
  };
  try {
    const table = Array.from({ length: weeks }, (_, w) => ({ required: number(w, C.required), shortfall: number(w, C.shortfall) }));
    const short = table.filter((w) => w.shortfall > 0);
    return {
      ok: true,
      sheet,
      hires: number(weeks, C.hires),
      busiestWeek: Math.max(...table.map((w) => w.required)),
      shortWeeks: short.length,
      worstShortfall: Math.max(0, ...short.map((w) => w.shortfall)),
    };
  } catch (e) {
    if (e instanceof PlainMessage) return { ok: false, message: e.message };
    throw e;
  }
}

function hiringLines(hiring: HiringRead, record: PlanRecord, t: TaskpaneText["peak"]): string[] {
  if (!hiring.ok) return [hiring.message];
  const now = format(t.resolveHiring, { sheet: hiring.sheet, hires: hiring.hires, was: record.newHires, required: hiring.busiestWeek });
  return hiring.shortWeeks === 0 ? [now] : [now, format(t.resolveHiringShort, { weeks: hiring.shortWeeks, worst: Math.round(hiring.worstShortfall * 10) / 10 })];
}
