/**
 * Reads a people range the user picked and turns it into the records the generators take.
 *
 * The rule (README "People ranges"):
 * - a first row of heading words (姓名, Name, 工号, 用工类型, Employment…) is recognised and skipped,
 *   and its headings say which column holds what; without headings the first column is the name,
 *   the second (if any) the employment;
 * - a name is text: a number, date, time or TRUE/FALSE in the name column is refused, naming the cell;
 *   blank rows are skipped;
 * - the employment column is read (full-time / temporary, 全职 / 临时; blank = full-time), anything
 *   else is refused, naming the cell;
 * - nobody takes figures from the built-in sample team, even with the same name: the user's people
 *   start with blank figures to fill in. Sample data is used only when the user picks the sample.
 */
import { personFromAgent } from "../core/roster";
import type { Person } from "../core/roster/types";
import type { Agent, Employment } from "../core/sample/team";
import { format } from "../i18n/locale";
import type { TaskpaneText } from "../i18n/taskpane";
import { a1, type Scalar } from "../sheets/spec";

export interface PersonRow {
  name: string;
  employment: Employment;
  /** The ID the user's range gives (a 工号/ID column), if any. */
  id?: string;
}

export type PeopleRead = { ok: true; people: PersonRow[]; headerRow: boolean } | { ok: false; message: string };

const HEADINGS = {
  name: /^(姓名|名字|员工|员工姓名|客服|客服姓名|人员|坐席|name|names|full name|employee|employee name|agent|agent name|staff)$/i,
  employment: /^(用工类型|用工|类型|用工方式|雇佣类型|合同类型|employment|employment type|type|contract)$/i,
  id: /^(工号|编号|员工编号|员工号|id|employee id|staff id|agent id|no\.?)$/i,
} as const;

const FULL_TIME = /^(full[- ]?time|ft|全职|正式|正式工|专职)$/i;
const TEMPORARY = /^(temp|temporary|part[- ]?time|pt|临时|临时工|兼职|小时工)$/i;
/** Text that is really a number, a date or a time ("123", "2026-11-11", "08:30", "12.5%"). */
const NOT_A_NAME = /^[\d\s.,:/%+\-年月日时分秒]+$|^(true|false)$/i;

function cellText(v: Scalar | undefined): string {
  return v === null || v === undefined ? "" : String(v).trim();
}

/** Which column holds the name, the employment and the ID, from a heading row (or undefined when the row is data). */
function headingColumns(row: readonly Scalar[]): { name?: number; employment?: number; id?: number } | undefined {
  const found: { name?: number; employment?: number; id?: number } = {};
  row.forEach((v, col) => {
    if (typeof v !== "string") return;
    const s = v.trim();
    for (const key of ["name", "employment", "id"] as const) if (found[key] === undefined && HEADINGS[key].test(s)) found[key] = col;
  });
  return Object.keys(found).length > 0 ? found : undefined;
}

/**
 * Reads the people of a range. `origin` is the range's top-left cell (0-based), so messages name the
 * cell as the user sees it ("A5").
 */
export function readPeople(values: readonly (readonly Scalar[])[], origin: { top: number; left: number }, text: TaskpaneText): PeopleRead {
  const t = text.common;
  const firstData = values.findIndex((row) => row.some((v) => cellText(v) !== ""));
  const headings = firstData >= 0 ? headingColumns(values[firstData] ?? []) : undefined;
  const width = values.reduce((n, row) => Math.max(n, row.length), 0);
  const nameCol = headings?.name ?? (headings ? firstFreeColumn(width, headings) : 0);
  const employmentCol = headings ? headings.employment : width > 1 ? 1 : undefined;
  const idCol = headings?.id;
  const people: PersonRow[] = [];
  const seen = new Set<string>();
  const cell = (r: number, c: number) => a1(origin.top + r, origin.left + c);
  for (let r = headings ? firstData + 1 : 0; r < values.length; r++) {
    const row = values[r] ?? [];
    const raw = row[nameCol];
    const name = cellText(raw);
    if (name === "") continue;
    if (typeof raw !== "string" || NOT_A_NAME.test(name)) return { ok: false, message: format(t.notAName, { cell: cell(r, nameCol), value: name }) };
    if (seen.has(name)) return { ok: false, message: format(t.duplicateName, { name }) };
    seen.add(name);
    const said = employmentCol === undefined ? "" : cellText(row[employmentCol]);
    let employment: Employment = "full-time";
    if (TEMPORARY.test(said)) employment = "temporary";
    else if (said !== "" && !FULL_TIME.test(said)) return { ok: false, message: format(t.badEmployment, { cell: cell(r, employmentCol ?? 0), value: said }) };
    const id = idCol === undefined ? "" : cellText(row[idCol]);
    people.push(id === "" ? { name, employment } : { name, employment, id });
  }
  return people.length > 0 ? { ok: true, people, headerRow: headings !== undefined } : { ok: false, message: t.noNames };
}

/** With headings but none for the name: the first column that is neither the ID nor the employment. */
function firstFreeColumn(width: number, headings: { employment?: number; id?: number }): number {
  for (let c = 0; c < width; c++) if (c !== headings.employment && c !== headings.id) return c;
  return 0;
}

const ROLE = { "en-US": "Agent", "zh-CN": "客服专员" } as const;
const TEMP_ROLE = { "en-US": "Temporary agent", "zh-CN": "临时客服" } as const;

/** An agent record for a person of the user's range: their name, ID and employment, and blank figures (zeros). */
export function agentFromRow(row: PersonRow, index: number): Agent {
  const temporary = row.employment === "temporary";
  return {
    id: row.id ?? `P${String(index + 1).padStart(3, "0")}`,
    name: row.name,
    employment: row.employment,
    skill: "pre-sale",
    role: temporary ? TEMP_ROLE : ROLE,
    team: { "en-US": "", "zh-CN": "" },
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

/** Roster people for the rows (all-day availability; hours and nights by employment). */
export function personsFromRows(rows: readonly PersonRow[]): Person[] {
  return rows.map((row, i) => personFromAgent(agentFromRow(row, i)));
}
