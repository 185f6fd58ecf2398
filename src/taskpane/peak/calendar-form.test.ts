import { SAMPLE_CALENDAR } from "../../core/peak";
import { TASKPANE_TEXT } from "../../i18n/taskpane";
import { calendarForm, parseCalendarForm, readCalendarForm } from "./calendar-form";

const EN = TASKPANE_TEXT["en-US"].peak;

describe("the Peak panel's calendar form", () => {
  it("gives back the sample calendar it was filled with, through its stored JSON", () => {
    const stored = parseCalendarForm(JSON.stringify(calendarForm(SAMPLE_CALENDAR)));
    expect(stored?.stages[2]).toEqual({ kind: "event", start: "2026-10-31", end: "2026-11-01" });
    expect(readCalendarForm(stored!, EN, "en-US")).toEqual({ ok: true, calendar: SAMPLE_CALENDAR });
  });

  it("names the row of a missing date or a bad share, then the calendar's own rule, in the pane's language", () => {
    const form = calendarForm(SAMPLE_CALENDAR);
    expect(readCalendarForm({ ...form, stages: form.stages.map((s, i) => (i === 3 ? { ...s, end: "" } : s)) }, EN, "en-US")).toEqual({ ok: false, message: "Stage 4: enter a start and an end date." });
    expect(readCalendarForm({ ...form, days: [form.days[0]!, { date: "2026-11-11", share: "0" }] }, EN, "en-US")).toMatchObject({ ok: false, message: expect.stringContaining("Event day 2") as unknown as string });
    // Both days on 11 November: validateCalendar's rule, in Chinese for a Chinese pane.
    const twice = { ...form, days: [{ date: "2026-11-11", share: "1" }, { date: "2026-11-11", share: "1" }] };
    expect(readCalendarForm(twice, TASKPANE_TEXT["zh-CN"].peak, "zh-CN")).toEqual({ ok: false, message: "活动日须按日期顺序填写，且不重复。" });
  });

  it("ignores a stored value that is not a calendar form", () => {
    expect(parseCalendarForm("{")).toBeUndefined();
    expect(parseCalendarForm(JSON.stringify({ stages: [{ kind: "party", start: "", end: "" }], days: [] }))).toBeUndefined();
  });
});
