import fc from "fast-check";
import { SAMPLE_TEAM } from "../sample/team";
import { SAMPLE_QA_PERIOD, SAMPLE_REVIEWERS, sampleQaLog } from "../sample/qa-reviews";
import { defaultCatalogue } from "./default-catalogue";
import { agentEvidence, agentsAtStep, trackProblems, type QaLogEntry } from "./qa-log";
import type { QaAnswer } from "./score-review";
import { summariseReviews } from "./summarise-reviews";

const PRE = defaultCatalogue("pre-sale");
const FULL = { greeting: "yes", responseSpeed: 3, attitude: 5, productKnowledge: 5, promotionRules: 3, needsDiscovery: 5, recommendation: "yes", closing: "yes" } as const;
const D = 46300;

function entry(date: number, agent: string, criteria: Record<string, QaAnswer>, extra: Partial<QaLogEntry> = {}): QaLogEntry {
  return { date, agent, reviewer: "R1", conversation: `C${date}-${agent}`, comment: `note ${date} ${agent}`, answers: { criteria }, ...extra };
}

describe("trackProblems (hand-computed)", () => {
  // Day D: A fails needsDiscovery (2 < 3) and closing; B passes but N/A on needsDiscovery.
  // Day D+1: A fails needsDiscovery; C is incomplete (not counted). Day D+2: nothing.
  const entries = [
    entry(D, "A", { ...FULL, needsDiscovery: 2, closing: "no" }),
    entry(D, "B", { ...FULL, needsDiscovery: "na" }),
    entry(D + 1, "A", { ...FULL, needsDiscovery: 1 }),
    entry(D + 1, "C", { greeting: "yes" }),
    entry(D + 9, "A", { ...FULL, needsDiscovery: 1 }), // outside the period
  ];
  const t = trackProblems(PRE, entries, { first: D, last: D + 2 }, { trendDays: 1, top: 5, caseCriteria: 2, examples: 3 });

  it("rates failures over the reviews that answered the criterion, per day", () => {
    expect(t.days.map((d) => d.reviews)).toEqual([2, 1, 0]);
    expect(t.days.map((d) => d.rates.needsDiscovery)).toEqual([1, 1, null]); // B's N/A is left out
    expect(t.days.map((d) => d.rates.closing)).toEqual([0.5, 0, null]);
  });

  it("ranks the top problems by the period rate and compares the last days with the days before", () => {
    expect(t.top.map((p) => [p.id, p.failures, p.answered, p.rate])).toEqual([
      ["needsDiscovery", 2, 2, 1],
      ["closing", 1, 3, 1 / 3],
    ]);
    // trendDays 1: last day D+2 has no reviews → recent unknown
    expect(t.top[0]).toMatchObject({ recent: null, previous: 1, falling: null });
    const t2 = trackProblems(PRE, entries, { first: D, last: D + 1 }, { trendDays: 1, top: 5, caseCriteria: 2, examples: 3 });
    expect(t2.criteria.find((c) => c.id === "closing")).toMatchObject({ recent: 0, previous: 0.5, falling: true });
    expect(t2.criteria.find((c) => c.id === "needsDiscovery")).toMatchObject({ recent: 1, previous: 1, falling: false });
  });

  it("lists example conversations and comments for the most-missed criteria, in log order", () => {
    expect(t.caseReview.map((c) => [c.id, c.failures, c.examples.map((e) => e.conversation)])).toEqual([
      ["needsDiscovery", 2, [`C${D}-A`, `C${D + 1}-A`]],
      ["closing", 1, [`C${D}-A`]],
    ]);
    expect(t.caseReview[0]!.examples[0]!.comment).toBe(`note ${D} A`);
  });

  it("rejects a period that ends before it starts", () => {
    expect(() => trackProblems(PRE, entries, { first: D, last: D - 1 })).toThrow(/period/);
  });
});

describe("agentEvidence", () => {
  const entries = [
    entry(D, "A", { ...FULL, needsDiscovery: 2, closing: "no" }, { appeal: { decision: "upheld", revisedScore: 95 } }),
    entry(D + 1, "A", { ...FULL, needsDiscovery: 1, attitude: 2 }),
    entry(D + 2, "A", { greeting: "yes" }, { answers: { criteria: { greeting: "yes" }, redLineId: "offPlatform" } }),
    entry(D + 3, "A", FULL),
    entry(D + 1, "B", { ...FULL, closing: "no" }),
  ];
  const e = agentEvidence(PRE, entries, "A", { first: D, last: D + 30 });

  it("counts reviews, red lines and appeals and averages final scores like the summary", () => {
    // scores: 100·(5+10+15+20·4/5... computed by the reference; the final of the first is the revised 95
    const summary = summariseReviews(PRE, entries.filter((x) => x.agent === "A"), ["A"], []).agents[0]!;
    expect(e).toMatchObject({ reviews: 4, redLines: 1, escalation: 3, appeals: 1, upheldAppeals: 1 });
    expect(e.averageFinalScore).toBe(summary.averageFinalScore);
  });

  it("orders failed criteria by count, then weight, with the weights", () => {
    expect(e.failedCriteria).toEqual([
      { id: "needsDiscovery", count: 2, weight: 20 },
      { id: "attitude", count: 1, weight: 15 },
      { id: "closing", count: 1, weight: 10 },
    ]);
  });

  it("keeps the reviews with a failure or red line as evidence, with conversation and comment", () => {
    expect(e.examples.map((x) => [x.conversation, x.failed, x.redLineId, x.score])).toEqual([
      [`C${D}-A`, ["needsDiscovery", "closing"], null, expect.any(Number)],
      [`C${D + 1}-A`, ["attitude", "needsDiscovery"], null, expect.any(Number)],
      [`C${D + 2}-A`, [], "offPlatform", 0],
    ]);
  });

  it("selects agents by escalation step", () => {
    expect(agentsAtStep(PRE, entries, ["A", "B", "Z"], { first: D, last: D + 30 }, 1)).toEqual(["A", "B"]);
    expect(agentsAtStep(PRE, entries, ["A", "B", "Z"], { first: D, last: D + 30 }, 2)).toEqual(["A"]);
    expect(agentsAtStep(PRE, entries, ["A", "B"], { first: D + 3, last: D + 30 }, 1)).toEqual([]);
  });
});

describe("problem tracking (properties)", () => {
  const answer = fc.constantFrom<QaAnswer>(0, 1, 2, 3, 4, 5);
  const entryArb = fc.record({ day: fc.integer({ min: 0, max: 9 }), nd: fc.oneof(answer, fc.constant<QaAnswer>("na")), att: answer, agent: fc.constantFrom("A", "B") });
  it("every daily rate is in [0, 1]; period failures are the sum of daily failures", () => {
    fc.assert(
      fc.property(fc.array(entryArb, { maxLength: 30 }), (rows) => {
        const entries = rows.map((r) => entry(D + r.day, r.agent, { ...FULL, needsDiscovery: r.nd, attitude: r.att }));
        const t = trackProblems(PRE, entries, { first: D, last: D + 9 });
        for (const c of t.criteria) {
          const daily = t.days.reduce((s, d) => {
            const n = entries.filter((x) => x.date === d.date && x.answers.criteria[c.id] !== "na").length;
            return s + Math.round((d.rates[c.id] ?? 0) * n);
          }, 0);
          if (daily !== c.failures) return false;
        }
        return t.days.every((d) => Object.values(d.rates).every((r) => r === null || (r >= 0 && r <= 1)));
      }),
    );
  });
});

describe("the sample QA month", () => {
  it.each(["pre-sale", "after-sale"] as const)("%s: a month of reviews with red lines, N/A, bonuses, appeals of every kind", (channel) => {
    const log = sampleQaLog(channel, "zh-CN");
    const agents = SAMPLE_TEAM.filter((a) => a.skill === channel).map((a) => a.name);
    expect(log.every((e) => e.date >= SAMPLE_QA_PERIOD.first && e.date <= SAMPLE_QA_PERIOD.last)).toBe(true);
    expect(new Set(log.map((e) => e.agent))).toEqual(new Set(agents));
    expect(new Set(log.map((e) => e.reviewer))).toEqual(new Set(SAMPLE_REVIEWERS));
    expect(new Set(log.map((e) => e.conversation)).size).toBe(log.length);
    expect(log.filter((e) => e.answers.redLineId)).toHaveLength(2);
    expect(log.some((e) => Object.values(e.answers.criteria).includes("na"))).toBe(true);
    expect(log.some((e) => (e.answers.bonusIds ?? []).length > 0)).toBe(true);
    const decisions = new Set(log.filter((e) => e.appeal).map((e) => e.appeal!.decision));
    expect(decisions.has("upheld") && decisions.has("rejected")).toBe(true);
    // Same content in both languages, only the comments differ.
    const en = sampleQaLog(channel, "en-US");
    expect(en.map((e) => e.answers)).toEqual(log.map((e) => e.answers));
    expect(en.find((e) => e.comment !== "")!.comment).not.toBe(log.find((e) => e.comment !== "")!.comment);
  });

  it("shows a persistent problem and a fading one (pre-sale: needs discovery not falling, response speed falling)", () => {
    const t = trackProblems(PRE, sampleQaLog("pre-sale", "en-US"), SAMPLE_QA_PERIOD);
    expect(t.top[0]).toMatchObject({ id: "needsDiscovery", falling: false });
    expect(t.criteria.find((c) => c.id === "responseSpeed")).toMatchObject({ falling: true });
    expect(t.caseReview[0]!.examples).toHaveLength(3);
  });

  it("has agents at step 2 and beyond but not everyone", () => {
    const log = sampleQaLog("pre-sale", "en-US");
    const agents = SAMPLE_TEAM.filter((a) => a.skill === "pre-sale").map((a) => a.name);
    const step2 = agentsAtStep(PRE, log, agents, SAMPLE_QA_PERIOD, 2);
    expect(step2.length).toBeGreaterThan(2);
    expect(step2.length).toBeLessThan(agents.length);
  });
});
