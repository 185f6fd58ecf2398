/**
 * The staffing functions as Excel runs them: the BUILT dist/functions.js in a fresh context with
 * only a `CustomFunctions` global, each function called by its id from dist/functions.json, every
 * declared parameter passed (omitted optionals as null). Needs `npm run build` first; without a
 * build this test fails (never skips), saying so.
 */
import { isExcelError, loadFunctions, readMetadata, type LoadedFunctions } from "./support/load-functions";

/** Public API: ids (stored in users' workbooks) and their parameters, frozen. */
const STAFFING_SIGNATURES: Readonly<Record<string, readonly string[]>> = {
  TRAFFIC: ["volume", "aht", "interval"],
  AGENTS: ["volume", "aht", "target_sl", "answer_time", "interval", "max_occupancy", "shrinkage"],
  SERVICELEVEL: ["agents", "volume", "aht", "answer_time", "interval"],
  ASA: ["agents", "volume", "aht", "interval"],
  OCCUPANCY: ["agents", "volume", "aht", "interval"],
  PWAIT: ["agents", "volume", "aht", "interval"],
  ERLANGB: ["servers", "traffic"],
  ERLANGC: ["servers", "traffic"],
  AGENTSA: ["volume", "aht", "patience", "target_sl", "answer_time", "interval", "max_abandon", "shrinkage"],
  ABANDONRATE: ["agents", "volume", "aht", "patience", "interval"],
  SERVICELEVELA: ["agents", "volume", "aht", "patience", "answer_time", "interval"],
  ASAA: ["agents", "volume", "aht", "patience", "interval"],
  CHATAGENTS: ["volume", "aht", "concurrency", "target_sl", "answer_time", "interval", "shrinkage"],
  CHATAGENTSF: ["volume", "aht", "concurrency", "target_sl", "answer_time", "interval", "shrinkage", "factors"],
  CAPACITYAGENTS: ["volume", "per_agent_hour", "interval", "automation_rate", "shrinkage"],
  SCHEDULED: ["agents", "shrinkage"],
  FRACTIONALAGENTS: ["volume", "aht", "target_sl", "answer_time", "interval"],
};
/** How many leading parameters are required (the rest are optional). */
const REQUIRED: Readonly<Record<string, number>> = {
  TRAFFIC: 2, AGENTS: 4, SERVICELEVEL: 4, ASA: 3, OCCUPANCY: 3, PWAIT: 3, ERLANGB: 2, ERLANGC: 2, AGENTSA: 5,
  ABANDONRATE: 4, SERVICELEVELA: 5, ASAA: 4, CHATAGENTS: 5, CHATAGENTSF: 5, CAPACITYAGENTS: 2, SCHEDULED: 2, FRACTIONALAGENTS: 4,
};

let excel: LoadedFunctions;
beforeAll(() => {
  excel = loadFunctions(); // throws "… is missing: run `npm run build` first" without a build
});

const one = (x: unknown): unknown[][] => [[x]];
const col = (...xs: unknown[]): unknown[][] => xs.map((x) => [x]);
const value = (result: unknown): unknown => (Array.isArray(result) ? (result as unknown[][])[0]![0] : result);

describe("dist/functions.json", () => {
  it("declares every staffing function with id = name, its parameters in order, all taking ranges", () => {
    for (const [id, params] of Object.entries(STAFFING_SIGNATURES)) {
      const fn = excel.metadata.functions.find((f) => f.id === id);
      expect(fn).toBeDefined();
      expect(fn!.name).toBe(id);
      expect(fn!.parameters!.map((p) => p.name)).toEqual(params);
      fn!.parameters!.forEach((p, i) => {
        expect(p.dimensionality).toBe("matrix");
        expect(Boolean(p.optional)).toBe(i >= REQUIRED[id]!);
        expect(p.description).toBeTruthy();
      });
      expect(fn!.result?.dimensionality).toBe("matrix");
      expect(fn!.description).toBeTruthy();
    }
  });

  it("has every staffing function associated in the bundle", () => {
    for (const id of Object.keys(STAFFING_SIGNATURES)) expect(excel.associatedIds).toContain(id);
  });

  it("has zh-CN help for every staffing function in dist/functions.zh-CN.json", () => {
    const zh = readMetadata("functions.zh-CN.json");
    for (const id of Object.keys(STAFFING_SIGNATURES)) {
      const fn = zh.functions.find((f) => f.id === id)!;
      expect(fn.description).toMatch(/[\u4e00-\u9fff]/);
      for (const p of fn.parameters ?? []) expect(p.description).toMatch(/[\u4e00-\u9fff]/);
    }
  });
});

describe("calling the built functions by id, as Excel does", () => {
  it("answers the published example with scalars and omitted optionals", () => {
    expect(excel.call("TRAFFIC", one(100), one(180), one(1800))).toEqual([[10]]);
    expect(excel.call("TRAFFIC", one(100), one(180))).toEqual([[30]]);
    expect(excel.call("AGENTS", one(100), one(180), one(0.8), one(20), one(1800))).toEqual([[14]]);
    expect(excel.call("AGENTS", one(100), one(180), one(0.8), one(20), one(1800), null, one(0.3))).toEqual([[20]]);
    expect(value(excel.call("SERVICELEVEL", one(14), one(100), one(180), one(20), one(1800)))).toBeCloseTo(0.88835, 5);
    expect(value(excel.call("ASA", one(14), one(100), one(180), one(1800)))).toBeCloseTo(7.8359, 4);
    expect(value(excel.call("PWAIT", one(14), one(100), one(180), one(1800)))).toBeCloseTo(0.1741319, 7);
    expect(value(excel.call("OCCUPANCY", one(14), one(100), one(180), one(1800)))).toBeCloseTo(0.714, 3);
    expect(value(excel.call("ERLANGB", one(25), one(20)))).toBeCloseTo(0.0502218, 7);
    expect(value(excel.call("ERLANGC", one(25), one(20)))).toBeCloseTo(0.2091028, 7);
    expect(value(excel.call("ABANDONRATE", one(14), one(100), one(180), one(300), one(1800)))).toBeCloseTo(0.013984, 6);
    expect(value(excel.call("SERVICELEVELA", one(14), one(100), one(180), one(300), one(20), one(1800)))).toBeCloseTo(0.916792, 6);
    expect(value(excel.call("ASAA", one(14), one(100), one(180), one(300), one(1800)))).toBeCloseTo(4.195, 3);
    expect(excel.call("AGENTSA", one(100), one(180), one(300), one(0.9), one(20), one(1800))).toEqual([[14]]);
    expect(excel.call("CHATAGENTS", one(100), one(180), one(2), one(0.8), one(20), one(1800))).toEqual([[7]]);
    expect(excel.call("CHATAGENTSF", one(100), one(180), one(1), one(0.8), one(20), one(1800))).toEqual([[14]]);
    expect(excel.call("CAPACITYAGENTS", one(600), one(360), null, one(0.4))).toEqual([[6]]);
    expect(excel.call("SCHEDULED", one(21), one(0.3))).toEqual([[30]]);
    expect(excel.call("SCHEDULED", one(35.7), one(0.15))).toEqual([[42]]);
    expect(value(excel.call("FRACTIONALAGENTS", one(100), one(180), one(0.8), one(20), one(1800)))).toBeCloseTo(13.047, 3);
  });

  it("spills a day of 144 slots, blanks staying blank and a bad cell erring alone", () => {
    const volumes = Array.from({ length: 144 }, (_, slot) => (slot < 36 ? 0 : 50 + (slot % 12) * 10));
    const out = excel.call("AGENTS", col(...volumes), one(180), one(0.8), one(20)) as unknown[][];
    expect(out).toHaveLength(144);
    expect(out[0]).toEqual([0]);
    // each slot equals the same question asked one cell at a time
    for (const slot of [36, 47, 100, 143]) {
      expect(out[slot]).toEqual((excel.call("AGENTS", one(volumes[slot]), one(180), one(0.8), one(20)) as unknown[][])[0]);
    }
    const mixed = excel.call("AGENTS", col(100, null, "many", 200), one(180), one(0.8), one(20), one(1800)) as unknown[][];
    expect(mixed[0]).toEqual([14]);
    expect(mixed[1]).toEqual([""]);
    expect(isExcelError(mixed[2]![0], "#VALUE!")).toBe(true);
    expect((mixed[2]![0] as { message?: string }).message).toMatch(/^volume \(#3\) must be a number at least 0/);
    expect(mixed[3]).toEqual((excel.call("AGENTS", one(200), one(180), one(0.8), one(20), one(1800)) as unknown[][])[0]);
  });

  it("broadcasts a row of targets against single cells", () => {
    const out = excel.call("AGENTS", one(100), one(180), [[0.8, 0.9]], one(20), one(1800)) as unknown[][];
    expect(out).toHaveLength(1);
    expect(out[0]![0]).toBe(14);
    expect(out[0]![1]).toBeGreaterThan(14);
  });

  it("answers bad input with #VALUE! naming the argument, and no answer with #NUM!", () => {
    const bad = excel.call("AGENTS", one(-5), one(180), one(0.8), one(20));
    expect(isExcelError(bad, "#VALUE!")).toBe(true);
    expect((bad as { message?: string }).message).toBe("volume must be a number at least 0; got -5.");
    expect(isExcelError(excel.call("AGENTS", one(100), one(180), one(1.2), one(20)), "#VALUE!")).toBe(true);
    expect(isExcelError(excel.call("SCHEDULED", one(10), one(1)), "#VALUE!")).toBe(true);
    expect(isExcelError(excel.call("CHATAGENTS", one(10), one(180), one(0), one(0.8), one(20)), "#VALUE!")).toBe(true);
    expect(isExcelError(excel.call("TRAFFIC", one("ten"), one(180)), "#VALUE!")).toBe(true);
    expect(isExcelError(excel.call("AGENTS", col(1, 2), col(1, 2, 3), one(0.8), one(20)), "#VALUE!")).toBe(true);
    expect(isExcelError(excel.call("AGENTS", one(1e9), one(180), one(0.8), one(20)), "#NUM!")).toBe(true);
    expect(isExcelError(excel.call("ASA", one(5), one(100), one(180), one(600)), "#NUM!")).toBe(true);
  });

  it("speaks Chinese in Chinese Excel", () => {
    const zh = loadFunctions({ displayLanguage: "zh-CN" });
    const bad = zh.call("TRAFFIC", one(-1), one(180));
    expect(isExcelError(bad, "#VALUE!")).toBe(true);
    expect((bad as { message?: string }).message).toMatch(/^volume 必须是/);
  });
});
