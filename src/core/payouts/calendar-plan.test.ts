import fc from "fast-check";
import { InputError } from "../errors";
import type { PeakCalendar, PeakStage, StageKind } from "../peak/calendar";
import { SAMPLE_CALENDAR } from "../peak/sample-calendar";
import { SAMPLE_TEAM } from "../sample/team";
import { toSerialDate } from "../serial-date";
import { payoutPlanForCalendar, POOL_OF_STAGE } from "./calendar-plan";
import { STAGE_KEYS } from "./plan";
import { SAMPLE_PLAN, sampleInputs } from "./sample-plan";
import { computePayouts } from "./statement";

const d = (month: number, day: number) => toSerialDate(2026, month, day);

describe("payoutPlanForCalendar", () => {
  const plan = payoutPlanForCalendar(SAMPLE_CALENDAR);

  it("dates each pool from the first start to the last end of its stages, the period from the calendar's first to last day", () => {
    const dates = Object.fromEntries(plan.stages.map((s) => [s.key, [s.startSerial, s.endSerial]]));
    expect(dates).toEqual({
      training: [d(10, 12), d(10, 19)],
      preSale: [d(10, 20), d(11, 9)],
      event: [d(10, 31), d(11, 11)],
      afterSale: [d(11, 12), d(11, 22)],
    });
    expect([plan.periodStartSerial, plan.periodEndSerial]).toEqual([d(10, 12), d(11, 22)]);
    // Two waves: pre-sale and event keep their separate runs of days.
    expect(plan.stages.find((s) => s.key === "event")!.spans).toEqual([
      { start: d(10, 31), end: d(11, 1) },
      { start: d(11, 10), end: d(11, 11) },
    ]);
    expect(plan.stages.find((s) => s.key === "preSale")!.spans).toHaveLength(2);
    expect(plan.stages.find((s) => s.key === "training")!.spans).toBeUndefined();
  });

  it("keeps the sample plan's rules and budgets, and every pool splits to its budget to the cent", () => {
    expect(plan.stages.map((s) => s.budgetCents)).toEqual(SAMPLE_PLAN.stages.map((s) => s.budgetCents));
    expect(plan.kpis).toBe(SAMPLE_PLAN.kpis);
    const result = computePayouts(plan, sampleInputs(SAMPLE_TEAM));
    for (const k of STAGE_KEYS) {
      expect({ k, cents: result.lines.reduce((sum, l) => sum + l.stageCents[k], 0) }).toEqual({ k, cents: plan.stages.find((s) => s.key === k)!.budgetCents });
    }
    expect(result.lines.reduce((sum, l) => sum + l.totalCents, 0)).toBe(result.totalCents);
    expect(result.lines.every((l) => Number.isSafeInteger(l.totalCents))).toBe(true);
  });

  it("answers a calendar without an after-sale stage (or an invalid one) in both languages", () => {
    const noAfterSale: PeakCalendar = { ...SAMPLE_CALENDAR, stages: SAMPLE_CALENDAR.stages.filter((s) => s.kind !== "aftersale") };
    let caught: unknown;
    try {
      payoutPlanForCalendar(noAfterSale);
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(InputError);
    expect((caught as InputError).text["en-US"]).toMatch(/no after-sale stage/);
    expect((caught as InputError).text["zh-CN"]).toMatch(/没有售后期/);
    expect(() => payoutPlanForCalendar({ ...SAMPLE_CALENDAR, eventDays: [] })).toThrow(InputError);
  });

  it("for any calendar with every kind: each pool covers exactly its stages' days and lies in the period", () => {
    const kinds: StageKind[] = ["training", "presale", "event", "aftersale"];
    const calendarArb = fc
      .array(fc.record({ gap: fc.integer({ min: 0, max: 5 }), length: fc.integer({ min: 1, max: 9 }) }), { minLength: 4, maxLength: 8 })
      .map((runs) => {
        let day = d(10, 1);
        const stages: PeakStage[] = runs.map((r, i) => {
          const start = day + r.gap;
          day = start + r.length;
          return { kind: kinds[i % 4]!, start, end: start + r.length - 1 };
        });
        const event = stages.find((s) => s.kind === "event")!;
        return { stages, eventDays: [{ date: event.start, share: 1 }] } satisfies PeakCalendar;
      });
    fc.assert(
      fc.property(calendarArb, (calendar) => {
        const p = payoutPlanForCalendar(calendar);
        for (const pool of p.stages) {
          const mine = calendar.stages.filter((s) => POOL_OF_STAGE[s.kind] === pool.key);
          expect(pool.startSerial).toBe(Math.min(...mine.map((s) => s.start)));
          expect(pool.endSerial).toBe(Math.max(...mine.map((s) => s.end)));
          expect(pool.spans?.length ?? 1).toBe(mine.length);
          expect(pool.startSerial >= p.periodStartSerial && pool.endSerial <= p.periodEndSerial).toBe(true);
        }
      }),
    );
  });
});
