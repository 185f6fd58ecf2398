import fc from "fast-check";
import { InputError } from "../errors";
import { forecastSample } from "../forecast";
import { isoDate } from "../serial-date";
import { computePeakPlan } from "./plan";
import { parseIsoDate, parsePeakPlanFile, PEAK_PLAN_DEFAULTS } from "./plan-file";
import { SAMPLE_CALENDAR } from "./sample-calendar";

const history = forecastSample();

/** The sample shop's calendar and history written as a plan file (what docs/peak-plan.md shows). */
function sampleFile(): Record<string, unknown> {
  return {
    name: "双11 2026",
    calendar: {
      stages: SAMPLE_CALENDAR.stages.map((s) => ({ kind: s.kind, start: isoDate(s.start), end: isoDate(s.end) })),
      eventDays: SAMPLE_CALENDAR.eventDays.map((d) => ({ date: isoDate(d.date), share: d.share })),
    },
    forecast: {
      past: history.pastDays.map((slots, i) => ({ label: history.pastLabels[i], baseline: history.pastBaselines[i], slots })),
      baseline: 12000,
    },
  };
}

/** The message in both languages, or a failure when the file is accepted. */
function refusal(file: unknown): { en: string; zh: string } {
  try {
    parsePeakPlanFile(JSON.stringify(file), 30);
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    return { en: e.text["en-US"], zh: e.text["zh-CN"] };
  }
  throw new Error("accepted");
}

/** A copy of the sample file with one change at `path` (dots and [index]). */
function withField(path: string, value: unknown): Record<string, unknown> {
  const file = sampleFile();
  const keys = path.split(".");
  let at: Record<string, unknown> = file;
  for (const key of keys.slice(0, -1)) at = at[key] as Record<string, unknown>;
  at[keys[keys.length - 1]!] = value;
  return file;
}

describe("parsePeakPlanFile", () => {
  it("reads the sample's calendar and history back exactly; what is left out takes the defaults, people on hand the team's size", () => {
    const { name, plan } = parsePeakPlanFile(JSON.stringify(sampleFile()), 37);
    expect(name).toBe("双11 2026");
    expect(plan.calendar).toEqual(SAMPLE_CALENDAR);
    expect(plan.forecast).toEqual({ pastLabels: history.pastLabels, pastDays: history.pastDays, pastBaselines: history.pastBaselines, baseline: 12000, combine: "mean" });
    expect(plan.capacity).toEqual(PEAK_PLAN_DEFAULTS.capacity);
    expect(plan.stageLoads).toEqual(PEAK_PLAN_DEFAULTS.stageLoads);
    expect(plan.hiring).toEqual({ ...PEAK_PLAN_DEFAULTS.hiring, onHand: 37 });
    // The file's plan is one the engine computes: 12 000 a normal day × the sample's uplift.
    expect(computePeakPlan(plan).forecast[1]!.reduce((a, b) => a + b, 0)).toBeCloseTo(12000 * computePeakPlan(plan).uplift, 6);
  });

  it("takes the fields it is given (uplift, capacity, ramp), a BOM and a one-share default", () => {
    const file = sampleFile();
    Object.assign(file, { capacity: { perAgentHour: 300, automationRate: 0.2 }, hiring: { onHand: 50, ramp: [0.5, 0.8] } });
    (file.forecast as Record<string, unknown>).uplift = 8;
    (file.calendar as { eventDays: Record<string, unknown>[] }).eventDays[1] = { date: "2026-11-11" };
    const { plan } = parsePeakPlanFile(`\uFEFF${JSON.stringify(file)}`, 30);
    expect(plan.forecast.uplift).toBe(8);
    expect(plan.capacity).toEqual({ ...PEAK_PLAN_DEFAULTS.capacity, perAgentHour: 300, automationRate: 0.2 });
    expect(plan.hiring.onHand).toBe(50);
    expect(plan.hiring.ramp).toEqual([0.5, 0.8]);
    expect(plan.calendar.eventDays[1]!.share).toBe(1);
  });

  it.each([
    ["calendar.stages", "x", "calendar.stages must be a list"],
    ["calendar.eventDays", [{ date: "11/11/2026", share: 1 }], 'calendar.eventDays[1].date must be a date written 2026-11-11; got "11/11/2026"'],
    ["calendar.eventDays", [{ date: "2026-11-11", share: 3 }], "calendar.eventDays[1].share must be 0.01 to 2; got 3"],
    ["calendar.eventDays", [{ date: "2026-12-25", share: 1 }], "Event day 1 does not fall in an event stage."],
    ["forecast.past", [], "forecast.past needs at least one past event day"],
    ["forecast.past", [{ baseline: 9000, slots: [1, 2, 3] }], "forecast.past[1].slots has 3 counts; a day has 24, 48, 72, 96, 144"],
    ["forecast.past", [{ baseline: 9000, slots: Array(24).fill(0) }], "forecast.past[1].slots are all 0"],
    ["forecast.past", [{ baseline: 9000, slots: [...Array(23).fill(5), -1] }], "forecast.past[1].slots[24] must be 0 to 1000000000; got -1"],
    ["forecast.past", [{ baseline: 9000, slots: Array(24).fill(5) }, { baseline: 9000, slots: Array(48).fill(5) }], "forecast.past[2].slots has 48 counts, forecast.past[1] 24"],
    ["forecast.past", [{ baseline: "9000", slots: Array(24).fill(5) }], 'forecast.past[1].baseline must be a number; got "9000"'],
    ["forecast.baseline", 0, "forecast.baseline must be 1 to 1000000000; got 0"],
    ["forecast.combine", "median", 'forecast.combine must be one of mean, max, last; got "median"'],
    ["capacity", { automationRate: 30 }, "capacity.automationRate must be 0 to 0.99 (a share: 0.3 = 30 %); got 30"],
    ["capacity", { capcity: 1 }, "capacity.capcity is not a field of the plan file"],
    ["hiring", { trainWeeks: 1.5 }, "hiring.trainWeeks must be a whole number; got 1.5"],
    ["hiring", { ramp: [0.2, 0.4, 0.6, 0.8, 0.9] }, "hiring.ramp lists 5 weeks; at most 4"],
    ["stageLoads", { presale: -0.1 }, "stageLoads.presale must be 0 to 2"],
    ["team", ["王芳"], "team is not a field of the plan file"],
  ])("%s = %j is refused: %s", (path, value, message) => {
    const { en, zh } = refusal(withField(path, value));
    expect(en).toContain(message);
    // The Chinese message names the same field (or says the same rule).
    const field = /^[a-z][\w.[\]]*/i.exec(message)?.[0];
    if (field && field.includes(".")) expect(zh).toContain(field);
    expect(zh).toMatch(/[\u4e00-\u9fff]/);
  });

  it("refuses text that is not JSON, or not an object", () => {
    expect(refusal("[1, 2]" as unknown as object).en).toContain("the plan file must be an object");
    expect(() => parsePeakPlanFile("{ nope", 1)).toThrow(/not valid JSON/);
    expect(() => parsePeakPlanFile("[]", 1)).toThrow(/the plan file must be an object/);
  });
});

describe("parseIsoDate", () => {
  it("reads every date back from its ISO text (1900–2100)", () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 73_050 }), (serial) => parseIsoDate(isoDate(serial)) === serial));
  });

  it.each(["2027-02-29", "2026-02-30", "2026-04-31", "2026-13-01", "2026-00-10", "2026-1-1", "11/11/2026", ""])("refuses %j", (text) => {
    expect(parseIsoDate(text)).toBeUndefined();
  });

  it("accepts a leap day", () => expect(parseIsoDate("2028-02-29")).toBe(parseIsoDate("2028-02-28")! + 1));
});
