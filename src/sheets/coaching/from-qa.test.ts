import { isoDate, qaTalkingPoints, situationLines } from "../../core/coaching/qa-evidence";
import { InputError } from "../../core/errors";
import { defaultCatalogue } from "../../core/qa/default-catalogue";
import { agentEvidence, agentsAtStep } from "../../core/qa/qa-log";
import { SAMPLE_QA_PERIOD, sampleQaLog } from "../../core/sample/qa-reviews";
import { SAMPLE_TEAM } from "../../core/sample/team";
import { COACHING_STRINGS } from "../../i18n/coaching";
import { format } from "../../i18n/locale";
import type { SheetSpec } from "../spec";
import { buildCoachingFromQa, coachingAgents } from "./from-qa";

const catalogue = defaultCatalogue("pre-sale");
const entries = sampleQaLog("pre-sale", "zh-CN");
const takenOn = SAMPLE_QA_PERIOD.last + 1;
const base = { catalogue, entries, period: SAMPLE_QA_PERIOD, takenOn, team: SAMPLE_TEAM };
const strings = (s: SheetSpec): string[] => s.cells.map((c) => c.value).filter((v): v is string => typeof v === "string");
const numbers = (s: SheetSpec): number[] => s.cells.map((c) => c.value).filter((v): v is number => typeof v === "number");

describe("coaching forms from the QA log", () => {
  it("selects every agent at escalation step ≥ N, in log order", () => {
    const names = [...new Set(entries.map((e) => e.agent))];
    expect(coachingAgents({ ...base, minStep: 2 })).toEqual(agentsAtStep(catalogue, entries, names, SAMPLE_QA_PERIOD, 2));
    expect(coachingAgents({ ...base, minStep: 3 }).length).toBeLessThan(coachingAgents({ ...base, minStep: 2 }).length);
    const sheets = buildCoachingFromQa({ ...base, minStep: 2 }, "zh-CN");
    expect(sheets).toHaveLength(2 * coachingAgents({ ...base, minStep: 2 }).length);
  });

  it("pre-fills prep and record with the agent's QA figures, labelled with period and date taken", () => {
    const [prep, record] = buildCoachingFromQa({ ...base, agent: "赵敏" }, "zh-CN") as [SheetSpec, SheetSpec];
    expect([prep.name, record.name]).toEqual(["绩效面谈准备表-赵敏", "绩效面谈记录表-赵敏"]);
    const e = agentEvidence(catalogue, entries, "赵敏", SAMPLE_QA_PERIOD);
    expect(e.failedCriteria.length).toBeGreaterThan(1);
    const t = COACHING_STRINGS["zh-CN"].qa;
    for (const form of [prep, record]) {
      const s = strings(form);
      expect(s).toContain(format(t.section, { period: "2026-10-01 至 2026-10-31", taken: "2026-11-01" }));
      // failed criteria with counts and weights
      for (const f of e.failedCriteria.slice(0, 5)) {
        expect(s).toContain(catalogue.criteria.find((c) => c.id === f.id)!.name["zh-CN"]);
        expect(numbers(form)).toEqual(expect.arrayContaining([f.count, f.weight]));
      }
      expect(numbers(form)).toEqual(expect.arrayContaining([e.reviews, Number(e.averageFinalScore!.toFixed(1)), e.redLines, e.upheldAppeals]));
      for (const line of situationLines({ evidence: e, catalogue, takenOn }, "zh-CN")) expect(s).toContain(line);
      for (const p of qaTalkingPoints({ evidence: e, catalogue, takenOn })) expect(s).toContain(`• ${p["zh-CN"]}`);
    }
    // The record's improvement Situation opens with the example chats, as an editable input.
    const situation = record.cells.find((c) => c.style?.locked === false && typeof c.value === "string" && c.value.includes(e.examples[0]!.conversation));
    expect(situation?.value).toBe(situationLines({ evidence: e, catalogue, takenOn }, "zh-CN").join("\n"));
  });

  it("writes the red line first among the talking points and shows it in the situation", () => {
    const e = agentEvidence(catalogue, entries, "梁宇", SAMPLE_QA_PERIOD);
    expect(e.redLines).toBe(1);
    const points = qaTalkingPoints({ evidence: e, catalogue, takenOn });
    expect(points[0]!["en-US"]).toMatch(/^Red line \(Off-platform/);
    expect(situationLines({ evidence: e, catalogue, takenOn }, "en-US", 10).some((l) => l.includes("red line"))).toBe(true);
  });

  it("says plainly when the named agent has no review in the period", () => {
    let caught: unknown;
    try {
      buildCoachingFromQa({ ...base, agent: "Nobody" }, "en-US");
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(InputError);
    expect((caught as InputError).text["en-US"]).toBe("No QA reviews for Nobody in 2026-10-01 to 2026-10-31.");
    expect((caught as InputError).text["zh-CN"]).toContain("没有质检记录");
  });

  it("formats serial dates as ISO days", () => {
    expect(isoDate(SAMPLE_QA_PERIOD.first)).toBe("2026-10-01");
  });
});
