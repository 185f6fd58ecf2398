import { InputError } from "../errors";
import type { QaCatalogue } from "./catalogue";
import { defaultCatalogue } from "./default-catalogue";
import { validateCatalogue } from "./validate-catalogue";

const PRE = defaultCatalogue("pre-sale");

function messageOf(cat: QaCatalogue): InputError {
  try {
    validateCatalogue(cat);
  } catch (e) {
    if (e instanceof InputError) return e;
    throw e;
  }
  throw new Error("expected an InputError");
}

describe("default catalogues", () => {
  it.each(["pre-sale", "after-sale"] as const)("%s: valid, weights sum to 100, four red lines, bonus items", (channel) => {
    const cat = defaultCatalogue(channel);
    expect(() => validateCatalogue(cat)).not.toThrow();
    expect(cat.criteria.reduce((s, c) => s + c.weight, 0)).toBe(100);
    expect(cat.redLines.map((r) => r.id)).toEqual(["abuse", "privacyLeak", "offPlatform", "falsePromise"]);
    expect(cat.bonusItems.length).toBeGreaterThan(0);
  });

  it("pre-sale has sales orientation, after-sale the returns process", () => {
    expect(defaultCatalogue("pre-sale").criteria.map((c) => c.sectionId)).toContain("sales");
    expect(defaultCatalogue("pre-sale").criteria.map((c) => c.id)).not.toContain("returnsProcess");
    expect(defaultCatalogue("after-sale").criteria.map((c) => c.id)).toContain("returnsProcess");
    expect(defaultCatalogue("after-sale").criteria.map((c) => c.sectionId)).not.toContain("sales");
  });

  it("has every text in both languages", () => {
    for (const c of defaultCatalogue("after-sale").criteria) {
      expect(c.name["zh-CN"]).not.toBe(c.name["en-US"]);
      expect(c.description["zh-CN"].length).toBeGreaterThan(0);
    }
  });
});

describe("validateCatalogue", () => {
  it("rejects weights that do not sum to 100, naming the sum", () => {
    const cat = { ...PRE, criteria: PRE.criteria.map((c, i) => (i === 0 ? { ...c, weight: 6 } : c)) };
    const e = messageOf(cat);
    expect(e.text["en-US"]).toContain("101");
    expect(e.text["zh-CN"]).toContain("101");
  });

  it("accepts weights with binary rounding (33.3 + 33.3 + 33.4)", () => {
    const three = PRE.criteria.slice(0, 3).map((c, i) => ({ ...c, weight: [33.3, 33.3, 33.4][i]! }));
    expect(() => validateCatalogue({ ...PRE, criteria: three })).not.toThrow();
  });

  it.each<[string, (c: QaCatalogue) => QaCatalogue, RegExp]>([
    ["no criteria", (c) => ({ ...c, criteria: [] }), /no criteria/],
    ["a zero weight", (c) => ({ ...c, criteria: c.criteria.map((x, i) => (i === 0 ? { ...x, weight: 0 } : i === 1 ? { ...x, weight: 15 } : x)) }), /greeting.*weight/],
    ["a duplicate id", (c) => ({ ...c, criteria: [...c.criteria.slice(0, -1), { ...c.criteria.at(-1)!, id: "greeting" }] }), /"greeting" is used twice/],
    ["an unknown section", (c) => ({ ...c, criteria: c.criteria.map((x, i) => (i === 0 ? { ...x, sectionId: "fun" } : x)) }), /section "fun"/],
    ["a points scale of 11", (c) => ({ ...c, criteria: c.criteria.map((x) => (x.id === "attitude" ? { ...x, scale: { kind: "points" as const, max: 11 } } : x)) }), /attitude.*1 to 10/],
    ["a failure mark above the scale", (c) => ({ ...c, criteria: c.criteria.map((x) => (x.id === "attitude" ? { ...x, failBelowPoints: 6 } : x)) }), /attitude.*1 to 5/],
    ["bonus points of 0", (c) => ({ ...c, bonusItems: c.bonusItems.map((b) => ({ ...b, points: 0 })) }), /customerPraise/],
    ["a name with a comma", (c) => ({ ...c, redLines: c.redLines.map((r, i) => (i === 0 ? { ...r, name: { ...r.name, "zh-CN": "辱骂,争吵" } } : r)) }), /abuse/],
  ])("rejects %s", (_label, mutate, pattern) => {
    expect(messageOf(mutate(PRE)).text["en-US"]).toMatch(pattern);
  });
});
