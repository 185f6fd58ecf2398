import fc from "fast-check";
import { forecastSample } from "../forecast";
import { planHiring } from "../hiring";
import { capacityAgents } from "../staffing";
import { computePeakPlan, crewPeaks, planWeeks, type PeakPlanInput } from "./plan";
import { SAMPLE_CALENDAR } from "./sample-calendar";
import { toSerialDate } from "../serial-date";

function input(overrides: Partial<PeakPlanInput["forecast"]> = {}): PeakPlanInput {
  const s = forecastSample();
  return {
    calendar: SAMPLE_CALENDAR,
    forecast: { pastLabels: s.pastLabels, pastDays: s.pastDays, pastBaselines: s.pastBaselines, baseline: 12_000, combine: "mean", ...overrides },
    capacity: { perAgentHour: 360, automationRate: 0.3, absence: 0.05, breaks: 0.1 },
    stageLoads: { normal: 0.6, training: 0.6, presale: 0.75, aftersale: 0.7 },
    hiring: { onHand: 30, attrition: 0.02, trainWeeks: 1, passRate: 0.9, ramp: [0.7] },
  };
}

describe("computePeakPlan", () => {
  it("each event day totals baseline × uplift × its share, and the main day is the largest share", () => {
    const p = computePeakPlan(input());
    expect(p.mainDay).toBe(1);
    SAMPLE_CALENDAR.eventDays.forEach((d, i) => {
      expect(p.forecast[i]!.reduce((a, b) => a + b, 0)).toBeCloseTo(12_000 * p.uplift * d.share, 6);
    });
    expect(p.uplift).toBe(p.combinedUplift);
  });

  it("agents per slot are the capacity rule's, people the crew rule's, hires the CS.HIRES model's", () => {
    const i = input();
    const p = computePeakPlan(i);
    p.forecast.forEach((day, d) =>
      day.forEach((volume, s) => expect(p.agents[d]![s]).toBe(capacityAgents({ volume, perAgentHour: 360, intervalSeconds: 600, automationRate: 0.3 }))),
    );
    // Hand check of the crew rule on the main day.
    const peaks = crewPeaks(p.agents[1]!);
    expect(p.peopleNeeded[1]).toBe(Math.ceil(peaks.reduce((a, b) => a + b, 0) / 0.95 / 0.9));
    expect(p.hiring).toEqual(planHiring({ required: p.weeks.map((w) => w.required), onHand: 30, attrition: 0.02, trainWeeks: 1, ramp: [0.7], passRate: 0.9 }));
  });

  it("weeks run from a training-length before the first stage to the last stage; event weeks take their days' people", () => {
    const weeks = planWeeks(SAMPLE_CALENDAR, 1);
    expect(weeks[0]!.start).toBe(toSerialDate(2026, 10, 5));
    expect(weeks.at(-1)!.start).toBe(toSerialDate(2026, 11, 16));
    expect(weeks.map((w) => w.kind)).toEqual(["normal", "training", "presale", "event", "presale", "event", "aftersale"]);
    const p = computePeakPlan(input());
    expect(p.weeks[3]!.required).toBe(p.peopleNeeded[0]);
    expect(p.weeks[5]!.required).toBe(p.peopleNeeded[1]);
    expect(p.weeks[2]!.required).toBe(Math.ceil(p.peopleNeeded[1]! * 0.75));
  });

  it("a bigger uplift never needs fewer agents, people or hires (property)", () => {
    const base = computePeakPlan(input());
    fc.assert(
      fc.property(fc.double({ min: 1, max: 3, noNaN: true }), (factor) => {
        const p = computePeakPlan(input({ uplift: base.combinedUplift * factor }));
        p.agents.forEach((day, d) => day.forEach((a, s) => expect(a).toBeGreaterThanOrEqual(base.agents[d]![s]!)));
        p.peopleNeeded.forEach((n, d) => expect(n).toBeGreaterThanOrEqual(base.peopleNeeded[d]!));
        expect(p.hiring.reduce((a, w) => a + w.hires, 0)).toBeGreaterThanOrEqual(base.hiring.reduce((a, w) => a + w.hires, 0));
      }),
      { numRuns: 40 },
    );
  });

  it.each([
    [{ uplift: 0 }, /uplift must be a number above 0/],
    [{ uplift: Number.NaN }, /uplift must be a number above 0/],
  ])("refuses %j in words", (overrides, message) => {
    expect(() => computePeakPlan(input(overrides))).toThrow(message);
  });

  it("refuses absence or breaks outside 0–50 % and a ramp longer than four weeks", () => {
    expect(() => computePeakPlan({ ...input(), capacity: { ...input().capacity, absence: 0.6 } })).toThrow(/Absence must be 0 % to 50 %/);
    expect(() => computePeakPlan({ ...input(), capacity: { ...input().capacity, breaks: -0.1 } })).toThrow(/Meals and breaks/);
    expect(() => computePeakPlan({ ...input(), hiring: { ...input().hiring, ramp: [0.5, 0.6, 0.7, 0.8, 0.9] } })).toThrow(/at most 4 weeks/);
  });
});
