/**
 * Every custom function × every argument × a set of bad values, called on the BUILT bundle the way
 * Excel calls it (`npm run build` first). Whatever a user types, a cell shows a finite number, a
 * blank, or an Excel error whose message is in the user's language — never Infinity, NaN or
 * nothing. Messages are checked for language: zh-CN ones contain Chinese and no English sentence.
 */
import { isExcelError, loadFunctions, type ExcelErrorStub, type LoadedFunctions } from "./support/load-functions";

const col = (...xs: unknown[]): unknown[][] => xs.map((x) => [x]);
const one = (x: unknown): unknown[][] => [[x]];

/** A valid call of each function (the README's examples), one argument per declared parameter. */
const GOOD: Readonly<Record<string, readonly unknown[]>> = {
  TRAFFIC: [one(100), one(180), one(600)],
  AGENTS: [one(100), one(180), one(0.8), one(20), one(600), one(0.85), one(0.3)],
  SERVICELEVEL: [one(35), one(100), one(180), one(20), one(600)],
  ASA: [one(35), one(100), one(180), one(600)],
  OCCUPANCY: [one(35), one(100), one(180), one(600)],
  PWAIT: [one(35), one(100), one(180), one(600)],
  ERLANGB: [one(10), one(5)],
  ERLANGC: [one(10), one(5)],
  AGENTSA: [one(100), one(180), one(120), one(0.8), one(20), one(600), one(0.1), one(0.3)],
  ABANDONRATE: [one(30), one(100), one(180), one(120), one(600)],
  SERVICELEVELA: [one(30), one(100), one(180), one(120), one(20), one(600)],
  ASAA: [one(30), one(100), one(180), one(120), one(600)],
  CHATAGENTS: [one(300), one(240), one(3), one(0.8), one(30), one(600), one(0.3)],
  CHATAGENTSF: [one(300), one(240), one(3), one(0.8), one(30), one(600), one(0.3), col(1, 1.7, 2.5)],
  CAPACITYAGENTS: [one(3000), one(360), one(3600), one(0.4), one(0.3)],
  SCHEDULED: [one(21), one(0.3)],
  FRACTIONALAGENTS: [one(100), one(180), one(0.8), one(20), one(600)],
  TIERED: [one(150_000), col(0, 50_000, 100_000), col(0.01, 0.02, 0.03), one("marginal"), one(5000), one(100)],
  TIERBREAKDOWN: [one(150_000), col(0, 50_000, 100_000), col(0.01, 0.02, 0.03)],
  BANDSCORE: [one(0.42), col(0.35, 0.4, 0.45), col(60, 80, 100), one(false)],
  ATTAINMENT: [one(130), one(100), one(1.2), one(0.8)],
  PAYCURVE: [one(1.1), col(0.5, 1, 1.5), col(0, 1, 2)],
  SCORECARD: [[[90, 80, 70]], [[0.5, 0.3, 0.2]]],
  COMMISSION: [one(100_000), one(5000), one(0.02), one(0.04)],
  RANKBONUS: [col(95, 88, 95, 70), col(500, 300, 100), one(false)],
  SPLIT: [one(1000), col(1, 1, 1), one(2)],
  PRORATE: [one(12_000), one(45_444), one(45_657), one(45_292), one(45_657)],
  FORECAST: [col(10, 20, 10, 20), one(2), one(2), one(false), one(0.8)],
  EVENTFORECAST: [[[100, 200], [300, 600]], [[40, 100]], one(50), one("max"), one(0.8)],
  ACCURACY: [col(100, 200, 50), col(110, 180, 50), one("WAPE")],
  HIRES: [col(10, 10, 14, 14, 14), one(10), one(0.01), one(2), col(0.5, 0.8), one(0.9)],
  QASCORE: [[[1, 0, "N/A", 1]], [[30, 20, 25, 25]], [[1, 1, 1, 1]], one(false), one(5)],
  AGREEMENT: [[[5, 4, "N/A", 3]], [[5, 3, "N/A", 2]], one(1)],
};

/** Bad values a user can put in a cell (or a range), per the issue's list. */
const BAD: readonly [string, unknown][] = [
  ["blank", null],
  ["empty text", one("")],
  ["text", one("abc")],
  ["NaN-ish text", one("NaN")],
  ["Infinity text", one("Infinity")],
  ["half-typed number", one("1e")],
  ["negative", one(-1)],
  ["zero", one(0)],
  ["huge", one(1e308)],
  ["huge negative", one(-1e308)],
  ["tiny", one(5e-324)],
  ["denormal", one(1e-320)],
  ["TRUE", one(true)],
  ["error-like object", one({ type: "Error", basicValue: "#DIV/0!" })],
  ["long column of huge values", Array.from({ length: 1000 }, () => [1e308])],
  ["long column of ones", Array.from({ length: 50 }, () => [1])],
];

const HAN = /[\u3400-\u9fff]/;
const ENGLISH_SENTENCE = /\b(must|failed|could not|is required|not a number|too (large|long|many)|got)\b/i;

/** Every problem in a result: non-finite numbers, undefined, unexpected kinds, messages in the wrong language. */
function problems(result: unknown, locale: "en-US" | "zh-CN", path = ""): string[] {
  if (Array.isArray(result)) return result.flatMap((v: unknown, i) => problems(v, locale, `${path}[${i}]`));
  if (typeof result === "number") return Number.isFinite(result) ? [] : [`${path}: ${result}`];
  if (result === "") return [];
  if (isExcelError(result)) {
    const message = (result as ExcelErrorStub).message ?? "";
    if (!message.trim()) return [`${path}: ${result.code} without a message`];
    if (locale === "zh-CN" && (!HAN.test(message) || ENGLISH_SENTENCE.test(message))) return [`${path}: not Chinese: ${message}`];
    if (locale === "en-US" && HAN.test(message)) return [`${path}: not English: ${message}`];
    return [];
  }
  return [`${path}: unexpected ${JSON.stringify(result)}`];
}

describe.each(["en-US", "zh-CN"] as const)("every function × every argument × bad values (%s)", (locale) => {
  let fns: LoadedFunctions;
  beforeAll(() => {
    fns = loadFunctions({ displayLanguage: locale });
  });

  it("covers every function of the build", () => {
    expect(fns.metadata.functions.map((f) => f.id).filter((id) => !(id in GOOD))).toEqual([]);
  });

  it("the valid calls are valid", () => {
    for (const [id, args] of Object.entries(GOOD)) {
      const result = fns.call(id, ...args);
      expect(`${id}: ${isExcelError(result) ? `${result.code} ${result.message}` : "ok"}`).toBe(`${id}: ok`);
      expect(problems(result, locale)).toEqual([]);
    }
  });

  it("answers every bad value with a finite number or an error with a message in the language", () => {
    const found: string[] = [];
    let calls = 0;
    for (const meta of fns.metadata.functions) {
      const good = GOOD[meta.id];
      if (!good) continue;
      (meta.parameters ?? []).forEach((param, i) => {
        for (const [label, bad] of BAD) {
          const args = good.map((a, j) => (j === i ? bad : a));
          calls++;
          for (const p of problems(fns.call(meta.id, ...args), locale)) found.push(`${meta.id}(${param.name} = ${label})${p}`);
        }
      });
    }
    expect(found).toEqual([]);
    expect(calls).toBe(fns.metadata.functions.reduce((n, f) => n + (f.parameters?.length ?? 0), 0) * BAD.length);
  });

  it("refuses the inputs the issue names, with the reason", () => {
    const code = (r: unknown): string => (isExcelError(r) ? `${r.code} ${r.message ?? ""}` : JSON.stringify(r));
    // A blank HR date (0) is not a date: the message says which dates are.
    expect(code(fns.call("PRORATE", one(12_000), one(0), one(45_657), one(45_292), one(45_657)))).toMatch(
      locale === "en-US" ? /^#VALUE! start must be a date from 1900-01-01 to 9999-12-31/ : /^#VALUE! start 必须是1900-01-01 到 9999-12-31 之间的日期/,
    );
    expect(code(fns.call("PRORATE", one(12_000), one(45_444), one(45_657), one(0), one(45_657)))).toMatch(/^#VALUE! period_start/);
    expect(code(fns.call("PRORATE", one(12_000), one(45_444), one(1e308), one(45_292), one(45_657)))).toMatch(/^#VALUE! end/);
    // A blank answer time is not 0 seconds.
    expect(code(fns.call("SERVICELEVELA", one(30), one(100), one(180), one(120), null))).toMatch(/^#VALUE! answer_time/);
    expect(code(fns.call("ATTAINMENT", one(130), one(1e-320)))).toMatch(/^#NUM! /);
    expect(code(fns.call("ABANDONRATE", one(30), one(100), one(180), one(5e-324)))).not.toMatch(/^#/); // the loss-system limit: a number
    // SPLIT of 1e15 with cents: too many units, not "too many decimals".
    const split = code(fns.call("SPLIT", one(1e11), col(1, 1)));
    expect(split).not.toMatch(/decimals;|小数位多于/);
    expect(code(fns.call("SPLIT", one(1e15), col(1, 1)))).toMatch(/^#VALUE! total/);
    expect(code(fns.call("SPLIT", one(1e11), col(1, 1), one(6)))).toMatch(locale === "en-US" ? /too many to split exactly/ : /无法精确拆分/);
  });
});
