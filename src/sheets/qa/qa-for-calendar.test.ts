import { InputError } from "../../core/errors";
import { stageOn, type PeakCalendar } from "../../core/peak/calendar";
import { SAMPLE_CALENDAR } from "../../core/peak/sample-calendar";
import { qaReviewDays } from "../../core/sample/qa-reviews";
import { SAMPLE_TEAM, type Agent } from "../../core/sample/team";
import { toSerialDate } from "../../core/serial-date";
import { unsupportedFormulaUses } from "../spec/portability";
import { buildQaSheets, MAX_QA_LOG_ROWS } from "./build-qa-sheets";
import { qaOptionsForCalendar } from "./generator";

const d = (month: number, day: number) => toSerialDate(2026, month, day);

describe("QA sheets for a peak calendar", () => {
  it("review on the event and after-sale days only: 31 Oct, 1 Nov and 10–22 Nov of the sample calendar", () => {
    const days = qaReviewDays(SAMPLE_CALENDAR);
    expect(days).toEqual([d(10, 31), d(11, 1), ...Array.from({ length: 13 }, (_, i) => d(11, 10 + i))]);
  });

  it.each(["zh-CN", "en-US"] as const)("fill the log with the team's agents on those days, every day, and open tracking on the peak (%s)", (locale) => {
    const options = qaOptionsForCalendar(SAMPLE_CALENDAR, SAMPLE_TEAM, locale);
    expect(options.map((o) => o.channel)).toEqual(["pre-sale", "after-sale"]);
    for (const o of options) {
      const agents = SAMPLE_TEAM.filter((a) => a.skill === o.channel).map((a) => a.name);
      expect(o.agents).toEqual(agents);
      expect(o.period).toEqual({ first: d(10, 31), last: d(11, 22) });
      const entries = o.entries!;
      // Every review date falls in an event or after-sale stage; none in the pre-sale between the waves.
      const stages = new Set(entries.map((e) => stageOn(SAMPLE_CALENDAR, e.date)?.kind));
      expect([...stages].sort()).toEqual(["aftersale", "event"]);
      expect(entries.every((e) => e.date >= o.period!.first && e.date <= o.period!.last)).toBe(true);
      // 15 review days: each agent reviewed every day, once a day.
      for (const name of agents) expect({ name, reviews: entries.filter((e) => e.agent === name).length }).toEqual({ name, reviews: 15 });
      expect(entries).toHaveLength(agents.length * 15);
      expect(new Set(entries.map((e) => e.conversation)).size).toBe(entries.length);
      expect(entries.find((e) => e.date === d(11, 11) && e.agent === agents[0])?.conversation).toMatch(/^(PS|AS)-1111-A\d{3}$/);
      // Two red lines per channel, on the two weakest agents of the channel.
      const weakest = SAMPLE_TEAM.filter((a) => a.skill === o.channel).sort((a, b) => a.kpi.qaScore - b.kpi.qaScore).slice(0, 2).map((a) => a.name);
      expect(entries.filter((e) => e.answers.redLineId).map((e) => e.agent).sort()).toEqual([...weakest].sort());
      expect(o.rows! >= entries.length).toBe(true);
      const conversations = new Set(entries.map((e) => e.conversation));
      expect(o.calibration!.scores.length).toBeGreaterThan(0);
      expect(o.calibration!.scores.every((s) => conversations.has(s.conversation))).toBe(true);
      const sheets = buildQaSheets(o, locale);
      for (const sheet of sheets) expect({ sheet: sheet.id, problems: unsupportedFormulaUses(sheet) }).toEqual({ sheet: sheet.id, problems: [] });
    }
  });

  it("take any team: its own names, its channels only, a longer peak reviewed every second day", () => {
    const team: Agent[] = SAMPLE_TEAM.filter((a) => a.skill === "after-sale").map((a, i) => ({ ...a, name: `售后${i + 1}` }));
    const long: PeakCalendar = { ...SAMPLE_CALENDAR, stages: SAMPLE_CALENDAR.stages.map((s) => (s.kind === "aftersale" ? { ...s, end: d(11, 30) } : s)) };
    const options = qaOptionsForCalendar(long, team, "zh-CN");
    expect(options.map((o) => o.channel)).toEqual(["after-sale"]);
    const entries = options[0]!.entries!;
    expect(new Set(entries.map((e) => e.agent))).toEqual(new Set(team.map((a) => a.name)));
    // 23 review days, every second one: 11 or 12 reviews each.
    for (const a of team) expect([11, 12]).toContain(entries.filter((e) => e.agent === a.name).length);
    expect(options[0]!.period).toEqual({ first: d(10, 31), last: d(11, 30) });
    expect(() => qaOptionsForCalendar(SAMPLE_CALENDAR, [], "en-US")).toThrow(InputError);
    expect(() => qaOptionsForCalendar({ ...SAMPLE_CALENDAR, eventDays: [] }, SAMPLE_TEAM, "en-US")).toThrow(InputError);
  });

  it("give a team of 600 a log within the QA sheets' limit: its blank rows build (a peak plan for a user's team keeps only them)", () => {
    const team: Agent[] = Array.from({ length: 600 }, (_, i) => ({ ...SAMPLE_TEAM[i % SAMPLE_TEAM.length]!, id: `B${i}`, name: `客服${i + 1}` }));
    const options = qaOptionsForCalendar(SAMPLE_CALENDAR, team, "zh-CN");
    const preSale = options.find((o) => o.channel === "pre-sale")!;
    // The sample reviews would not fit in the log.
    expect(preSale.entries!.length).toBeGreaterThan(MAX_QA_LOG_ROWS);
    expect(preSale.rows).toBe(MAX_QA_LOG_ROWS);
    const { entries: _entries, calibration: _calibration, ...blank } = preSale;
    expect(buildQaSheets(blank, "zh-CN").length).toBeGreaterThan(0);
  });
});
