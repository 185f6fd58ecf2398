/**
 * The coaching forms in LibreOffice: they recalculate without error cells, show the talking points
 * of the agent's category (from the QA & coaching talk), carry date validations on every date field and print
 * on A4 portrait, fit to width. Fails (not skips) in CI without soffice.
 */
import type ExcelJS from "exceljs";
import { talkingPoints, COACHING_CATEGORIES, categoryName } from "../src/core/coaching/talking-points";
import { SAMPLE_TEAM } from "../src/core/sample/team";
import type { Locale } from "../src/i18n/locale";
import { buildCoachingSheets } from "../src/sheets/coaching/build-coaching-sheets";
import { BULLET } from "../src/sheets/coaching/form-parts";
import type { SheetSpec } from "../src/sheets/spec";
import { writeXlsx } from "../src/xlsx";
import { cellValue, findErrorCells, itWithSoffice, recalculate } from "./support/recalc";

/** Every computed or constant text on a sheet, top to bottom. */
function texts(ws: ExcelJS.Worksheet): string[] {
  const out: string[] = [];
  ws.eachRow((row) =>
    row.eachCell((cell) => {
      if (cell.isMerged && cell.master.address !== cell.address) return; // merged cells repeat their master's value
      const v = cellValue(ws, cell.address);
      if (typeof v === "string" && v !== "") out.push(v);
    }),
  );
  return out;
}

/** Date validations as ExcelJS reads them back: address → type. */
function validationTypes(ws: ExcelJS.Worksheet): Map<string, string> {
  const model = (ws as unknown as { dataValidations: { model: Record<string, { type: string }> } }).dataValidations.model;
  return new Map(Object.entries(model).map(([address, v]) => [address, v.type]));
}

async function checkForms(locale: Locale, agentName: string, sheets: SheetSpec[]): Promise<void> {
  const agent = SAMPLE_TEAM.find((a) => a.name === agentName)!;
  const wb = await recalculate(await writeXlsx(sheets));
  expect(findErrorCells(wb)).toEqual([]);
  const points = talkingPoints(agent.coachingCategory).map((p) => BULLET + p[locale]);
  for (const spec of sheets) {
    const ws = wb.getWorksheet(spec.name)!;
    expect(ws).toBeDefined();
    const shown = texts(ws);
    // The talking points of this agent's category, in order, and none of another category's.
    const shownPoints = shown.filter((s) => s.startsWith(BULLET));
    expect(shownPoints).toEqual(points);
    // The page setup survives the round trip through LibreOffice.
    expect(ws.pageSetup.paperSize).toBe(9);
    expect(ws.pageSetup.orientation).toBe("portrait");
    expect(ws.pageSetup.fitToWidth).toBe(1);
    // Every date-formatted input cell has a date validation.
    const types = validationTypes(ws);
    const dateInputs = spec.cells.filter((c) => c.style?.locked === false && c.style.numFmt === "yyyy-mm-dd");
    expect(dateInputs.length).toBeGreaterThanOrEqual(2);
    for (const c of dateInputs) {
      const address = ws.getCell(c.row + 1, c.col + 1).master.address; // a merged block validates its top-left cell
      expect({ address, type: types.get(address) }).toEqual({ address, type: "date" });
    }
  }
}

describe("coaching forms recalculated in LibreOffice", () => {
  itWithSoffice()(
    "zh-CN, low performer with KPI snapshot: talking points, no errors, A4 portrait, date validations",
    async () => {
      const agent = SAMPLE_TEAM.find((a) => a.coachingCategory === "low-performer")!;
      const sheets = buildCoachingSheets({ form: "all", agent, period: "2026-10" }, "zh-CN");
      expect(sheets).toHaveLength(3);
      await checkForms("zh-CN", agent.name, sheets);
      // The rates on the prep form are computed from the snapshot.
      const wb = await recalculate(await writeXlsx(sheets.slice(0, 1)));
      const ws = wb.getWorksheet(sheets[0]!.name)!;
      const shown = new Map<string, number>();
      ws.eachRow((row) => {
        const label = cellValue(ws, row.getCell(1).address);
        const value = cellValue(ws, row.getCell(4).address);
        if (typeof label === "string" && typeof value === "number") shown.set(label, value);
      });
      expect(shown.get("询单转化率")).toBeCloseTo(agent.kpi.conversions / agent.kpi.inquiries, 12);
      expect(shown.get("退款率")).toBeCloseTo(agent.kpi.returnsCents / agent.kpi.salesCents, 12);
      expect(shown.get("个人销售额(元)")).toBe(agent.kpi.salesCents / 100);
    },
    120_000,
  );

  itWithSoffice()(
    "en-US, every category: the talking points follow the category cell",
    async () => {
      // One record form per category, each for an agent of that category.
      const sheets = COACHING_CATEGORIES.map((category) => {
        const agent = SAMPLE_TEAM.find((a) => a.coachingCategory === category)!;
        return buildCoachingSheets({ form: "record", agent }, "en-US")[0]!;
      });
      const wb = await recalculate(await writeXlsx(sheets));
      expect(findErrorCells(wb)).toEqual([]);
      COACHING_CATEGORIES.forEach((category, i) => {
        const ws = wb.getWorksheet(sheets[i]!.name)!;
        const shown = texts(ws);
        expect(shown).toContain(categoryName(category)["en-US"]);
        expect(shown.filter((s) => s.startsWith(BULLET))).toEqual(talkingPoints(category).map((p) => BULLET + p["en-US"]));
      });
    },
    120_000,
  );

  itWithSoffice()(
    "blank forms (no agent) recalculate without errors and show no talking points until a category is chosen",
    async () => {
      const sheets = buildCoachingSheets({ form: "all" }, "en-US");
      const wb = await recalculate(await writeXlsx(sheets));
      expect(findErrorCells(wb)).toEqual([]);
      for (const s of sheets) expect(texts(wb.getWorksheet(s.name)!).filter((x) => x.startsWith(BULLET))).toEqual([]);
    },
    120_000,
  );
});
