import fc from "fast-check";
import { accuracy } from "../forecast";
import { isInputError } from "../errors";
import { computeReview } from "./compute-review";
import type { ReviewDayInput, ReviewInput } from "./types";

/**
 * A hand-checkable day of 48 half-hour slots (2 per hour), AHT 180 s, answer target 20 s, so a slot
 * of 100 contacts is A = 100 × 180 ÷ 1800 = 10 Erlangs: the Call Centre Helper worked example
 * (published SL with 14 agents 0.8884, with 11 agents 0.3896).
 */
/** A day whose arrays a test may change. */
interface HandDay extends ReviewDayInput {
  forecast: number[];
  actual: number[];
  required: number[];
  onDuty: number[];
  answered?: (number | null)[];
  answeredWithin?: (number | null)[];
}

function handDay(): HandDay {
  const zeros = () => Array<number>(48).fill(0);
  const forecast = zeros();
  const actual = zeros();
  const required = zeros();
  const onDuty = zeros();
  // Hour 0: slots 0–1.
  [forecast[0], forecast[1], actual[0], actual[1], required[0], required[1], onDuty[0], onDuty[1]] = [90, 120, 100, 100, 14, 12, 14, 11];
  // Hour 1: slots 2–3, A = 5 with 10 agents; measured answers.
  [forecast[2], forecast[3], actual[2], actual[3], required[2], required[3], onDuty[2], onDuty[3]] = [60, 60, 50, 50, 8, 8, 10, 10];
  const answered: (number | null)[] = Array<number | null>(24).fill(null);
  const answeredWithin: (number | null)[] = Array<number | null>(24).fill(null);
  answered[1] = 95;
  answeredWithin[1] = 90;
  return { date: 46337, forecast, actual, required, onDuty, answered, answeredWithin };
}

interface HandInput extends ReviewInput {
  days: HandDay[];
}

function handInput(days: HandDay[] = [handDay()]): HandInput {
  return {
    linked: false,
    sample: false,
    days,
    settings: { ahtSeconds: 180, answerSeconds: 20, targetServiceLevel: 0.8, qaPassMark: 80 },
    incentives: { lines: [{ label: "Commission", costCents: 123_456 }, { label: "Prizes", costCents: 78_900 }], salesCents: 10_000_000 },
    qa: { first: 46300, last: 46330, reviews: 40, passed: 30, meanScore: 86.5, redLines: 1, topErrors: [{ label: "Needs discovery", failures: 9, answered: 36 }] },
    process: { well: [], improve: [] },
    improvements: [],
    followUps: [],
  };
}

describe("computeReview on a hand-checkable day", () => {
  const r = computeReview(handInput());
  const day = r.days[0]!;

  it("scores the forecast: WAPE 50/300 over slots, 30/300 over hours, bias +30/300", () => {
    expect(day.forecast).toBe(330);
    expect(day.actual).toBe(300);
    expect(day.wapeSlots).toBeCloseTo(50 / 300, 15);
    expect(day.wapeHours).toBeCloseTo(30 / 300, 15);
    expect(day.bias).toBeCloseTo(30 / 300, 15);
    expect(day.hours[0]).toMatchObject({ forecast: 210, actual: 200, absError: 10, requiredAvg: 13, onDutyAvg: 12.5, shortSlots: 1 });
    expect(day.hours[1]).toMatchObject({ forecast: 120, actual: 100, absError: 20, requiredAvg: 8, onDutyAvg: 10, shortSlots: 0 });
  });

  it("agrees with CS.ACCURACY's definitions (the core accuracy function)", () => {
    const d = handDay();
    expect(day.wapeSlots).toBe(accuracy(d.actual, d.forecast, "WAPE"));
    expect(day.bias).toBe(accuracy(d.actual, d.forecast, "BIAS"));
  });

  it("finds the short slot: 1 slot, 1 agent-slot, worst at slot 1 (00:30)", () => {
    expect(day.slots.map((s) => s.short).slice(0, 4)).toEqual([0, 1, 0, 0]);
    expect(day.shortSlots).toBe(1);
    expect(day.personSlotsShort).toBe(1);
    expect(day.worstSlot).toEqual({ slot: 1, short: 1 });
  });

  it("estimates the slots' service level by Erlang C: the published 0.8884 (14 agents) and 0.3896 (11 agents) at A = 10", () => {
    expect(day.slots[0]!.traffic).toBe(10);
    expect(day.slots[0]!.serviceLevel).toBeCloseTo(0.8884, 4);
    expect(day.slots[1]!.serviceLevel).toBeCloseTo(0.3896, 4);
    // Hour 0 has no answer data: the slots' estimates weighted by their volume (100 each).
    expect(day.hours[0]!.measured).toBe(false);
    expect(day.hours[0]!.serviceLevel).toBeCloseTo((day.slots[0]!.serviceLevel + day.slots[1]!.serviceLevel) / 2, 15);
    expect(day.hours[0]!.serviceLevel).toBeCloseTo((0.88835 + 0.38965) / 2, 4);
  });

  it("uses the measured answers where given: 90 of 95 within target", () => {
    expect(day.hours[1]).toMatchObject({ measured: true, answered: 95, answeredWithin: 90 });
    expect(day.hours[1]!.serviceLevel).toBe(90 / 95);
    // Empty hours have no service level.
    expect(day.hours[5]!.serviceLevel).toBeNull();
  });

  it("weights the day's service level by the hours' actual volume and says whether it met the target", () => {
    const expected = (day.hours[0]!.serviceLevel! * 200 + (90 / 95) * 100) / 300;
    expect(day.serviceLevel).toBeCloseTo(expected, 15);
    expect(day.meetsTarget).toBe(expected >= 0.8);
    expect(day.meetsTarget).toBe(false);
  });

  it("keeps money exact: 1,234.56 + 789.00 = 2,023.56 of 100,000.00 sales", () => {
    expect(r.incentives.totalCents).toBe(202_356);
    expect(r.incentives.costShare).toBe(202_356 / 10_000_000);
    expect(r.qa).toMatchObject({ reviews: 40, passRate: 0.75, meanScore: 86.5, redLines: 1, topErrors: [{ failures: 9, answered: 36, rate: 0.25 }] });
  });
});

describe("computeReview edge cases and all event days", () => {
  it("gives SL 0 when the agents on duty cannot keep up (N ≤ A) and 1 with no traffic", () => {
    const d = handDay();
    d.onDuty[0] = 10; // A = 10
    const r = computeReview(handInput([d]));
    expect(r.days[0]!.slots[0]!.serviceLevel).toBe(0);
    expect(r.days[0]!.slots[10]!.serviceLevel).toBe(1);
  });

  it("adds days up: all event days are the slots of every day together", () => {
    const a = handDay();
    const b = handDay();
    b.actual[6] = 60; // a day 60 contacts busier, unforecast
    delete b.answered;
    delete b.answeredWithin;
    const r = computeReview(handInput([a, b]));
    expect(r.all.actual).toBe(660);
    expect(r.all.forecast).toBe(660);
    expect(r.all.wapeSlots).toBeCloseTo((50 + 50 + 60) / 660, 15);
    expect(r.all.wapeHours).toBeCloseTo((30 + 30 + 60) / 660, 15);
    expect(r.all.bias).toBeCloseTo(0, 15);
    expect(r.all.personSlotsShort).toBe(2);
    expect(r.all.serviceLevel).toBeCloseTo((r.days[0]!.serviceLevel! * 300 + r.days[1]!.serviceLevel! * 360) / 660, 15);
  });

  it("has no accuracy or service level when nothing arrived", () => {
    const d = handDay();
    d.actual.fill(0);
    const r = computeReview(handInput([d]));
    expect(r.days[0]!.wapeSlots).toBeNull();
    expect(r.days[0]!.bias).toBeNull();
    // Hour 1 still has its measured answers; with no actual volume it weighs nothing.
    expect(r.days[0]!.serviceLevel).toBeNull();
    expect(r.days[0]!.meetsTarget).toBeNull();
  });

  it.each([
    ["more answered within target than answered", (i: HandInput) => (i.days[0]!.answeredWithin![1] = 96)],
    ["half an agent on duty", (i: HandInput) => (i.days[0]!.onDuty[0] = 0.5)],
    ["a negative actual volume", (i: HandInput) => (i.days[0]!.actual[3] = -1)],
    ["30 slots a day", (i: HandInput) => (i.days = [{ ...i.days[0]!, forecast: Array<number>(30).fill(0) }])],
    ["a target of 80 (not 0.8)", (i: HandInput) => (i.settings.targetServiceLevel = 80)],
    ["fractional cents", (i: HandInput) => (i.incentives = { ...i.incentives, salesCents: 10.5 })],
    ["more passed than reviewed", (i: HandInput) => (i.qa = { ...i.qa, passed: 41 })],
  ])("rejects %s in plain words", (_what, spoil) => {
    const input = handInput();
    spoil(input);
    let error: unknown;
    try {
      computeReview(input);
    } catch (e) {
      error = e;
    }
    expect(isInputError(error)).toBe(true);
  });
});

describe("computeReview properties", () => {
  const day = (values: { f: number; a: number; r: number; n: number }[], date: number): ReviewDayInput => ({
    date,
    forecast: values.map((v) => v.f),
    actual: values.map((v) => v.a),
    required: values.map((v) => v.r),
    onDuty: values.map((v) => v.n),
  });
  const slot = fc.record({ f: fc.integer({ min: 0, max: 400 }), a: fc.integer({ min: 0, max: 400 }), r: fc.integer({ min: 0, max: 30 }), n: fc.integer({ min: 0, max: 30 }) });
  const days = fc.array(fc.array(slot, { minLength: 48, maxLength: 48 }), { minLength: 1, maxLength: 3 });

  it("counts, sums and levels stay consistent for any day: hours add up to the day, all days to the days, SL within 0–1", () => {
    fc.assert(
      fc.property(days, (ds) => {
        const r = computeReview(handInput(ds.map((d, i) => day(d, 46330 + i) as HandDay)));
        r.days.forEach((d, i) => {
          const slots = ds[i]!;
          expect(d.shortSlots).toBe(slots.filter((s) => s.r > s.n).length);
          expect(d.personSlotsShort).toBe(slots.reduce((t, s) => t + Math.max(0, s.r - s.n), 0));
          expect(d.hours.reduce((t, h) => t + h.shortSlots, 0)).toBe(d.shortSlots);
          expect(d.hours.reduce((t, h) => t + h.actual, 0)).toBe(d.actual);
          // Hourly totals can only cancel errors: WAPE over hours ≤ WAPE over slots.
          if (d.wapeSlots !== null) expect(d.wapeHours!).toBeLessThanOrEqual(d.wapeSlots + 1e-12);
          for (const s of d.slots) expect(s.serviceLevel >= 0 && s.serviceLevel <= 1).toBe(true);
          if (d.worstSlot) expect(d.slots[d.worstSlot.slot]!.short).toBe(Math.max(...d.slots.map((s) => s.short)));
        });
        expect(r.all.personSlotsShort).toBe(r.days.reduce((t, d) => t + d.personSlotsShort, 0));
        expect(r.all.actual).toBe(r.days.reduce((t, d) => t + d.actual, 0));
      }),
      { numRuns: 60 },
    );
  });
});
