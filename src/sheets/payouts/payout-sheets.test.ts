import { InputError } from "../../core/errors";
import { SAMPLE_PLAN } from "../../core/payouts/sample-plan";
import { SAMPLE_TEAM } from "../../core/sample/team";
import { PAYOUT_STRINGS } from "../../i18n/payouts";
import { a1, type SheetSpec } from "../spec";
import { STYLES } from "../styles";
import { STAGE_KEYS } from "../../core/payouts/plan";
import { SAMPLE_CALENDAR } from "../../core/peak/sample-calendar";
import { toSerialDate } from "../../core/serial-date";
import { format } from "../../i18n/locale";
import { unsupportedFormulaUses } from "../spec/portability";
import { buildPayoutSheets, PAYOUT_SHEET_IDS, payoutOptionsForCalendar } from "./index";
import { INPUT_COL, INPUT_FIRST_ROW } from "./input-sheet";
import { buildPlanSheet } from "./plan-sheet";
import { STATEMENT_COL, STATEMENT_FIRST_ROW } from "./statement-sheet";

const FORBIDDEN = /\b(CS\.|LET|LAMBDA|XLOOKUP|XMATCH|FILTER|SEQUENCE|UNIQUE|SORT|SORTBY|TEXTJOIN|IFS|SWITCH|MAXIFS|MINIFS)\s*\(|\w\[@/;

const specs = buildPayoutSheets({}, "en-US");
const byId = (sheets: SheetSpec[], id: string): SheetSpec => sheets.find((s) => s.id === id)!;
const cellAt = (sheet: SheetSpec, row: number, col: number) => sheet.cells.find((c) => c.row === row && c.col === col);

describe("payout sheets", () => {
  it("are the plan, inputs, statement and summary, named in each locale", () => {
    expect(specs.map((s) => s.id)).toEqual([PAYOUT_SHEET_IDS.plan, PAYOUT_SHEET_IDS.inputs, PAYOUT_SHEET_IDS.statement, PAYOUT_SHEET_IDS.summary]);
    expect(buildPayoutSheets({}, "zh-CN").map((s) => s.name)).toEqual(["激励方案", "激励数据", "激励明细", "激励汇总"]);
  });

  it("use only native functions that WPS and LibreOffice 7.4 calculate, and refer only to these sheets", () => {
    const ids = new Set(specs.map((s) => s.id));
    for (const sheet of specs) {
      for (const c of sheet.cells) {
        if (c.formula === undefined) continue;
        expect({ at: `${sheet.id}!${a1(c.row, c.col)}`, bad: FORBIDDEN.test(c.formula) }).toEqual({ at: `${sheet.id}!${a1(c.row, c.col)}`, bad: false });
        for (const m of c.formula.matchAll(/\[\[([\w-]+)\]\]/g)) expect(ids.has(m[1]!)).toBe(true);
      }
    }
  });

  it("keep every plan number in an unlocked input cell (rate steps and the weight total are formulas)", () => {
    const plan = byId(specs, PAYOUT_SHEET_IDS.plan);
    const numbers = plan.cells.filter((c) => typeof c.value === "number" && c.style?.locked !== false);
    // Only the row numbers of the band/prize tables are locked numbers.
    expect(numbers.every((c) => c.col === 0)).toBe(true);
    const { layout } = buildPlanSheet(SAMPLE_PLAN, "en-US");
    expect(cellAt(plan, layout.tierFirstRow + 1, 2)).toMatchObject({ value: 0.015, style: { locked: false } });
    expect(cellAt(plan, layout.tierFirstRow + 1, 3)?.formula).toBe(`${a1(layout.tierFirstRow + 1, 2)}-${a1(layout.tierFirstRow, 2)}`);
    expect(cellAt(plan, layout.qaGateRow, 1)).toMatchObject({ value: 80, style: { locked: false } });
    expect(plan.protect).toBe(true);
  });

  it("validate the inputs: no negative sales, rates within 0–100 %, QA 0–100", () => {
    const inputs = byId(specs, PAYOUT_SHEET_IDS.inputs);
    const ruleFor = (col: number) => inputs.validations!.find((v) => v.range.left <= col && col <= v.range.right)!;
    expect(ruleFor(INPUT_COL.sales).rule).toEqual({ type: "decimal", min: 0 });
    expect(ruleFor(INPUT_COL.returns).rule).toEqual({ type: "decimal", min: 0 });
    expect(ruleFor(INPUT_COL.replyRate).rule).toEqual({ type: "decimal", min: 0, max: 1 });
    expect(ruleFor(INPUT_COL.attendance).rule).toEqual({ type: "decimal", min: 0, max: 1 });
    expect(ruleFor(INPUT_COL.qaScore).rule).toEqual({ type: "decimal", min: 0, max: 100 });
    expect(ruleFor(INPUT_COL.sales).range).toMatchObject({ top: INPUT_FIRST_ROW, bottom: INPUT_FIRST_ROW + SAMPLE_TEAM.length - 1 });
    expect(cellAt(inputs, INPUT_FIRST_ROW, INPUT_COL.sales)).toMatchObject({ value: 186_500, style: { locked: false } });
  });

  it("trace every statement figure: formulas on the plan and input cells, with a note naming them", () => {
    const st = byId(specs, PAYOUT_SHEET_IDS.statement);
    const s = PAYOUT_STRINGS["en-US"];
    const r = STATEMENT_FIRST_ROW;
    const commission = cellAt(st, r, STATEMENT_COL.commission)!;
    expect(commission.formula).toMatch(/^ROUND\(SUMPRODUCT\(--\(\[\[payoutInputs\]\]!\$E\$4>\[\[payoutPlan\]\]!\$B\$\d+:\$B\$\d+\)/);
    expect(commission.note).toMatch(new RegExp(`^${s.noteFrom}: ${s.inputSheet}!E4, ${s.planSheet}!B\\d+:D\\d+, D4$`));
    const formulaCells = st.cells.filter((c) => c.row >= r && c.formula !== undefined && c.col > STATEMENT_COL.name);
    expect(formulaCells.length).toBeGreaterThan(30 * 30);
    expect(formulaCells.every((c) => c.note?.startsWith(`${s.noteFrom}: `))).toBe(true);
    expect(cellAt(st, r, STATEMENT_COL.deduction)!.note).toContain(`${s.inputSheet}!F4`);
  });

  it("answer bad options with a message", () => {
    expect(() => buildPayoutSheets({ inputs: [] }, "en-US")).toThrow(InputError);
    expect(() => buildPayoutSheets({ plan: { ...SAMPLE_PLAN, stages: SAMPLE_PLAN.stages.slice(1) } }, "en-US")).toThrow(/need the KPIs .* and the stages/);
    const uneven = { ...SAMPLE_PLAN, kpis: SAMPLE_PLAN.kpis.map((k, i) => (i === 1 ? { ...k, bounds: [0.4, 0.45], scores: [80, 100] } : k)) };
    let caught: unknown;
    try {
      buildPayoutSheets({ plan: uneven }, "zh-CN");
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(InputError);
    expect((caught as InputError).text["zh-CN"]).toMatch(/每个 KPI 的档位数/);
  });

  it("in en-US name the sample teams in English and never break a header word (Attainment) across lines", () => {
    const en = buildPayoutSheets({}, "en-US");
    const inputs = byId(en, PAYOUT_SHEET_IDS.inputs);
    expect(cellAt(inputs, INPUT_FIRST_ROW, INPUT_COL.team)?.value).toBe("Pre-sale 1");
    expect(inputs.cells.some((c) => typeof c.value === "string" && /[售组]/.test(c.value))).toBe(false);
    expect(cellAt(byId(buildPayoutSheets({}, "zh-CN"), PAYOUT_SHEET_IDS.inputs), INPUT_FIRST_ROW, INPUT_COL.team)?.value).toBe("售前一组");
    for (const sheet of en) {
      const width = new Map((sheet.columns ?? []).map((c) => [c.index, c.width ?? 8.43]));
      for (const c of sheet.cells) {
        if (typeof c.value !== "string" || c.style?.fill !== STYLES.header.fill || sheet.merges?.some((m) => m.top === c.row && m.left === c.col)) continue;
        const longest = Math.max(...c.value.split(/\s+/).map((w) => w.length));
        // Bold text needs ~1.1 characters per letter plus padding.
        const at = `${sheet.id}!${a1(c.row, c.col)}`;
        expect({ at, header: c.value, fits: (width.get(c.col) ?? 8.43) >= longest * 1.1 + 1.5 }).toEqual({ at, header: c.value, fits: true });
      }
    }
  });
});

describe("payout sheets for a peak calendar", () => {
  const options = payoutOptionsForCalendar(SAMPLE_CALENDAR, SAMPLE_TEAM);
  const dayOf = (month: number, day: number) => toSerialDate(2026, month, day);

  it("show the calendar's stage dates and period on the plan sheet, and the two waves' days in both languages", () => {
    for (const locale of ["en-US", "zh-CN"] as const) {
      const sheets = buildPayoutSheets(options, locale);
      const plan = byId(sheets, PAYOUT_SHEET_IDS.plan);
      const { layout } = buildPlanSheet(options.plan!, locale);
      const shown = Object.fromEntries(STAGE_KEYS.map((k) => [k, [cellAt(plan, layout.stageRows[k], 1)?.value, cellAt(plan, layout.stageRows[k], 2)?.value]]));
      expect(shown).toEqual({
        training: [dayOf(10, 12), dayOf(10, 19)],
        preSale: [dayOf(10, 20), dayOf(11, 9)],
        event: [dayOf(10, 31), dayOf(11, 11)],
        afterSale: [dayOf(11, 12), dayOf(11, 22)],
      });
      expect([cellAt(plan, layout.periodStartRow, 1)?.value, cellAt(plan, layout.periodEndRow, 1)?.value]).toEqual([dayOf(10, 12), dayOf(11, 22)]);
      const notes = plan.cells.filter((c) => c.row > layout.stageRows.afterSale && c.row < layout.tierFirstRow && typeof c.value === "string").map((c) => c.value);
      const s = PAYOUT_STRINGS[locale];
      expect(notes).toContain(format(s.stageSpans, { stage: s.stage_event, days: ["2026-10-31", "2026-11-10"].map((x, i) => format(s.stageSpan, { start: x, end: ["2026-11-01", "2026-11-11"][i]! })).join(s.spanSeparator) }));
      expect(notes.filter((n) => typeof n === "string" && n.includes("2026-10-20"))).toHaveLength(1);
      for (const sheet of sheets) expect({ sheet: sheet.id, problems: unsupportedFormulaUses(sheet) }).toEqual({ sheet: sheet.id, problems: [] });
    }
  });

  it("list the given team, one input row each, and leave the sample plan sheet without a span line", () => {
    const two = SAMPLE_TEAM.slice(0, 2);
    const inputs = byId(buildPayoutSheets(payoutOptionsForCalendar(SAMPLE_CALENDAR, two), "en-US"), PAYOUT_SHEET_IDS.inputs);
    expect([0, 1, 2].map((i) => cellAt(inputs, INPUT_FIRST_ROW + i, INPUT_COL.name)?.value)).toEqual(["王芳", "李娜", undefined]);
    const { layout } = buildPlanSheet(SAMPLE_PLAN, "en-US");
    expect(layout.tierFirstRow - layout.stageRows.afterSale).toBe(4);
    expect(() => payoutOptionsForCalendar(SAMPLE_CALENDAR, [])).toThrow(InputError);
  });
});
