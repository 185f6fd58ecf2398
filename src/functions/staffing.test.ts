import { ERROR_CODES, ExcelErrorStub } from "../../test/support/load-functions";
import { agentsForServiceLevel, erlangAMetrics, trafficErlangs } from "../core/staffing";
import * as staffing from "./staffing";
import { STAFFING_HELP_ZH } from "./staffing.help-zh";

/** Excel's CustomFunctions global, as far as the wrappers use it. */
beforeAll(() => {
  (globalThis as Record<string, unknown>).CustomFunctions = { Error: ExcelErrorStub, ErrorCode: ERROR_CODES };
});
afterEach(() => {
  delete (globalThis as Record<string, unknown>).Office;
});

const {
  TRAFFIC,
  AGENTS,
  SERVICELEVEL,
  ASA,
  OCCUPANCY,
  PWAIT,
  ERLANGB,
  ERLANGC,
  AGENTSA,
  ABANDONRATE,
  SERVICELEVELA,
  ASAA,
  CHATAGENTS,
  CHATAGENTSF,
  CAPACITYAGENTS,
  SCHEDULED,
  FRACTIONALAGENTS,
} = staffing;

/** Excel passes an omitted optional argument as null. */
const OMITTED = null as never;
const col = (...xs: unknown[]): unknown[][] => xs.map((x) => [x]);
const one = (x: unknown): unknown[][] => [[x]];

/** Runs a call and returns the Excel error it raises. */
function excelError(call: () => unknown): ExcelErrorStub {
  try {
    call();
  } catch (e) {
    if (e instanceof ExcelErrorStub) return e;
    throw e;
  }
  throw new Error("expected an Excel error");
}

describe("scalar calls with published values (100 contacts per 30 min, AHT 180 s)", () => {
  const [v, h, i] = [one(100), one(180), one(1800)];

  it("TRAFFIC = 10 Erlangs; interval defaults to 600 s", () => {
    expect(TRAFFIC(v, h, i)).toEqual([[10]]);
    expect(TRAFFIC(one(100), h, OMITTED)).toEqual([[30]]);
  });

  it("AGENTS = 14, 20 scheduled at 30 % shrinkage, 15 with a 70 % occupancy cap", () => {
    expect(AGENTS(v, h, one(0.8), one(20), i, OMITTED, OMITTED)).toEqual([[14]]);
    expect(AGENTS(v, h, one(0.8), one(20), i, OMITTED, one(0.3))).toEqual([[20]]);
    expect(AGENTS(v, h, one(0.8), one(20), i, one(0.7), OMITTED)).toEqual([[15]]);
  });

  it("SERVICELEVEL, ASA, OCCUPANCY and PWAIT at 14 agents", () => {
    expect(SERVICELEVEL(one(14), v, h, one(20), i)[0]![0]).toBeCloseTo(0.88835, 5);
    expect(ASA(one(14), v, h, i)[0]![0]).toBeCloseTo(7.8359, 4);
    expect(OCCUPANCY(one(14), v, h, i)[0]![0]).toBeCloseTo(0.714, 3);
    expect(PWAIT(one(14), v, h, i)[0]![0]).toBeCloseTo(0.1741319, 7);
  });

  it("ERLANGB and ERLANGC", () => {
    expect(ERLANGB(one(2), one(1))).toEqual([[0.2]]);
    expect(ERLANGB(one(25), one(20))[0]![0]).toBeCloseTo(0.0502218, 7);
    expect(ERLANGC(one(25), one(20))[0]![0]).toBeCloseTo(0.2091028, 7);
  });

  it("Erlang A functions with patience 300 s", () => {
    const p = one(300);
    expect(ABANDONRATE(one(14), v, h, p, i)[0]![0]).toBeCloseTo(0.013984, 6);
    expect(SERVICELEVELA(one(14), v, h, p, one(20), i)[0]![0]).toBeCloseTo(0.916792, 6);
    expect(SERVICELEVELA(one(13), v, h, p, one(20), i)[0]![0]).toBeCloseTo(0.858178, 6);
    expect(ASAA(one(14), v, h, p, i)[0]![0]).toBeCloseTo(4.195, 3);
    expect(AGENTSA(v, h, p, one(0.9), one(20), i, OMITTED, OMITTED)).toEqual([[14]]);
    expect(AGENTSA(v, h, p, one(0.9), one(20), i, OMITTED, one(0.3))).toEqual([[20]]);
  });

  it("chat, capacity, shrinkage and fractional agents", () => {
    expect(CHATAGENTS(v, h, one(2), one(0.8), one(20), i, OMITTED)).toEqual([[7]]);
    expect(CHATAGENTSF(v, h, one(1), one(0.8), one(20), i, OMITTED, OMITTED)).toEqual([[14]]);
    // own factor table: f(2) = 2 halves the handle time → A = 5 with AHT 90 s
    const halved = agentsForServiceLevel({ trafficErlangs: 5, ahtSeconds: 90, targetServiceLevel: 0.8, answerTimeSeconds: 20 });
    expect(CHATAGENTSF(v, h, one(2), one(0.8), one(20), i, OMITTED, col(1, 2))).toEqual([[halved]]);
    expect(CAPACITYAGENTS(one(600), one(360), OMITTED, one(0.4), OMITTED)).toEqual([[6]]);
    expect(CAPACITYAGENTS(one(600), one(360), OMITTED, OMITTED, one(0.25))).toEqual([[14]]);
    expect(SCHEDULED(one(21), one(0.3))).toEqual([[30]]);
    expect(SCHEDULED(one(35.7), one(0.15))).toEqual([[42]]);
    expect(FRACTIONALAGENTS(v, h, one(0.8), one(20), i)[0]![0]).toBeCloseTo(13.047, 3);
  });

  it("treats undefined like null for omitted optionals (direct calls)", () => {
    expect(AGENTS(v, h, one(0.8), one(20), i)).toEqual([[14]]);
    expect(TRAFFIC(one(100), h)).toEqual([[30]]);
  });
});

describe("ranges", () => {
  it("fills a whole day of 144 ten-minute slots from one formula", () => {
    const volumes = Array.from({ length: 144 }, (_, slot) => Math.round(40 + 60 * Math.sin((Math.PI * slot) / 144) ** 2));
    volumes[0] = 0;
    const out = AGENTS(col(...volumes), one(180), one(0.8), one(20), OMITTED, OMITTED, OMITTED);
    expect(out).toHaveLength(144);
    expect(out[0]).toEqual([0]);
    out.forEach((row, slot) => {
      const a = trafficErlangs(volumes[slot]!, 180, 600);
      expect(row).toEqual([agentsForServiceLevel({ trafficErlangs: a, ahtSeconds: 180, targetServiceLevel: 0.8, answerTimeSeconds: 20 })]);
    });
  });

  it("broadcasts a row of targets against single cells and spills in that shape", () => {
    const out = AGENTS(one(100), one(180), [[0.3, 0.8, 0.95]], one(20), one(1800), OMITTED, OMITTED);
    expect(out).toHaveLength(1);
    expect(out[0]).toHaveLength(3);
    expect(out[0]![1]).toBe(14);
    expect(out[0]![0]).toBeLessThan(14);
    expect(out[0]![2]).toBeGreaterThan(14);
  });

  it("pairs ranges of one shape cell by cell", () => {
    const out = SERVICELEVELA(col(13, 14), col(100, 100), one(180), one(300), one(20), one(1800));
    expect(out[0]![0]).toBeCloseTo(0.858178, 6);
    expect(out[1]![0]).toBeCloseTo(erlangAMetrics(14, 10, 180, 300, 20).serviceLevel, 12);
  });

  it("gives a blank for a blank cell and an error only in a bad cell", () => {
    const out = AGENTS(col(100, null, "", "lots", -3, 200), one(180), one(0.8), one(20), one(1800), OMITTED, OMITTED);
    expect(out.slice(0, 3)).toEqual([[14], [""], [""]]);
    expect(out[3]![0]).toEqual(new ExcelErrorStub("#VALUE!", 'volume (#4) must be a number at least 0; got "lots".'));
    expect(out[4]![0]).toEqual(new ExcelErrorStub("#VALUE!", "volume (#5) must be a number at least 0; got -3."));
    expect(out[5]).toEqual([agentsForServiceLevel({ trafficErlangs: 20, ahtSeconds: 180, targetServiceLevel: 0.8, answerTimeSeconds: 20 })]);
  });

  it("puts #NUM! in the one cell whose target no headcount within 100 000 reaches", () => {
    const out = AGENTS(col(100, 1e9), one(180), one(0.8), one(20), one(1800), OMITTED, OMITTED);
    expect(out[0]).toEqual([14]);
    expect(out[1]![0]).toBeInstanceOf(ExcelErrorStub);
    expect((out[1]![0] as ExcelErrorStub).code).toBe("#NUM!");
  });

  it("rejects ranges of different shapes with a message naming both arguments", () => {
    const e = excelError(() => AGENTS(col(1, 2), col(180, 180, 180), one(0.8), one(20), OMITTED, OMITTED, OMITTED));
    expect(e.code).toBe("#VALUE!");
    expect(e.message).toMatch(/volume and aht are ranges of different sizes \(2×1 and 3×1\)/);
  });
});

describe("bad input → #VALUE! naming the argument and its range; no answer → #NUM!", () => {
  const v = one(100);
  const h = one(180);
  it.each([
    ["negative volume", () => TRAFFIC(one(-1), h, OMITTED), /^volume must be a number at least 0; got -1\.$/],
    ["aht 0", () => TRAFFIC(v, one(0), OMITTED), /^aht must be a number greater than 0; got 0\.$/],
    ["interval 0", () => TRAFFIC(v, h, one(0)), /^interval must be a number greater than 0/],
    ["target 1", () => AGENTS(v, h, one(1), one(20), OMITTED, OMITTED, OMITTED), /^target_sl must be a number greater than 0 and less than 1; got 1\.$/],
    ["target 0", () => AGENTS(v, h, one(0), one(20), OMITTED, OMITTED, OMITTED), /^target_sl must be/],
    ["negative answer time", () => AGENTS(v, h, one(0.8), one(-5), OMITTED, OMITTED, OMITTED), /^answer_time must be a number at least 0/],
    ["occupancy 0", () => AGENTS(v, h, one(0.8), one(20), OMITTED, one(0), OMITTED), /^max_occupancy must be a number greater than 0 and at most 1/],
    ["occupancy 1.2", () => AGENTS(v, h, one(0.8), one(20), OMITTED, one(1.2), OMITTED), /^max_occupancy/],
    ["shrinkage 1", () => AGENTS(v, h, one(0.8), one(20), OMITTED, OMITTED, one(1)), /^shrinkage must be a number at least 0 and less than 1; got 1\.$/],
    ["shrinkage -0.1", () => SCHEDULED(one(10), one(-0.1)), /^shrinkage must be/],
    ["shrinkage omitted in SCHEDULED", () => SCHEDULED(one(10), OMITTED), /^shrinkage is required/],
    ["concurrency 0.5", () => CHATAGENTS(v, h, one(0.5), one(0.8), one(20), OMITTED, OMITTED), /^concurrency must be a number at least 1/],
    ["concurrency 6 with 5 factors", () => CHATAGENTSF(v, h, one(6), one(0.8), one(20), OMITTED, OMITTED, OMITTED), /^concurrency must be a whole number at least 1 and at most 5/],
    ["a zero factor", () => CHATAGENTSF(v, h, one(2), one(0.8), one(20), OMITTED, OMITTED, col(1, 0)), /^factors \(#2\) must be a number greater than 0/],
    ["fractional agents", () => SERVICELEVEL(one(14.5), v, h, one(20), OMITTED), /^agents must be a whole number/],
    ["patience 0", () => ABANDONRATE(one(14), v, h, one(0), OMITTED), /^patience must be a number greater than 0/],
    ["max_abandon 0", () => AGENTSA(v, h, one(300), one(0.8), one(20), OMITTED, one(0), OMITTED), /^max_abandon must be/],
    ["automation 1.5", () => CAPACITYAGENTS(v, one(360), OMITTED, one(1.5), OMITTED), /^automation_rate must be a number at least 0 and at most 1/],
    ["per_agent_hour 0", () => CAPACITYAGENTS(v, one(0), OMITTED, OMITTED, OMITTED), /^per_agent_hour must be a number greater than 0/],
    ["text", () => ERLANGC(one("ten"), one(5)), /^servers must be a whole number at least 0 and at most 100000; got "ten"\.$/],
    ["a boolean", () => ERLANGB(one(3), one(true)), /^traffic must be a number at least 0; got true\.$/],
    ["a required argument left blank", () => ERLANGB(one(3), one(null)), /^traffic is required/],
  ])("%s → #VALUE!", (_label, call, message) => {
    const e = excelError(call);
    expect(e.code).toBe("#VALUE!");
    expect(e.message).toMatch(message);
  });

  it("numeric text is read as a number, as Excel's own functions do", () => {
    expect(TRAFFIC(one("100"), one("180"), one("1800"))).toEqual([[10]]);
  });

  it("ASA with agents who cannot keep up → #NUM!; too many agents needed → #NUM!", () => {
    expect(excelError(() => ASA(one(10), one(100), one(180), one(1800))).code).toBe("#NUM!");
    expect(excelError(() => AGENTS(one(1e9), h, one(0.8), one(20), OMITTED, OMITTED, OMITTED)).code).toBe("#NUM!");
    expect(excelError(() => OCCUPANCY(one(0), one(5), h, OMITTED)).code).toBe("#NUM!");
  });

  it("a zero-volume slot needs 0 agents in every headcount function", () => {
    const zero = one(0);
    expect(AGENTS(zero, h, one(0.8), one(20), OMITTED, OMITTED, one(0.3))).toEqual([[0]]);
    expect(AGENTSA(zero, h, one(300), one(0.8), one(20), OMITTED, OMITTED, OMITTED)).toEqual([[0]]);
    expect(CHATAGENTS(zero, h, one(3), one(0.8), one(20), OMITTED, OMITTED)).toEqual([[0]]);
    expect(CHATAGENTSF(zero, h, one(3), one(0.8), one(20), OMITTED, OMITTED, OMITTED)).toEqual([[0]]);
    expect(CAPACITYAGENTS(zero, one(360), OMITTED, OMITTED, OMITTED)).toEqual([[0]]);
    expect(FRACTIONALAGENTS(zero, h, one(0.8), one(20), OMITTED)).toEqual([[0]]);
  });

  it("speaks Chinese in Chinese Excel", () => {
    (globalThis as Record<string, unknown>).Office = { context: { displayLanguage: "zh-CN" } };
    expect(excelError(() => TRAFFIC(one(-1), h, OMITTED)).message).toBe("volume 必须是不小于 0 的数字，当前为 -1。");
  });
});

describe("zh-CN help", () => {
  /** Parameter names as declared (the metadata generator reads the same names). */
  const parameterNames = (fn: (...args: never[]) => unknown): string[] =>
    /\(([^)]*)\)/
      .exec(fn.toString())![1]!
      .split(",")
      .map((p) => p.trim().split(/[\s=:?]/)[0]!)
      .filter(Boolean);

  const functions = Object.entries(staffing).filter(([, f]) => typeof f === "function") as [string, (...args: never[]) => unknown][];

  it("exists for every staffing function id, with the same parameter names", () => {
    expect(functions.map(([id]) => id).sort()).toEqual(Object.keys(STAFFING_HELP_ZH).sort());
    for (const [id, fn] of functions) {
      const help = STAFFING_HELP_ZH[id]!;
      expect(help.description).toMatch(/[\u4e00-\u9fff]/);
      expect(Object.keys(help.parameters)).toEqual(parameterNames(fn));
      for (const text of Object.values(help.parameters)) expect(text).toMatch(/[\u4e00-\u9fff]/);
    }
  });
});
