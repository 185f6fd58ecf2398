import { isLocalizedError } from "../errors";
import { toSerialDate } from "../serial-date";
import { mondayOf, stageOn, validateCalendar, type PeakCalendar } from "./calendar";
import { SAMPLE_CALENDAR } from "./sample-calendar";

const d = (m: number, day: number) => toSerialDate(2026, m, day);

function message(calendar: PeakCalendar): { en: string; zh: string } {
  try {
    validateCalendar(calendar);
  } catch (e) {
    if (!isLocalizedError(e)) throw e;
    return { en: e.text["en-US"], zh: e.text["zh-CN"] };
  }
  throw new Error("no error");
}

describe("peak calendar", () => {
  it("accepts the sample (two waves) and finds each day's stage", () => {
    expect(() => validateCalendar(SAMPLE_CALENDAR)).not.toThrow();
    expect(stageOn(SAMPLE_CALENDAR, d(10, 31))?.kind).toBe("event");
    expect(stageOn(SAMPLE_CALENDAR, d(11, 5))?.kind).toBe("presale");
    expect(stageOn(SAMPLE_CALENDAR, d(12, 1))).toBeUndefined();
  });

  it("Mondays: 2026-11-11 (a Wednesday) belongs to the week of 2026-11-09", () => {
    expect(mondayOf(d(11, 11))).toBe(d(11, 9));
    expect(mondayOf(d(11, 9))).toBe(d(11, 9));
    expect(mondayOf(d(11, 15))).toBe(d(11, 9));
  });

  it.each<[string, PeakCalendar, RegExp, RegExp]>([
    ["no stage", { stages: [], eventDays: [] }, /at least one stage/, /至少需要一个阶段/],
    ["end before start", { stages: [{ kind: "event", start: d(11, 11), end: d(11, 10) }], eventDays: [{ date: d(11, 11), share: 1 }] }, /Stage 1 ends before it starts/, /第 1 个阶段的结束日期早于开始日期/],
    [
      "out of order",
      { stages: [{ kind: "event", start: d(11, 10), end: d(11, 11) }, { kind: "presale", start: d(10, 20), end: d(10, 30) }], eventDays: [{ date: d(11, 11), share: 1 }] },
      /date order/,
      /按日期顺序/,
    ],
    ["event day outside an event stage", { stages: [{ kind: "presale", start: d(11, 1), end: d(11, 11) }], eventDays: [{ date: d(11, 11), share: 1 }] }, /does not fall in an event stage/, /不在任何活动阶段内/],
    ["four event days", { stages: [{ kind: "event", start: d(11, 1), end: d(11, 11) }], eventDays: [1, 2, 3, 4].map((i) => ({ date: d(11, i), share: 1 })) }, /1 to 3 event days; got 4/, /1 到 3 个活动日/],
    ["a share of 0", { stages: [{ kind: "event", start: d(11, 11), end: d(11, 11) }], eventDays: [{ date: d(11, 11), share: 0 }] }, /above 0 and at most 2; got 0/, /大于 0 且不超过 2/],
    ["half a year", { stages: [{ kind: "event", start: d(1, 1), end: d(11, 11) }], eventDays: [{ date: d(11, 11), share: 1 }] }, /spans 315 days/, /跨度 315 天/],
  ])("refuses %s in both languages", (_what, calendar, en, zh) => {
    const m = message(calendar);
    expect(m.en).toMatch(en);
    expect(m.zh).toMatch(zh);
  });
});
