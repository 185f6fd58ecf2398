import fc from "fast-check";
import { InputError } from "../errors";
import type { QaCatalogue, QaCriterion } from "./catalogue";
import { defaultCatalogue } from "./default-catalogue";
import { scoreReview, type QaAnswer } from "./score-review";

const PRE = defaultCatalogue("pre-sale");
// pre-sale weights: greeting 5 (Y/N), responseSpeed 10 (0–3), attitude 15 (0–5), productKnowledge 20 (0–5),
// promotionRules 10 (0–3, N/A), needsDiscovery 20 (0–5, N/A), recommendation 10 (Y/N, N/A), closing 10 (Y/N, N/A)
const NORMAL = {
  greeting: "yes",
  responseSpeed: 2,
  attitude: 4,
  productKnowledge: 5,
  promotionRules: 3,
  needsDiscovery: 3,
  recommendation: "no",
  closing: "yes",
} as const;

describe("scoreReview (hand-computed)", () => {
  it("weights normalised answers: 5 + 10·2/3 + 15·4/5 + 20 + 10 + 20·3/5 + 0 + 10 = 227/3", () => {
    const r = scoreReview(PRE, { criteria: NORMAL });
    expect(r.status).toBe("scored");
    expect(r.possibleWeight).toBe(100);
    expect(r.score).toBeCloseTo(227 / 3, 12);
    expect(r.failedCriteria).toEqual(["recommendation"]);
  });

  it("leaves N/A out of earned and possible: (5+10+15+16+20+0) / 80 = 82.5", () => {
    const r = scoreReview(PRE, {
      criteria: { ...NORMAL, responseSpeed: 3, attitude: 5, productKnowledge: 4, promotionRules: "na", needsDiscovery: 5, recommendation: "na", closing: "no" },
    });
    expect(r.possibleWeight).toBe(80);
    expect(r.earnedWeight).toBeCloseTo(66, 12);
    expect(r.score).toBeCloseTo(82.5, 12);
  });

  it("a red line gives 0 even with bonus items and unanswered criteria", () => {
    const r = scoreReview(PRE, { criteria: { greeting: "yes" }, redLineId: "offPlatform", bonusIds: ["customerPraise"] });
    expect(r).toMatchObject({ status: "redLine", score: 0 });
  });

  it("adds bonus points and caps the total at 100", () => {
    const bonus = scoreReview(PRE, { criteria: NORMAL, bonusIds: ["customerPraise", "exemplaryCase"] });
    expect(bonus.score).toBeCloseTo(227 / 3 + 5, 12);
    const full = { greeting: "yes", responseSpeed: 3, attitude: 5, productKnowledge: 5, promotionRules: 3, needsDiscovery: 5, recommendation: "yes", closing: "yes" } as const;
    expect(scoreReview(PRE, { criteria: full, bonusIds: ["customerPraise"] }).score).toBe(100);
    expect(scoreReview(PRE, { criteria: { ...full, attitude: 4 }, bonusIds: ["customerPraise"] }).score).toBeCloseTo(100, 12); // 97 + 3
    expect(scoreReview(PRE, { criteria: { ...full, attitude: 3 }, bonusIds: ["exemplaryCase"] }).score).toBeCloseTo(96, 12); // 94 + 2
  });

  it("has no score while a criterion is unanswered, or when everything is N/A", () => {
    const { closing: _omit, ...partial } = NORMAL;
    expect(scoreReview(PRE, { criteria: partial })).toMatchObject({ status: "incomplete", score: null });
    const cat: QaCatalogue = { ...PRE, criteria: PRE.criteria.filter((c) => c.naAllowed).map((c) => ({ ...c, weight: 25 })) };
    const allNa = Object.fromEntries(cat.criteria.map((c) => [c.id, "na" as const]));
    expect(scoreReview(cat, { criteria: allNa })).toMatchObject({ status: "notAssessable", score: null });
  });

  it("marks a points criterion failed below 60 % of its scale", () => {
    const r = scoreReview(PRE, { criteria: { ...NORMAL, responseSpeed: 1, attitude: 2, needsDiscovery: 2 } });
    expect(r.failedCriteria).toEqual(["responseSpeed", "attitude", "needsDiscovery", "recommendation"]);
  });

  it.each<[string, Record<string, QaAnswer>]>([
    ["points above the scale", { ...NORMAL, attitude: 6 }],
    ["fractional points", { ...NORMAL, attitude: 2.5 }],
    ["N/A where not allowed", { ...NORMAL, greeting: "na" }],
    ["yes on a points criterion", { ...NORMAL, attitude: "yes" }],
    ["points on a Yes/No criterion", { ...NORMAL, greeting: 1 }],
    ["an unknown criterion", { ...NORMAL, smile: 3 }],
  ])("rejects %s with an InputError in both languages", (_label, criteria) => {
    let caught: unknown;
    try {
      scoreReview(PRE, { criteria });
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(InputError);
    const err = caught as InputError;
    expect(err.text["en-US"]).toMatch(/criterion/i);
    expect(err.text["zh-CN"]).toMatch(/评分项/);
  });

  it("rejects unknown red lines and bonus items", () => {
    expect(() => scoreReview(PRE, { criteria: NORMAL, redLineId: "rudeness" })).toThrow(InputError);
    expect(() => scoreReview(PRE, { criteria: NORMAL, bonusIds: ["smile"] })).toThrow(InputError);
  });
});

/** A random catalogue (weights need not sum to 100: the rule is a weighted mean either way). */
const catalogueArb = fc
  .array(
    fc.record({
      weight: fc.integer({ min: 1, max: 40 }),
      points: fc.option(fc.integer({ min: 1, max: 10 }), { nil: null }),
      naAllowed: fc.boolean(),
    }),
    { minLength: 1, maxLength: 10 },
  )
  .map((specs): QaCatalogue => ({
    ...PRE,
    criteria: specs.map((s, i): QaCriterion => {
      const base = PRE.criteria[0]!;
      return { ...base, id: `c${i}`, weight: s.weight, naAllowed: s.naAllowed, scale: s.points === null ? { kind: "yesNo" } : { kind: "points", max: s.points } };
    }),
  }));

function answerArb(c: QaCriterion): fc.Arbitrary<QaAnswer> {
  const base: fc.Arbitrary<QaAnswer> = c.scale.kind === "yesNo" ? fc.constantFrom<QaAnswer>("yes", "no") : fc.integer({ min: 0, max: c.scale.max });
  return c.naAllowed ? fc.oneof(base, fc.constant<QaAnswer>("na")) : base;
}

const reviewArb = catalogueArb.chain((cat) =>
  fc.record({
    cat: fc.constant(cat),
    answers: fc.tuple(...cat.criteria.map(answerArb)),
    bonus: fc.subarray(["customerPraise", "exemplaryCase"]),
  }),
);

describe("scoreReview (properties)", () => {
  it("scores in [0, 100]", () => {
    fc.assert(
      fc.property(reviewArb, ({ cat, answers, bonus }) => {
        const criteria = Object.fromEntries(cat.criteria.map((c, i) => [c.id, answers[i]!]));
        const r = scoreReview(cat, { criteria, bonusIds: bonus });
        if (r.score === null) return r.possibleWeight === 0;
        return r.score >= 0 && r.score <= 100;
      }),
    );
  });

  it("N/A on a criterion equals removing that criterion from the catalogue", () => {
    fc.assert(
      fc.property(reviewArb, fc.nat(), ({ cat, answers }, pick) => {
        const idx = pick % cat.criteria.length;
        const target = cat.criteria[idx]!;
        fc.pre(target.naAllowed);
        const withNa = Object.fromEntries(cat.criteria.map((c, i) => [c.id, i === idx ? ("na" as const) : answers[i]!]));
        const reduced: QaCatalogue = { ...cat, criteria: cat.criteria.filter((_, i) => i !== idx) };
        const without = Object.fromEntries(reduced.criteria.map((c) => [c.id, withNa[c.id]!]));
        const a = scoreReview(cat, { criteria: withNa });
        const b = scoreReview(reduced, { criteria: without });
        if (a.score === null || b.score === null) return a.score === b.score;
        return Math.abs(a.score - b.score) < 1e-9;
      }),
    );
  });

  it("a full-marks review scores 100 and an all-zero review 0 (whatever the weights)", () => {
    fc.assert(
      fc.property(catalogueArb, (cat) => {
        const full = Object.fromEntries(cat.criteria.map((c) => [c.id, c.scale.kind === "yesNo" ? ("yes" as const) : c.scale.max]));
        const zero = Object.fromEntries(cat.criteria.map((c) => [c.id, c.scale.kind === "yesNo" ? ("no" as const) : 0]));
        return Math.abs(scoreReview(cat, { criteria: full }).score! - 100) < 1e-9 && scoreReview(cat, { criteria: zero }).score === 0;
      }),
    );
  });
});
