/**
 * Function ids are stored in users' workbooks: once published they may never be removed or
 * renamed. This freezes the public ids (issues 3 and 5) against the BUILT metadata
 * (dist/functions.json, run `npm run build` first) and checks the zh-CN metadata Excel shows to
 * Chinese users describes the same functions, in Chinese.
 */
import { loadFunctions, readMetadata, type FunctionsMetadata } from "./support/load-functions";

/** The public API. Append new ids; never remove or rename one. */
const PUBLIC_IDS = [
  // staffing
  "TRAFFIC",
  "AGENTS",
  "SERVICELEVEL",
  "ASA",
  "OCCUPANCY",
  "PWAIT",
  "ERLANGB",
  "ERLANGC",
  "AGENTSA",
  "ABANDONRATE",
  "SERVICELEVELA",
  "CHATAGENTS",
  "CAPACITYAGENTS",
  "SCHEDULED",
  "FRACTIONALAGENTS",
  // payouts
  "TIERED",
  "TIERBREAKDOWN",
  "BANDSCORE",
  "ATTAINMENT",
  "RANKBONUS",
  "SPLIT",
  "PRORATE",
  // added beside the issues' lists, published with them
  "ASAA",
  "CHATAGENTSF",
  "PAYCURVE",
  "SCORECARD",
  "COMMISSION",
  // forecast
  "FORECAST",
  "EVENTFORECAST",
  "ACCURACY",
  // hiring
  "HIRES",
  // QA
  "QASCORE",
  "AGREEMENT",
] as const;

const HAN = /\p{Script=Han}/u;

let en: FunctionsMetadata;
let zh: FunctionsMetadata;
beforeAll(() => {
  en = readMetadata("functions.json");
  zh = readMetadata("functions.zh-CN.json");
});

describe("public custom-function ids", () => {
  test.each(PUBLIC_IDS)("%s is in dist/functions.json under its own name", (id) => {
    const fn = en.functions.find((f) => f.id === id);
    expect(fn).toBeDefined();
    expect(fn?.name).toBe(id);
  });

  test("every id is valid for Excel (A–Z, 0–9, _ or ., at least 3 characters) and unique", () => {
    const ids = en.functions.map((f) => f.id);
    for (const id of ids) expect(id).toMatch(/^[A-Z0-9_.]{3,}$/);
    expect(new Set(ids).size).toBe(ids.length);
  });

  test("the built bundle associates exactly the functions the metadata declares", () => {
    const { associatedIds } = loadFunctions();
    expect([...associatedIds].sort()).toEqual(en.functions.map((f) => f.id.toUpperCase()).sort());
  });

  test("every function and parameter has en-US help", () => {
    for (const fn of en.functions) {
      expect({ id: fn.id, described: Boolean(fn.description?.trim()) }).toEqual({ id: fn.id, described: true });
      for (const p of fn.parameters ?? []) {
        expect({ id: fn.id, parameter: p.name, described: Boolean(p.description?.trim()) }).toEqual({
          id: fn.id,
          parameter: p.name,
          described: true,
        });
      }
    }
  });
});

describe("zh-CN metadata (dist/functions.zh-CN.json)", () => {
  test("declares the same functions, names, parameters and types as the en-US metadata", () => {
    const shape = (m: FunctionsMetadata) =>
      m.functions.map((f) => ({
        id: f.id,
        name: f.name,
        result: f.result,
        parameters: (f.parameters ?? []).map((p) => ({ name: p.name, type: p.type, dimensionality: p.dimensionality, optional: p.optional })),
      }));
    expect(shape(zh)).toEqual(shape(en));
  });

  test("describes every function and parameter in Chinese", () => {
    for (const fn of zh.functions) {
      expect({ id: fn.id, chinese: HAN.test(fn.description ?? "") }).toEqual({ id: fn.id, chinese: true });
      for (const p of fn.parameters ?? []) {
        expect({ id: fn.id, parameter: p.name, chinese: HAN.test(p.description ?? "") }).toEqual({ id: fn.id, parameter: p.name, chinese: true });
      }
    }
  });
});
