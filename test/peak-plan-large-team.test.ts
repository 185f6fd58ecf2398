/**
 * The linked peak plan for a real-sized team: 300 people (test/support/large-team.ts) and the
 * sample shop's history at ten times its volume, so the main day needs about 450 people and the
 * hiring plan some 200 new hires. Checks what must hold at any size: everyone with a shift is on
 * the grid once, the required rows read the headcount sheet, the verdicts (overview, plan sheet,
 * solver) say what the gap rows show, and the grid prints in half-days with names and slot
 * headers on every page. Timings are `npm run bench peak`'s business, not this test's.
 */
import JSZip from "jszip";
import { computePeakPlan, type PeakPlanInput, type PeakPlanNumbers } from "../src/core/peak";
import { rosterVerdict } from "../src/core/roster";
import { PEAK_TEXT } from "../src/i18n/peak";
import { format } from "../src/i18n/locale";
import { SheetEvaluator } from "../src/sheets/evaluate";
import { buildPeakPlanSheets, preparePeakWorkbook, rosterIdPrefix, type PeakWorkbookInput } from "../src/sheets/peak/build-plan";
import { shortDate } from "../src/sheets/peak/labels";
import { PEAK_IDS } from "../src/sheets/peak/layout";
import { FIRST_PERSON_ROW, FIRST_SLOT_COL } from "../src/sheets/roster";
import { SLOT_HEADER_ROW } from "../src/sheets/roster/roster-grid-sheet";
import { planSheetNames, type SheetSpec } from "../src/sheets/spec";
import { writeXlsx } from "../src/xlsx";
import { largeTeam, largeTeamPlanInput } from "./support/large-team";

const TEAM = 300;
const SLOTS = 144;

describe("the peak plan of a 300-person team (zh-CN)", () => {
  let plan: PeakPlanInput;
  let numbers: PeakPlanNumbers;
  let input: PeakWorkbookInput;
  let specs: SheetSpec[];
  let values: SheetEvaluator;
  const sheet = (id: string) => specs.find((s) => s.id === id)!;
  const value = (id: string, row: number, col: number) => values.cachedValue(id, row, col);
  /** Column A text of the overview's rows, to find a key figure by its label. */
  const overviewFigure = (label: string) => {
    const cell = sheet(PEAK_IDS.overview).cells.find((c) => c.col === 0 && c.value === label);
    if (!cell) throw new Error(`No overview row labelled ${label}`);
    return value(PEAK_IDS.overview, cell.row, 1);
  };

  beforeAll(async () => {
    plan = largeTeamPlanInput(TEAM, 10);
    numbers = computePeakPlan(plan);
    input = await preparePeakWorkbook("双11 2026", plan, largeTeam(TEAM), false, "zh-CN");
    specs = buildPeakPlanSheets(input, "zh-CN");
    values = new SheetEvaluator(specs, planSheetNames(specs, []));
  }, 120_000);

  it("is a real-sized plan: hundreds needed on the main day, the hires on the rosters, the overview's key figures the engine's", () => {
    const main = numbers.mainDay;
    expect(numbers.peopleNeeded[main]).toBeGreaterThan(TEAM);
    expect(input.newHires).toBeGreaterThan(100);
    for (const roster of input.rosters) expect(roster.people).toHaveLength(TEAM + input.newHires);
    const t = PEAK_TEXT["zh-CN"].overview;
    plan.calendar.eventDays.forEach((d, i) => expect(overviewFigure(format(t.peopleOn, { date: shortDate(d.date, "zh-CN") }))).toBe(numbers.peopleNeeded[i]));
    expect(overviewFigure(t.hires)).toBe(input.newHires);
  });

  it("lists everyone with a shift once on the day's grid, as many as the overview counts", () => {
    input.rosters.forEach((roster, d) => {
      const gridId = `${rosterIdPrefix(d)}Day0`;
      const names = sheet(gridId)
        .cells.filter((c) => c.col === 0 && c.row >= FIRST_PERSON_ROW && c.row < FIRST_PERSON_ROW + roster.shifts.length)
        .map((c) => c.value);
      const working = roster.shifts.map((s) => roster.people[s.personIndex]!.name);
      expect(new Set(names).size).toBe(names.length);
      expect([...names].sort()).toEqual([...working].sort());
      // The row below the block of people is blank: nobody is left out at the bottom.
      expect(sheet(gridId).cells.some((c) => c.col === 0 && c.row === FIRST_PERSON_ROW + roster.shifts.length && c.value)).toBe(false);
      const date = shortDate(plan.calendar.eventDays[d]!.date, "zh-CN");
      expect(overviewFigure(format(PEAK_TEXT["zh-CN"].overview.rosterPeople, { date }))).toBe(roster.shifts.length);
    });
    // The main day needs more people than the team: new hires work it.
    const main = input.rosters[numbers.mainDay]!;
    expect(main.shifts.filter((s) => s.personIndex >= TEAM).length).toBeGreaterThan(0);
  });

  it("reads every slot's required people from the headcount sheet, equal to the engine's agents", () => {
    input.rosters.forEach((roster, d) => {
      const gridId = `${rosterIdPrefix(d)}Day0`;
      const requiredRow = FIRST_PERSON_ROW + roster.shifts.length + 2;
      const required = sheet(gridId).cells.filter((c) => c.row === requiredRow && c.col >= FIRST_SLOT_COL);
      expect(required).toHaveLength(SLOTS);
      expect(required.every((c) => c.formula?.startsWith(`[[${PEAK_IDS.headcount}]]!`))).toBe(true);
      expect(required.map((c) => value(gridId, c.row, c.col))).toEqual(numbers.agents[d]);
    });
  });

  it("says in the overview, on the plan sheet and in the solver's verdict what the gap row shows", () => {
    input.rosters.forEach((roster, d) => {
      const gridId = `${rosterIdPrefix(d)}Day0`;
      const gapRow = FIRST_PERSON_ROW + roster.shifts.length + 3;
      const gaps = Array.from({ length: SLOTS }, (_, s) => value(gridId, gapRow, FIRST_SLOT_COL + s) as number);
      const short = gaps.flatMap((g, slot) => (g < 0 ? [{ slot, missing: -g }] : []));
      // Solved for the demand the headcount sheet holds now: the named roster's own verdict.
      expect(rosterVerdict(roster).shortSlots.map(({ slot, missing }) => ({ slot, missing }))).toEqual(short);
      const date = shortDate(plan.calendar.eventDays[d]!.date, "zh-CN");
      const t = PEAK_TEXT["zh-CN"].overview;
      expect(overviewFigure(format(t.shortSlots, { date }))).toBe(short.length);
      const verdict = sheet(PEAK_IDS.overview).cells.find((c) => c.formula?.includes(format(t.verdictCovered, { date })))!;
      expect(value(PEAK_IDS.overview, verdict.row, verdict.col)).toBe(short.length === 0 ? format(t.verdictCovered, { date }) : format(t.verdictShort, { date }));
      // The plan sheet's live verdict: short slots counted from the gap row (B6).
      expect(value(`${rosterIdPrefix(d)}Plan`, 5, 1)).toBe(short.length);
    });
  });

  it("prints the grid on A3 in two half-days, slot headers and names on every page, rows split over pages", async () => {
    const roster = input.rosters[numbers.mainDay]!;
    const grid = sheet(`${rosterIdPrefix(numbers.mainDay)}Day0`);
    const lastRow = FIRST_PERSON_ROW + roster.shifts.length + 5;
    expect(grid.print).toEqual({
      paper: "A3",
      orientation: "landscape",
      fitToWidth: true,
      area: [
        { top: 0, left: 0, bottom: lastRow, right: FIRST_SLOT_COL + SLOTS / 2 - 1 },
        { top: 0, left: FIRST_SLOT_COL + SLOTS / 2, bottom: lastRow, right: FIRST_SLOT_COL + SLOTS - 1 },
      ],
      repeatRows: { first: SLOT_HEADER_ROW - 1, last: SLOT_HEADER_ROW },
      repeatCols: { first: 0, last: 0 },
      footer: expect.any(String),
    });
    // In the file: one print-area name with both halves, the titles as rows 3:4 and column A.
    const bytes = await writeXlsx([sheet(PEAK_IDS.forecast), sheet(PEAK_IDS.headcount), grid]);
    const book = await (await JSZip.loadAsync(bytes)).file("xl/workbook.xml")!.async("string");
    const quoted = `&apos;${grid.name}&apos;`; // as XML writes the quotes
    const defined = (name: string) => [...book.matchAll(new RegExp(`<definedName name="${name}" localSheetId="2">([^<]*)</definedName>`, "g"))].map((m) => m[1]);
    expect(defined("_xlnm.Print_Area")).toEqual([`${quoted}!$A$1:$CB$${lastRow + 1},${quoted}!$CC$1:$EV$${lastRow + 1}`]);
    expect(defined("_xlnm.Print_Titles")).toEqual([`${quoted}!$A:$A,${quoted}!$3:$4`]);
  }, 60_000);
});
