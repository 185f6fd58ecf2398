import { SAMPLE_TEAM } from "../sample/team";
import { SAMPLE_PLAN, sampleInputs } from "./sample-plan";
import { computePayouts } from "./statement";
import { STAGE_KEYS } from "./plan";

const inputs = sampleInputs(SAMPLE_TEAM);
const result = computePayouts(SAMPLE_PLAN, inputs);
const line = (name: string) => result.lines.find((l) => l.name === name)!;

describe("payout engine on the sample plan", () => {
  it("王芳: 186 500 sales at 155 % of target → (500 + 750 + 1 000 + 912.50) × 1.5 − 6 200 × 4 %", () => {
    expect(line("王芳")).toMatchObject({
      multiplier: 1.5,
      commissionCents: 474_375,
      returnsDeductionCents: 24_800,
      qaPassed: true,
      netCommissionCents: 449_575,
      score: 100,
      gradeBonusCents: 80_000,
    });
  });
  it("the QA gate zeroes commission: 赵敏 (QA 76 < 80) has 654.40 commission but nets 0", () => {
    expect(line("赵敏")).toMatchObject({ commissionCents: 65_440, qaPassed: false, netCommissionCents: 0 });
  });
  it("刘洋 below target (98.7 %) is decelerated to 0.8×", () => {
    // 50 000 × 1 % + 50 000 × 1.5 % + 18 400 × 2 % = 1 618 → × 0.8 = 1 294.40
    expect(line("刘洋")).toMatchObject({ multiplier: 0.8, commissionCents: 129_440 });
  });
  it("the two perfect scores share first and second prize (1 000 + 600) equally; third prize to the next", () => {
    expect([line("王芳").rankPrizeCents, line("Emily Chen").rankPrizeCents, line("李娜").rankPrizeCents]).toEqual([80_000, 80_000, 40_000]);
    expect(result.costCents.rank).toBe(SAMPLE_PLAN.rankPrizesCents.reduce((a, b) => a + b, 0));
  });
  it("each stage pool is paid out exactly; totals add up", () => {
    for (const s of SAMPLE_PLAN.stages) expect(result.costCents[s.key]).toBe(s.budgetCents);
    const byParts = result.lines.reduce(
      (sum, l) => sum + l.netCommissionCents + l.gradeBonusCents + l.rankPrizeCents + STAGE_KEYS.reduce((a, k) => a + l.stageCents[k], 0),
      0,
    );
    expect(result.totalCents).toBe(byParts);
    expect(Object.values(result.costCents).reduce((a, b) => a + b, 0)).toBe(result.totalCents);
  });
  it("a stage nobody has points in pays nothing", () => {
    const none = inputs.map((i) => ({ ...i, stagePoints: { ...i.stagePoints, training: 0 } }));
    expect(computePayouts(SAMPLE_PLAN, none).costCents.training).toBe(0);
  });
});
