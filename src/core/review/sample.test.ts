import { computePayouts, payoutPlanForCalendar, sampleInputs } from "../payouts";
import { SAMPLE_CALENDAR } from "../peak/sample-calendar";
import { SAMPLE_TEAM } from "../sample/team";
import { computeReview } from "./compute-review";
import { sampleReviewInput } from "./sample";
import { reviewText } from "./types";

/** A plan of two event days: a smooth curve, the first day at 70 %, agents by a simple capacity rule. */
const main = Array.from({ length: 144 }, (_, s) => 400 + 300 * Math.cos((2 * Math.PI * s) / 144));
const forecast = [main.map((v) => v * 0.7), main];
const plan = { forecast, required: forecast.map((day) => day.map((v) => Math.ceil(v / 40))) };
const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);

describe("sampleReviewInput", () => {
  const input = sampleReviewInput(plan, true);
  const r = computeReview(input);

  it("is deterministic and keeps the plan's numbers and the calendar's event days", () => {
    expect(sampleReviewInput(plan, true)).toEqual(input);
    expect(input.linked).toBe(true);
    expect(sampleReviewInput(plan, false).linked).toBe(false);
    expect(input.days.map((d) => d.date)).toEqual(SAMPLE_CALENDAR.eventDays.map((e) => e.date));
    expect(input.days[1]!.forecast).toBe(forecast[1]);
  });

  it("misses the way the story says: wave 1 about 12 % above its forecast, the main day about 5 % below", () => {
    // Poisson noise on ~40 000 contacts is under 1 %.
    expect(sum(input.days[0]!.actual) / sum(forecast[0]!)).toBeCloseTo(1.12, 1);
    expect(Math.abs(sum(input.days[0]!.actual) / sum(forecast[0]!) - 1.12)).toBeLessThan(0.01);
    expect(Math.abs(sum(input.days[1]!.actual) / sum(forecast[1]!) - 0.95)).toBeLessThan(0.01);
    // The main day's midnight peak is later: over its first three hours the volume's centre is later than the forecast's.
    const centre = (xs: readonly number[]) => sum(xs.slice(0, 18).map((v, s) => v * s)) / sum(xs.slice(0, 18));
    expect(centre(input.days[1]!.actual)).toBeGreaterThan(centre(forecast[1]!) + 0.5);
  });

  it("has a few absences (never more agents than planned), and answer data on the last day only", () => {
    input.days.forEach((d, i) => {
      d.onDuty.forEach((n, s) => expect(n).toBeLessThanOrEqual(plan.required[i]![s]!));
      expect(r.days[i]!.shortSlots).toBeGreaterThan(0);
      expect(r.days[i]!.shortSlots).toBeLessThan(20);
    });
    expect(input.days[0]!.answered).toBeUndefined();
    expect(input.days[1]!.answered).toHaveLength(24);
    expect(r.days[1]!.hours.every((h) => h.measured)).toBe(true);
  });

  it("takes incentive cost and sales from the sample payout plan on the calendar's dates, and QA from the calendar's review days", () => {
    const payouts = computePayouts(payoutPlanForCalendar(SAMPLE_CALENDAR), sampleInputs(SAMPLE_TEAM));
    expect(r.incentives.totalCents).toBe(payouts.totalCents);
    expect(r.incentives.salesCents).toBe(payouts.salesCents);
    expect(input.qa.first).toBe(SAMPLE_CALENDAR.stages.find((s) => s.kind === "event")!.start);
    expect(input.qa.last).toBe(SAMPLE_CALENDAR.stages[SAMPLE_CALENDAR.stages.length - 1]!.end);
    expect(input.qa.reviews).toBeGreaterThan(0);
  });

  it("writes sentences that quote the engine's figures", () => {
    const texts = [...input.process.well, ...input.process.improve].map((x) => reviewText(x, "en-US"));
    r.days.forEach((day) => {
      const sl = `service level ${(day.serviceLevel! * 100).toFixed(1)}%`;
      expect(texts.some((t) => t.includes(sl) && t.includes(day.meetsTarget ? "above" : "below"))).toBe(true);
      expect(texts.some((t) => t.includes(`${day.shortSlots} slots short`))).toBe(true);
    });
    expect(input.improvements.map((i) => i.status)).toEqual(["inProgress", "done", "notStarted"]);
    // Both languages are filled.
    for (const x of [...input.process.improve, ...input.followUps.map((f) => f.teams)]) expect(reviewText(x, "zh-CN")).not.toBe(reviewText(x, "en-US"));
  });
});
