import { defaultCatalogue } from "./default-catalogue";
import { escalationStep } from "./escalation";
import { finalScore, summariseReviews, type QaReviewRecord } from "./summarise-reviews";
import { scoreReview } from "./score-review";

const CAT = defaultCatalogue("after-sale");
// after-sale: greeting 5 Y/N, responseSpeed 10 0–3, attitude 15 0–5, productKnowledge 10 0–5 N/A,
// promotionRules 5 0–3 N/A, orderVerification 10 Y/N, returnsProcess 25 0–5 N/A, resolution 15 0–3, followUp 5 Y/N N/A
const FULL = {
  greeting: "yes", responseSpeed: 3, attitude: 5, productKnowledge: 5, promotionRules: 3,
  orderVerification: "yes", returnsProcess: 5, resolution: 3, followUp: "yes",
} as const;

describe("escalationStep", () => {
  it("follows the ladder: once → reminder, twice → talk, 3× or a red line → special plan", () => {
    expect([0, 1, 2, 3, 7].map((n) => escalationStep(n, 0))).toEqual([0, 1, 2, 3, 3]);
    expect(escalationStep(0, 1)).toBe(3);
  });
});

describe("finalScore", () => {
  const review = scoreReview(CAT, { criteria: { ...FULL, attitude: 2 } }); // 100 - 15·3/5 = 91
  it("keeps the review score when there is no appeal or it is rejected", () => {
    expect(review.score).toBeCloseTo(91, 12);
    expect(finalScore(review, null)).toBe(review.score);
    expect(finalScore(review, { decision: "rejected", revisedScore: 99 })).toBe(review.score);
    expect(finalScore(review, { decision: null, revisedScore: null })).toBe(review.score);
  });
  it("uses the revised score for upheld and partly upheld appeals, null until entered", () => {
    expect(finalScore(review, { decision: "upheld", revisedScore: 97 })).toBe(97);
    expect(finalScore(review, { decision: "partly", revisedScore: 94 })).toBe(94);
    expect(finalScore(review, { decision: "upheld", revisedScore: null })).toBeNull();
    expect(() => finalScore(review, { decision: "upheld", revisedScore: 101 })).toThrow(/0 to 100/);
  });
});

describe("summariseReviews", () => {
  const records: QaReviewRecord[] = [
    { agent: "孙强", reviewer: "R1", answers: { criteria: { ...FULL, attitude: 2 } } }, // 91, attitude failed
    { agent: "孙强", reviewer: "R1", answers: { criteria: { ...FULL, attitude: 1, greeting: "no" } }, appeal: { decision: "upheld", revisedScore: 90 } }, // 83 → 90
    { agent: "孙强", reviewer: "R2", answers: { criteria: { ...FULL, attitude: 2 } }, appeal: { decision: "rejected", revisedScore: null } }, // 91
    { agent: "孙强", reviewer: "R2", answers: { criteria: { greeting: "yes" } } }, // incomplete: not counted
    { agent: "马丽", reviewer: "R2", answers: { criteria: {}, redLineId: "abuse" }, appeal: { decision: "partly", revisedScore: 40 } },
  ];
  const summary = summariseReviews(CAT, records, ["孙强", "马丽", "朱涛"], ["R1", "R2", "R3"]);

  it("counts scored reviews, averages final scores and escalates repeated criteria", () => {
    const [sun, ma, zhu] = summary.agents;
    expect(sun).toMatchObject({ reviews: 3, redLines: 0, repeatedCriteria: 1, worstRepeat: 3, escalation: 3, appeals: 2, upheldAppeals: 1 });
    expect(sun!.failuresByCriterion).toMatchObject({ attitude: 3, greeting: 1, resolution: 0 });
    expect(sun!.averageFinalScore).toBeCloseTo((91 + 90 + 91) / 3, 12);
    expect(sun!.appealRate).toBeCloseTo(2 / 3, 12);
    expect(ma).toMatchObject({ reviews: 1, redLines: 1, escalation: 3, averageFinalScore: 40, appeals: 1, upheldAppeals: 1, appealRate: 1 });
    expect(zhu).toMatchObject({ reviews: 0, averageFinalScore: null, appealRate: null, escalation: 0 });
  });

  it("measures QA accuracy per reviewer as 1 − upheld ÷ reviews", () => {
    expect(summary.reviewers).toEqual([
      { reviewer: "R1", reviews: 2, upheldAppeals: 1, accuracy: 0.5 },
      { reviewer: "R2", reviews: 2, upheldAppeals: 1, accuracy: 0.5 },
      { reviewer: "R3", reviews: 0, upheldAppeals: 0, accuracy: null },
    ]);
  });
});
