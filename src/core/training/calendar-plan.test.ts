import fc from "fast-check";
import { InputError } from "../errors";
import type { PeakCalendar } from "../peak/calendar";
import { SAMPLE_CALENDAR } from "../peak/sample-calendar";
import { SAMPLE_TEAM } from "../sample/team";
import { toSerialDate } from "../serial-date";
import { MAX_NEW_HIRES, newHireNames, trainingPlanForCalendar } from "./calendar-plan";
import { readyDate, readyOn } from "./readiness";

const d = (month: number, day: number) => toSerialDate(2026, month, day);
const TEMPS = SAMPLE_TEAM.filter((a) => a.employment === "temporary").map((a) => a.name);
const inStage = (day: number) => day >= d(10, 12) && day <= d(10, 19);

describe("trainingPlanForCalendar", () => {
  it("trains the team's temporaries and the new hires in the training stage, ready by the first wave", () => {
    const plan = trainingPlanForCalendar(SAMPLE_CALENDAR, SAMPLE_TEAM, { newHires: 6, locale: "zh-CN" });
    expect(plan.trainees.map((t) => t.name)).toEqual([...TEMPS, "新人1", "新人2", "新人3", "新人4", "新人5", "新人6"]);
    expect(TEMPS).toHaveLength(10);
    expect([plan.firstDay, plan.eventDate]).toEqual([d(10, 12), d(10, 31)]);
    expect(plan.sessions.every((s) => inStage(s.date))).toBe(true);
    expect(plan.sessions.filter((s) => s.course === 0).map((s) => s.date)).toEqual([d(10, 12), d(10, 12)]);
    // Needed on the floor from the day after training (20 Oct), all 16; the table runs 12–31 Oct.
    expect(plan.needed).toHaveLength(20);
    expect(plan.needed.indexOf(16)).toBe(d(10, 20) - d(10, 12));
    expect(plan.needed.slice(0, 8).every((n) => n === 0) && plan.needed.slice(8).every((n) => n === 16)).toBe(true);
    expect(plan.ramp.hires.every((h) => h.startDate === d(10, 20) && h.actuals.length === 0)).toBe(true);
    // A user's plan: no invented results.
    expect(plan.records.every((r) => r.score === null && r.attended === null)).toBe(true);
    expect(plan.records).toHaveLength(16 * plan.courses.length);
  });

  it("names new hires in the locale, and groups them as new hires in both languages", () => {
    expect(newHireNames(2, "en-US")).toEqual(["New hire 1", "New hire 2"]);
    const plan = trainingPlanForCalendar(SAMPLE_CALENDAR, SAMPLE_TEAM, { newHires: 2, locale: "en-US" });
    expect(plan.trainees.slice(-2)).toEqual([
      { name: "New hire 1", group: { "en-US": "New hire", "zh-CN": "新人" } },
      { name: "New hire 2", group: { "en-US": "New hire", "zh-CN": "新人" } },
    ]);
    expect(plan.trainees[0]!.group["en-US"]).toBe("Pre-sale");
  });

  it("fills the sample's results inside the stage: 14 of 16 ready on 31 Oct, 唐诗 and 新人4 with retakes to sit", () => {
    const plan = trainingPlanForCalendar(SAMPLE_CALENDAR, SAMPLE_TEAM, { newHires: 6, locale: "zh-CN", sampleResults: true });
    expect(plan.records.every((r) => r.examDate !== null && inStage(r.examDate) && r.examDate >= plan.sessions.find((s) => s.code === r.session)!.date)).toBe(true);
    expect(readyOn(plan, plan.eventDate)).toBe(14);
    expect(plan.trainees.filter((t) => readyDate(plan, t.name) === null).map((t) => t.name)).toEqual(["唐诗", "新人4"]);
    // Three weeks on the floor by the main day (20 Oct – 11 Nov).
    expect(plan.ramp.hires.every((h) => h.actuals.every((row) => row.length === 3))).toBe(true);
  });

  it("keeps every session and exam inside a training stage of any length, for any number of new hires", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 9 }), fc.integer({ min: 0, max: 40 }), (days, hires) => {
        const start = d(10, 12);
        const calendar: PeakCalendar = {
          ...SAMPLE_CALENDAR,
          stages: SAMPLE_CALENDAR.stages.map((s) => (s.kind === "training" ? { ...s, start, end: start + days - 1 } : s)),
        };
        const plan = trainingPlanForCalendar(calendar, SAMPLE_TEAM, { newHires: hires, locale: "en-US", sampleResults: true });
        expect(plan.trainees).toHaveLength(TEMPS.length + hires);
        expect(plan.sessions.every((s) => s.date >= start && s.date < start + days)).toBe(true);
        expect(plan.records.every((r) => r.examDate! >= start && r.examDate! < start + days)).toBe(true);
        expect(plan.ramp.hires.every((h) => h.startDate === start + days)).toBe(true);
      }),
      { numRuns: 40 },
    );
  });

  it("answers bad input in both languages: new hires not whole or above the cap, no training stage, training after the first wave", () => {
    for (const n of [-1, 1.5, MAX_NEW_HIRES + 1, Number.NaN]) expect(() => trainingPlanForCalendar(SAMPLE_CALENDAR, SAMPLE_TEAM, { newHires: n, locale: "en-US" })).toThrow(InputError);
    expect(() => trainingPlanForCalendar(SAMPLE_CALENDAR, SAMPLE_TEAM, { newHires: 1001, locale: "zh-CN" })).toThrow("New hires (1001) must be a whole number from 0 to 1000.");
    // A team of 300 before a peak may hire about 200 (docs/peak-plan.md, Large teams): not a typo.
    expect(trainingPlanForCalendar(SAMPLE_CALENDAR, SAMPLE_TEAM, { newHires: 250, locale: "zh-CN" }).trainees.filter((t) => t.name.startsWith("新人"))).toHaveLength(250);
    const noTraining = { ...SAMPLE_CALENDAR, stages: SAMPLE_CALENDAR.stages.filter((s) => s.kind !== "training") };
    let caught: unknown;
    try {
      trainingPlanForCalendar(noTraining, SAMPLE_TEAM, { newHires: 1, locale: "en-US" });
    } catch (e) {
      caught = e;
    }
    expect((caught as InputError).text).toEqual({
      "en-US": "The calendar has no training stage: add its dates to plan the training.",
      "zh-CN": "日历中没有培训期：请填写培训期的日期后再安排培训。",
    });
    const late: PeakCalendar = {
      stages: [
        { kind: "event", start: d(10, 31), end: d(11, 1) },
        { kind: "training", start: d(11, 2), end: d(11, 8) },
        { kind: "event", start: d(11, 10), end: d(11, 11) },
      ],
      eventDays: [{ date: d(10, 31), share: 0.7 }, { date: d(11, 11), share: 1 }],
    };
    expect(() => trainingPlanForCalendar(late, SAMPLE_TEAM, { newHires: 1, locale: "en-US" })).toThrow(InputError);
    // No temporaries and no new hires: nobody to train.
    expect(() => trainingPlanForCalendar(SAMPLE_CALENDAR, SAMPLE_TEAM.filter((a) => a.employment === "full-time"), { newHires: 0, locale: "en-US" })).toThrow(InputError);
  });
});
