/**
 * The post-peak review as a generator of its own (standalone: the plan's forecast and agents
 * required typed as values). Not listed in GENERATORS yet: the peak plan writes the linked review
 * with its headcount sheet, and the pane panel, ribbon button and icon come with the listing.
 */
import type { ReviewInput } from "../../core/review";
import { sampleReviewInput } from "../../core/review";
import { PEAK_IDS } from "../peak/layout";
import { defineGenerator } from "../generator";
import { buildReviewSheet } from "./review-sheet";
import { samplePlanNumbers } from "./sample";

export const REVIEW_GENERATOR = defineGenerator({
  id: "review",
  title: { "en-US": "Peak review", "zh-CN": "复盘" },
  ribbon: {
    command: "openReviewPanel",
    controlId: "KefuKit.Review",
    label: { "en-US": "Peak review", "zh-CN": "复盘" },
    tooltip: {
      "en-US": "Review a peak against its plan: forecast accuracy, short slots, service level, incentive cost, QA, then what went well, what to improve and the follow-up plan.",
      "zh-CN": "对照计划复盘大促：预测准确度、缺人时段、服务水平、激励成本、质检，以及做得好的、需改进的和跟进计划。",
    },
  },
  icon: "review",
  sheetIdPrefix: PEAK_IDS.review,
  sampleInputs: (): ReviewInput[] => [sampleReviewInput(samplePlanNumbers(), false)],
  // A linked input refers to the plan's headcount sheet: write it with that sheet (the peak plan does).
  build: (input: ReviewInput, locale) => [buildReviewSheet(input, locale)],
});
