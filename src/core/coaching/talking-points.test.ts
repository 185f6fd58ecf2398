import { SAMPLE_TEAM } from "../sample/team";
import { COACHING_CATEGORIES, categoryName, isCoachingCategory, maxTalkingPoints, talkingPoints } from "./talking-points";
import { kpiSnapshotLines } from "./kpi-snapshot";
import { checkCoachingOptions, effectiveCategory } from "./forms";
import { InputError } from "../errors";

describe("talking points (QA & coaching talk)", () => {
  it("has the talk's points for each category, in both languages and the talk's order", () => {
    expect(talkingPoints("newly-promoted").map((p) => p["zh-CN"].slice(0, 3))).toEqual(["定目标", "多承担", "高要求"]);
    expect(talkingPoints("core")[0]!["zh-CN"]).toBe("更多的肯定和赞美。");
    expect(talkingPoints("qualified")[0]!["zh-CN"]).toBe("说明评选标准和原因。");
    expect(talkingPoints("low-performer")).toHaveLength(6);
    expect(talkingPoints("low-performer")[3]!["en-US"]).toBe("Agree a clear improvement plan.");
    expect(maxTalkingPoints()).toBe(6);
  });

  it("names every category in both languages, distinctly", () => {
    for (const locale of ["en-US", "zh-CN"] as const) {
      const names = COACHING_CATEGORIES.map((c) => categoryName(c)[locale]);
      expect(new Set(names).size).toBe(5);
    }
    expect(categoryName("high-performer")["zh-CN"]).toBe("高绩效员工");
  });

  it("covers every category the sample team uses", () => {
    for (const a of SAMPLE_TEAM) expect(isCoachingCategory(a.coachingCategory)).toBe(true);
    expect(isCoachingCategory("star")).toBe(false);
  });
});

describe("kpiSnapshotLines", () => {
  it("shows money in yuan from integer cents and leaves rates to the sheet", () => {
    const agent = SAMPLE_TEAM[0]!; // 王芳: ¥186,500 sales, 1,480 inquiries
    const lines = kpiSnapshotLines(agent.kpi);
    expect(lines.find((l) => l.key === "sales")!.value).toBe(186_500);
    expect(lines.find((l) => l.key === "inquiries")!.value).toBe(1_480);
    expect(lines.find((l) => l.key === "conversionRate")).toMatchObject({ value: null, ratio: { numerator: "conversions", denominator: "inquiries" } });
    expect(kpiSnapshotLines(null).every((l) => l.value === null)).toBe(true);
  });
});

describe("checkCoachingOptions", () => {
  it("expands 'all' to the three forms in order", () => {
    expect(checkCoachingOptions({ form: "all" })).toEqual(["prep", "record", "plan"]);
    expect(checkCoachingOptions({ form: "plan" })).toEqual(["plan"]);
  });
  it("rejects an unknown form, category or an over-long period", () => {
    expect(() => checkCoachingOptions({ form: "memo" as never })).toThrow(InputError);
    expect(() => checkCoachingOptions({ form: "all", category: "star" as never })).toThrow(/star/);
    expect(() => checkCoachingOptions({ form: "all", period: "x".repeat(41) })).toThrow(/40/);
  });
  it("uses the explicit category over the agent's", () => {
    const agent = SAMPLE_TEAM.find((a) => a.coachingCategory === "core")!;
    expect(effectiveCategory({ form: "all", agent })).toBe("core");
    expect(effectiveCategory({ form: "all", agent, category: "low-performer" })).toBe("low-performer");
    expect(effectiveCategory({ form: "all" })).toBeNull();
  });
});
