import type { QaCatalogue, QaCriterion } from "../qa/catalogue";
import type { QaLogEntry } from "../qa/qa-log";
import { qaResultsFromLog } from "./qa-results";

const both = (s: string) => ({ "en-US": s, "zh-CN": s });
const yesNo = (id: string, weight: number): QaCriterion => ({
  id,
  sectionId: "s",
  weight,
  scale: { kind: "yesNo" },
  naAllowed: false,
  name: both(id.toUpperCase()),
  description: both(""),
  examples: both(""),
});
const CATALOGUE: QaCatalogue = {
  channel: "pre-sale",
  sections: [{ id: "s", title: both("S") }],
  criteria: [yesNo("a", 60), yesNo("b", 40)],
  redLines: [{ id: "r", name: both("R"), description: both(""), examples: both("") }],
  bonusItems: [],
};

const entry = (date: number, a: "yes" | "no", b: "yes" | "no", extra: Partial<QaLogEntry> = {}): QaLogEntry => ({
  date,
  agent: "X",
  reviewer: "Y",
  conversation: `c${date}`,
  comment: "",
  answers: { criteria: { a, b } },
  ...extra,
});

describe("qaResultsFromLog", () => {
  const log: QaLogEntry[] = [
    entry(10, "yes", "yes"), // 100: pass
    entry(11, "yes", "no"), // 60: fail
    entry(12, "no", "yes", { appeal: { decision: "upheld", revisedScore: 85 } }), // 40 → 85 after the appeal: pass
    entry(13, "yes", "yes", { answers: { criteria: { a: "yes", b: "yes" }, redLineId: "r" } }), // red line: 0, fail
    entry(20, "no", "no"), // outside the period
  ];
  const r = qaResultsFromLog([{ catalogue: CATALOGUE, entries: log }], { first: 10, last: 13 }, 80);

  it("counts the period's scored reviews, passes by final score, red lines and the mean final score", () => {
    expect(r).toMatchObject({ first: 10, last: 13, reviews: 4, passed: 2, redLines: 1 });
    expect(r.meanScore).toBeCloseTo((100 + 60 + 85 + 0) / 4, 12);
  });

  it("lists the items failed most often (ties in catalogue order), named with their channel", () => {
    expect(r.topErrors.map((e) => [e.failures, e.answered])).toEqual([
      [1, 4],
      [1, 4],
    ]);
    expect(r.topErrors[0]!.label).toEqual({ "en-US": "Pre-sale: A", "zh-CN": "售前：A" });
  });
});
