import fc from "fast-check";
import { InputError } from "../errors";
import { SAMPLE_REVIEWERS, sampleCalibration } from "../sample/qa-reviews";
import type { QaCatalogue } from "./catalogue";
import { calibrate, DEFAULT_CALIBRATION, type CalibrationScore } from "./calibration";
import { defaultCatalogue } from "./default-catalogue";
import type { QaAnswer } from "./score-review";

/** Two criteria: A 0–5 points (w 60, N/A allowed), B Yes/No (w 40). */
const BASE = defaultCatalogue("pre-sale");
const CAT: QaCatalogue = {
  ...BASE,
  criteria: [
    { ...BASE.criteria[2]!, id: "a", weight: 60, scale: { kind: "points", max: 5 }, naAllowed: true },
    { ...BASE.criteria[0]!, id: "b", weight: 40, scale: { kind: "yesNo" }, naAllowed: false },
  ],
};
const s = (conversation: string, scorer: string, a: QaAnswer, b: QaAnswer): CalibrationScore => ({ conversation, scorer, answers: { criteria: { a, b } } });

describe("calibrate (hand-computed)", () => {
  // c1: ref a=5 b=yes (100); R1 a=4 b=yes (88); R2 a=5 b=no (60)
  // c2: ref a=3 b=no (36);   R1 a=3 b=no (36);  R2 a=na b=no (0)
  // c3: ref a=na b=yes (100); R1 a=na b=no (0); R2 has not scored c3
  const scores = [
    s("c1", "REF", 5, "yes"),
    s("c1", "R1", 4, "yes"),
    s("c1", "R2", 5, "no"),
    s("c2", "REF", 3, "no"),
    s("c2", "R1", 3, "no"),
    s("c2", "R2", "na", "no"),
    s("c3", "REF", "na", "yes"),
    s("c3", "R1", "na", "no"),
  ];
  const result = calibrate(CAT, scores, "REF", ["R1", "R2"]);
  const [r1, r2] = result.reviewers;

  it("agreement and mean deviation per reviewer and criterion", () => {
    expect(r1!.byCriterion.a).toEqual({ pairs: 3, agreement: 2 / 3, meanDeviation: -0.5 }); // 4≠5, 3=3, na=na; deviations −1, 0
    expect(r1!.byCriterion.b).toEqual({ pairs: 3, agreement: 2 / 3, meanDeviation: -1 / 3 }); // yes=yes, no=no, no≠yes
    expect(r2!.byCriterion.a).toEqual({ pairs: 2, agreement: 0.5, meanDeviation: 0 }); // 5=5, na≠3
    expect(r2!.byCriterion.b).toEqual({ pairs: 2, agreement: 0.5, meanDeviation: -0.5 });
  });

  it("pools agreement, averages the score gap and flags reviewers out of tolerance", () => {
    expect(r1!.agreement).toBeCloseTo(4 / 6, 12);
    expect(r1!.meanScoreGap).toBeCloseTo((88 - 100 + 0 + (0 - 100)) / 3, 12);
    expect(r1!.outOfTolerance).toBe(true);
    expect(r2!.agreement).toBe(0.5);
    expect(r2!.meanScoreGap).toBeCloseTo((60 - 100 + (0 - 36)) / 2, 12);
  });

  it("a tolerance of 1 point lets 4 agree with 5, never Yes with No", () => {
    const tolerant = calibrate(CAT, scores, "REF", ["R1", "R2"], { ...DEFAULT_CALIBRATION, tolerance: 1 });
    expect(tolerant.reviewers[0]!.byCriterion.a!.agreement).toBe(1);
    expect(tolerant.reviewers[0]!.byCriterion.b!.agreement).toBe(2 / 3);
  });

  it("gives each conversation's spread of review scores", () => {
    expect(result.conversations).toEqual([
      { conversation: "c1", referenceScore: 100, spread: 40 },
      { conversation: "c2", referenceScore: 36, spread: 36 },
      { conversation: "c3", referenceScore: 100, spread: 100 },
    ]);
  });

  it("rejects an unknown scorer and a conversation without reference", () => {
    expect(() => calibrate(CAT, [...scores, s("c1", "R9", 5, "yes")], "REF", ["R1", "R2"])).toThrow(/R9/);
    expect(() => calibrate(CAT, [s("c9", "R1", 5, "yes")], "REF", ["R1"])).toThrow(InputError);
  });
});

describe("calibrate (properties)", () => {
  const answerArb = fc.record({ a: fc.oneof(fc.integer({ min: 0, max: 5 }), fc.constant<QaAnswer>("na")), b: fc.constantFrom<QaAnswer>("yes", "no") });
  it("a reviewer who copies the reference agrees 100 % with no deviation and is within tolerance", () => {
    fc.assert(
      fc.property(fc.array(answerArb, { minLength: 1, maxLength: 8 }), (rows) => {
        const scores = rows.flatMap((r, i) => [s(`c${i}`, "REF", r.a, r.b), s(`c${i}`, "COPY", r.a, r.b)]);
        const [copy] = calibrate(CAT, scores, "REF", ["COPY"]).reviewers;
        return copy!.agreement === 1 && copy!.meanScoreGap === 0 && !copy!.outOfTolerance && copy!.byCriterion.b!.meanDeviation === 0;
      }),
    );
  });
});

describe("the sample calibration round", () => {
  it.each(["pre-sale", "after-sale"] as const)("%s: 林晓雯 (strict) and Grace Xu (lenient) out of tolerance, on opposite sides; 周敏 within", (channel) => {
    const result = calibrate(defaultCatalogue(channel), sampleCalibration(channel, "REF"), "REF", SAMPLE_REVIEWERS);
    const [lin, zhou, grace] = result.reviewers;
    expect([lin!.outOfTolerance, zhou!.outOfTolerance, grace!.outOfTolerance]).toEqual([true, false, true]);
    expect(lin!.meanScoreGap!).toBeLessThan(-5);
    expect(grace!.meanScoreGap!).toBeGreaterThan(5);
    expect(zhou!.agreement!).toBeGreaterThan(0.9);
    expect(zhou!.agreement!).toBeLessThan(1);
    expect(result.conversations).toHaveLength(6);
  });
});
