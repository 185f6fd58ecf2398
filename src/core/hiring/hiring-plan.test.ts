import fc from "fast-check";
import { InputError } from "../errors";
import { planHiring, type HiringPlanInput } from "./hiring-plan";

const column = (input: HiringPlanInput, key: "hires" | "inTraining" | "productiveFte" | "shortfall"): number[] =>
  planHiring(input).map((w) => w[key]);

describe("planHiring: the worked examples", () => {
  it("hires 4 in week 1 to have 14 productive from week 3 (2 training weeks, no attrition)", () => {
    const input = { required: [10, 10, 14, 14, 14], onHand: 10, attrition: 0, trainWeeks: 2 };
    expect(column(input, "hires")).toEqual([4, 0, 0, 0, 0]);
    expect(column(input, "inTraining")).toEqual([4, 4, 0, 0, 0]);
    expect(column(input, "productiveFte")).toEqual([10, 10, 14, 14, 14]);
    expect(column(input, "shortfall")).toEqual([0, 0, 0, 0, 0]);
  });

  it("shows the shortfall of weeks nobody hired now can reach", () => {
    const input = { required: [12, 12, 12], onHand: 10, attrition: 0, trainWeeks: 2 };
    expect(column(input, "shortfall")).toEqual([2, 2, 0]);
    expect(column(input, "hires")).toEqual([2, 0, 0]);
  });
});

describe("planHiring: hand-checked cases", () => {
  it("replaces 10 % weekly attrition one person a week, each as late as possible", () => {
    // Week 2: 9 veterans → 1 hire in week 1. Week 3: 8.1 + 0.9 = 9 → 1 hire in week 2. Week 4: 7.29 + 0.81 + 0.9 = 9 → 1.
    const input = { required: [10, 10, 10, 10], onHand: 10, attrition: 0.1, trainWeeks: 1 };
    expect(column(input, "hires")).toEqual([1, 1, 1, 0]);
    expect(column(input, "productiveFte").map((x) => Math.round(x * 1e9) / 1e9)).toEqual([10, 10, 10, 10]);
  });

  it("rounds a class up for the pass rate: 3 FTE short at 80 % → 4 people (3.2 FTE)", () => {
    const input = { required: [10, 10, 13], onHand: 10, attrition: 0, trainWeeks: 2, passRate: 0.8 };
    expect(column(input, "hires")).toEqual([4, 0, 0]);
    expect(column(input, "productiveFte")[2]).toBeCloseTo(13.2, 12);
  });

  it("starts a class a week earlier when the ramp makes the later class twice as big", () => {
    // Ramp {0.5}: 5 people trained in week 1 give 2.5 FTE in week 2 and 5 in week 3; starting in week 2 would need 10.
    const input = { required: [0, 0, 5, 5, 5], onHand: 0, attrition: 0, trainWeeks: 1, ramp: [0.5] };
    expect(column(input, "hires")).toEqual([5, 0, 0, 0, 0]);
    expect(column(input, "productiveFte")).toEqual([0, 2.5, 5, 5, 5]);
    expect(column(input, "inTraining")).toEqual([5, 0, 0, 0, 0]);
  });

  it("with 0 training weeks hires in the week itself", () => {
    expect(column({ required: [3, 5], onHand: 3, attrition: 0, trainWeeks: 0 }, "hires")).toEqual([0, 2]);
  });

  it("hires nobody when staff on hand exceed every week", () => {
    expect(column({ required: [4, 3, 2], onHand: 8, attrition: 0.2, trainWeeks: 1 }, "hires")).toEqual([0, 0, 0]);
  });
});

describe("planHiring: the extremes stay finite", () => {
  it("a billion FTE at 1 % pass rate, 1 % ramp and 99 % weekly attrition over ten years", () => {
    const plan = planHiring({ required: new Array(520).fill(1e9), onHand: 0, attrition: 0.99, trainWeeks: 0, ramp: [0.01], passRate: 0.01 });
    for (const w of plan) for (const v of Object.values(w)) expect(Number.isFinite(v)).toBe(true);
  });
});

describe("planHiring: bad input names the argument", () => {
  const base = { required: [10, 12], onHand: 10, attrition: 0, trainWeeks: 1 };
  it.each([
    [{ attrition: 1 }, "attrition"],
    [{ attrition: -0.1 }, "attrition"],
    [{ passRate: 0 }, "pass_rate"],
    [{ trainWeeks: -1 }, "train_weeks"],
    [{ trainWeeks: 1.5 }, "train_weeks"],
    [{ onHand: -1 }, "on_hand"],
    [{ required: [10, -2] }, "required (#2)"],
    [{ required: [] }, "required"],
    [{ ramp: [0.5, 0] }, "ramp (#2)"],
    [{ passRate: 0.005 }, "pass_rate"],
  ])("%o → InputError about %s", (patch, name) => {
    expect(() => planHiring({ ...base, ...patch })).toThrow(InputError);
    expect(() => planHiring({ ...base, ...patch })).toThrow(name);
  });
});

const plans = fc.record({
  required: fc.array(fc.integer({ min: 0, max: 60 }), { minLength: 1, maxLength: 16 }),
  onHand: fc.integer({ min: 0, max: 60 }),
  attrition: fc.double({ min: 0, max: 0.3, noNaN: true }),
  trainWeeks: fc.integer({ min: 0, max: 4 }),
  ramp: fc.array(fc.double({ min: 0.1, max: 1, noNaN: true }), { maxLength: 3 }),
  passRate: fc.double({ min: 0.5, max: 1, noNaN: true }),
});

describe("planHiring: properties", () => {
  it("covers every week from train_weeks on, with whole, non-negative hires", () => {
    fc.assert(
      fc.property(plans, (input) => {
        const plan = planHiring(input);
        plan.forEach((w, t) => {
          expect(Number.isInteger(w.hires) && w.hires >= 0).toBe(true);
          if (t >= input.trainWeeks) expect(w.shortfall).toBe(0);
          // A gap within the plan's 1e-9 FTE tolerance is rounding noise and reads as 0.
          expect(w.shortfall).toBeCloseTo(Math.max(0, input.required[t]! - w.productiveFte), 8);
        });
      }),
    );
  });

  it("less attrition never needs more hires", () => {
    fc.assert(
      fc.property(plans, fc.double({ min: 0, max: 1, noNaN: true }), (input, share) => {
        const total = (attrition: number): number => column({ ...input, attrition }, "hires").reduce((a, b) => a + b, 0);
        expect(total(input.attrition * share)).toBeLessThanOrEqual(total(input.attrition));
      }),
    );
  });

  it("counts in training exactly the classes started in the last train_weeks weeks", () => {
    fc.assert(
      fc.property(plans, (input) => {
        const plan = planHiring(input);
        plan.forEach((w, t) => {
          const started = plan.slice(Math.max(0, t - input.trainWeeks + 1), t + 1).reduce((a, x) => a + x.hires, 0);
          expect(w.inTraining).toBe(input.trainWeeks === 0 ? 0 : started);
        });
      }),
    );
  });
});
