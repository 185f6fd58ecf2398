/**
 * The coaching forms generator. Its samples: the three forms filled for a low performer of the
 * sample team (KPI snapshot, category talking points, QA evidence from the sample QA month), then a
 * blank set to print for anyone.
 */
import { SAMPLE_TEAM } from "../../core/sample/team";
import { defaultCatalogue } from "../../core/qa/default-catalogue";
import { agentEvidence } from "../../core/qa/qa-log";
import { SAMPLE_QA_PERIOD, sampleQaLog } from "../../core/sample/qa-reviews";
import { defineGenerator } from "../generator";
import { buildCoachingSheets, type CoachingFormOptions } from "./build-coaching-sheets";

export const COACHING_GENERATOR = defineGenerator({
  id: "coaching",
  title: { "en-US": "Coaching forms", "zh-CN": "辅导面谈表" },
  ribbon: {
    command: "openCoachingPanel",
    controlId: "KefuKit.Coaching",
    label: { "en-US": "Coaching", "zh-CN": "辅导" },
    tooltip: {
      "en-US": "Create coaching forms for an agent and a coaching category, or a blank form.",
      "zh-CN": "为指定客服和辅导类别生成辅导记录表，或生成空白表。",
    },
  },
  icon: "coaching",
  sheetIdPrefix: "coaching",
  sampleInputs: (locale): CoachingFormOptions[] => {
    const agent = SAMPLE_TEAM.find((a) => a.coachingCategory === "low-performer");
    if (agent === undefined) throw new Error("The sample team has no low performer");
    // Written from the sample QA month: the forms carry the agent's QA evidence.
    const qa = { evidence: agentEvidence(defaultCatalogue(agent.skill), sampleQaLog(agent.skill, locale), agent.name, SAMPLE_QA_PERIOD), catalogue: defaultCatalogue(agent.skill), takenOn: SAMPLE_QA_PERIOD.last + 1 };
    return [{ form: "all", agent, period: "2026-10", qa }, { form: "all" }];
  },
  build: (options: CoachingFormOptions, locale) => buildCoachingSheets(options, locale),
});
