import { readFileSync } from "node:fs";
import { join } from "node:path";
import { isInputError } from "../errors";
import { double11Preset } from "./double11";
import { parseScenario, parseScenarioText } from "./scenario";
import { scenarioToJson } from "./scenario-json";

const base = () => ({
  slotMinutes: 60,
  demand: [Array.from({ length: 24 }, () => 1)],
  shifts: [{ name: "Day", start: "08:00", end: "16:00", cost: 1 }],
});

/** The InputError a scenario raises, in both languages. */
function errorOf(json: unknown): { en: string; zh: string } {
  try {
    parseScenario(json);
  } catch (e) {
    if (isInputError(e)) return { en: e.text["en-US"], zh: e.text["zh-CN"] };
    throw e;
  }
  throw new Error("no error");
}

describe("parseScenario", () => {
  it("reads the issue's CLI format with defaults (cyclic, 11 h rest, sample team)", () => {
    const s = parseScenario({
      ...base(),
      shifts: [{ name: "Morning", start: "05:00", end: "13:00", cost: 1, max: 25, meal: { minutes: 30, earliestStart: "03:30", latestStart: "05:00" } }],
      maxPerSlot: 25,
    });
    expect(s.days).toBe(1);
    expect(s.shifts[0]).toMatchObject({ startMinutes: 300, lengthMinutes: 480, maxPeople: 25, meal: { minutes: 30, earliestStartMinutes: 210, latestStartMinutes: 300 } });
    expect(s.maxPerSlot).toBe(25);
    expect(s.wrap).toBe(true);
    expect(s.rules.minRestMinutes).toBe(660);
    expect(s.people).toHaveLength(30);
    expect(s.unmetPenalty).toBe(100);
  });

  it("a shift ending before it starts crosses midnight (Night 21:00–05:00 lasts 8 h)", () => {
    const s = parseScenario({ ...base(), shifts: [{ name: "Night", start: "21:00", end: "05:00" }] });
    expect(s.shifts[0]?.lengthMinutes).toBe(480);
    expect(s.shifts[0]?.cost).toBe(8); // default cost = paid hours
  });

  it("refuses end = start (it would silently be 24 hours) in both languages; start + 24:00 is a 24-hour shift", () => {
    const { en, zh } = errorOf({ ...base(), shifts: [{ name: "X", start: "08:00", end: "08:00" }] });
    expect(en).toContain("shifts[0].end (\"08:00\") is the same time as the start");
    expect(zh).toContain("与开始时间相同");
    expect(parseScenario({ ...base(), shifts: [{ name: "X", start: "08:00", end: "32:00" }] }).shifts[0]?.lengthMinutes).toBe(1440);
  });

  it.each([
    [{ ...base(), slotMinutes: 7 }, "slotMinutes", "slotMinutes"],
    [{ ...base(), demand: [] }, "demand", "demand"],
    [{ ...base(), demand: [[1, 2, 3]] }, "demand[0]", "24"],
    [{ ...base(), demand: [[...Array.from({ length: 23 }, () => 1), -1]] }, "demand[0][23]", "-1"],
    [{ ...base(), shifts: [] }, "shifts", "shifts"],
    [{ ...base(), shifts: [{ name: "X", start: "25:99", end: "10:00" }] }, "shifts[0].start", "25:99"],
    [{ ...base(), shifts: [{ name: "X", start: "08:30", end: "16:00" }] }, "shifts[0].start", "60"],
    [{ ...base(), shifts: [{ name: "", start: "08:00", end: "16:00" }] }, "shifts[0].name", "name"],
    [{ ...base(), shifts: [{ name: "X", start: "08:00", end: "16:00", meal: { minutes: 30, earliestStart: "09:00", latestStart: "10:00" } }] }, "shifts[0].meal", "09:00"],
    [{ ...base(), shifts: [{ name: "X", start: "08:00", end: "16:00", max: 2.5 }] }, "shifts[0].max", "2.5"],
    [{ ...base(), mealShare: 1.5 }, "mealShare", "1.5"],
    [{ ...base(), opening: { open: "09:00", close: "12:00" } }, "shifts[0]", "09:00–12:00"],
    [{ ...base(), people: [{ name: "A", skill: "sales" }] }, "people[0].skill", "sales"],
    [{ ...base(), people: [{ name: "A", daysOff: [7] }] }, "people[0].daysOff[0]", "7"],
    [{ ...base(), people: [{ name: "A", preferredShiftHours: -4 }] }, "people[0].preferredShiftHours", "-4"],
  ])("rejects bad input, case %#, naming the field in both languages", (json, field, shown) => {
    const { en, zh } = errorOf(json);
    expect(en).toContain(field);
    expect(zh).toContain(field);
    expect(en).toContain(shown);
    expect(zh).not.toEqual(en);
  });

  it("reads a person's usual shift length in hours (minutes inside) and writes it back", () => {
    const s = parseScenario({ ...base(), people: [{ name: "A", preferredShiftHours: 7.5 }, { name: "B" }] });
    expect(s.people.map((p) => p.preferredShiftMinutes)).toEqual([450, undefined]);
    expect(parseScenario(JSON.parse(JSON.stringify(scenarioToJson(s))))).toEqual(s);
  });

  it("reports broken JSON text as an InputError, not a crash", () => {
    expect(() => parseScenarioText("{ slotMinutes: 10")).toThrow(/not valid JSON/);
  });

  it("refuses scenarios too big to solve in a worker", () => {
    const json = { ...base(), slotMinutes: 10, demand: Array.from({ length: 7 }, () => Array.from({ length: 144 }, () => 1)) };
    json.shifts = [{ name: "Any", start: "00:00", latestStart: "23:50", end: "08:00", meal: { minutes: 10, earliestStart: "01:00", latestStart: "07:00" } } as never];
    expect(errorOf(json).en).toMatch(/shift options/);
  });

  it("round-trips the Double-11 preset through the JSON format, and examples/double11.json is that preset", () => {
    const preset = double11Preset("zh-CN");
    expect(parseScenario(JSON.parse(JSON.stringify(scenarioToJson(preset))))).toEqual(preset);
    const file = readFileSync(join(__dirname, "../../../examples/double11.json"), "utf8");
    expect(parseScenarioText(file)).toEqual(preset);
  });
});
