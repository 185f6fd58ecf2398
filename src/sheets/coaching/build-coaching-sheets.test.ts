import { categoryName } from "../../core/coaching/talking-points";
import { SAMPLE_TEAM } from "../../core/sample/team";
import type { SheetSpec } from "../spec";
import { STYLES } from "../styles";
import { buildCoachingSheets } from "./build-coaching-sheets";
import { talkingPointFormulas } from "./form-parts";

const agent = SAMPLE_TEAM.find((a) => a.name === "赵敏")!;
const forms = buildCoachingSheets({ form: "all", agent, period: "2026-10" }, "zh-CN");
const [prep, record, plan] = forms as [SheetSpec, SheetSpec, SheetSpec];
const values = (s: SheetSpec) => s.cells.map((c) => c.value).filter((v) => typeof v === "string");

describe("buildCoachingSheets", () => {
  it("builds the three coaching forms, one set per agent", () => {
    expect(forms.map((f) => f.name)).toEqual(["绩效面谈准备表-赵敏", "绩效面谈记录表-赵敏", "特别辅导计划表-赵敏"]);
    expect(forms.map((f) => f.id)).toEqual([`coachingPrep-${agent.id}`, `coachingRecord-${agent.id}`, `coachingPlan-${agent.id}`]);
    expect(buildCoachingSheets({ form: "record" }, "en-US").map((f) => f.id)).toEqual(["coachingRecord"]);
  });

  it("fills the employee block and the category from the agent", () => {
    for (const f of forms) {
      expect(values(f)).toEqual(expect.arrayContaining(["赵敏", "客服专员", "2026-10", categoryName("low-performer")["zh-CN"]]));
    }
  });

  it("fills the prep form's KPI snapshot from the agent's figures (yuan from cents)", () => {
    const nums = prep.cells.map((c) => c.value).filter((v) => typeof v === "number");
    expect(nums).toEqual(expect.arrayContaining([agent.kpi.salesCents / 100, agent.kpi.inquiries, agent.kpi.conversions, agent.kpi.qaScore]));
    expect(prep.cells.filter((c) => c.formula?.startsWith("IF(OR(")).length).toBe(2); // return rate, conversion rate
  });

  it("leaves the KPI snapshot as blank input cells for an employee typed in without figures", () => {
    const typed = { id: "typed", name: "Lin Xiaoyu" };
    const [typedPrep] = buildCoachingSheets({ form: "prep", agent: typed, category: "core" }, "en-US") as [SheetSpec];
    const [samplePrep] = buildCoachingSheets({ form: "prep", agent, category: "core" }, "en-US") as [SheetSpec];
    // The KPI value column: number-formatted, right-aligned cells of column D that hold no formula.
    const kpiValues = (s: SheetSpec) => s.cells.filter((c) => c.col === 3 && c.style?.hAlign === "right" && c.style.numFmt !== undefined && !c.formula);
    expect(kpiValues(samplePrep).map((c) => c.value)).toContain(agent.kpi.salesCents / 100); // the same cells do hold figures for a sample agent
    const blanks = kpiValues(typedPrep);
    expect(blanks).toHaveLength(8); // 10 lines less the two computed rates
    for (const c of blanks) {
      expect(c.value).toBeNull();
      expect(c.style?.locked).toBe(false);
      expect(c.style?.fill).toBe(STYLES.input.fill);
    }
    expect(typedPrep.name).toMatch(/-Lin Xiaoyu$/);
    const strings = values(typedPrep);
    expect(strings).toEqual(expect.arrayContaining(["Lin Xiaoyu", categoryName("core")["en-US"]]));
    expect(strings).not.toContain("Agent"); // no role given: the role cell stays blank
  });

  it("explains every STAR and STAR-AR letter on the record", () => {
    const v = values(record);
    expect(v.filter((x) => x === "S")).toHaveLength(2);
    expect(v.filter((x) => x === "A")).toHaveLength(3); // STAR's A, STAR-AR's A and alternative A
    expect(v).toEqual(expect.arrayContaining(["改进行动(Alternative action):下次应该怎么做"]));
  });

  it("gives the plan's weekly check-ins a status dropdown with colours", () => {
    const list = plan.validations!.filter((v) => v.rule.type === "list" && "values" in v.rule && v.rule.values.includes("有风险"));
    expect(list).toHaveLength(6);
    expect(plan.conditionalFormats).toHaveLength(3);
  });

  it("is print-ready: A4 portrait fit to width, gridlines hidden, protected with unlocked inputs, merged blocks", () => {
    for (const f of forms) {
      expect(f.print).toMatchObject({ paper: "A4", orientation: "portrait", fitToWidth: true });
      expect(f.hideGridlines).toBe(true);
      expect(f.protect).toBe(true);
      expect(f.merges!.length).toBeGreaterThan(20);
      const inputs = f.cells.filter((c) => c.style?.locked === false);
      expect(inputs.length).toBeGreaterThan(20);
      for (const c of inputs) expect(c.style?.fill).toBe(STYLES.input.fill);
      for (const c of f.cells.filter((x) => x.formula)) expect(c.style?.locked).not.toBe(false);
    }
  });

  it("validates every date field as a date", () => {
    for (const f of forms) {
      const dateCells = f.cells.filter((c) => c.style?.locked === false && c.style.numFmt === "yyyy-mm-dd");
      const covered = (row: number, col: number) =>
        f.validations!.some((v) => v.rule.type === "date" && v.range.top <= row && row <= v.range.bottom && v.range.left <= col && col <= v.range.right);
      const masters = dateCells.filter((c) => !f.merges!.some((m) => m.top <= c.row && c.row <= m.bottom && m.left <= c.col && c.col <= m.right && (m.top !== c.row || m.left !== c.col)));
      expect(masters.length).toBeGreaterThanOrEqual(2);
      for (const c of masters) expect(covered(c.row, c.col)).toBe(true);
    }
  });

  it("keeps every string literal in the talking-point formulas within Excel's 255 characters", () => {
    for (const locale of ["en-US", "zh-CN"] as const) {
      for (const f of talkingPointFormulas("$C$6", locale)) {
        for (const m of f.matchAll(/"((?:[^"]|"")*)"/g)) expect(m[1]!.length).toBeLessThanOrEqual(255);
        expect(f.length).toBeLessThan(8192);
      }
    }
  });
});
