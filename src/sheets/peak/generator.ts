/**
 * The peak-plan generator: one linked set of sheets from a calendar and the forecast inputs.
 * Its sample is the sample shop's Double-11 2026 (`./sample.ts`), rosters solved with HiGHS.
 */
import { SAMPLE_TEAM } from "../../core/sample/team";
import { defineGenerator } from "../generator";
import { buildPeakPlanSheets, preparePeakWorkbook, type PeakWorkbookInput } from "./build-plan";
import { samplePeakPlanInput } from "./sample";

export const SAMPLE_PEAK_NAME = { "en-US": "Double 11 2026 (sample shop)", "zh-CN": "2026 双11（示例店铺）" } as const;

export const PEAK_GENERATOR = defineGenerator({
  id: "peak",
  title: { "en-US": "Peak plan", "zh-CN": "大促计划" },
  ribbon: {
    command: "openPeakPanel",
    controlId: "KefuKit.Peak",
    label: { "en-US": "Plan a peak", "zh-CN": "大促计划" },
    tooltip: {
      "en-US": "One linked plan for a promotion: calendar, forecast, headcount, hiring, event-day rosters — change the forecast and the rest follows.",
      "zh-CN": "一份联动的大促计划：日历、预测、人力需求、招聘、活动日排班——修改预测，其余随之更新。",
    },
  },
  icon: "peak",
  sheetIdPrefix: "peak",
  ownWorkbook: true,
  sampleInputs: async (locale): Promise<PeakWorkbookInput[]> => [await preparePeakWorkbook(SAMPLE_PEAK_NAME[locale], samplePeakPlanInput(), SAMPLE_TEAM, true, locale)],
  build: (input: PeakWorkbookInput, locale) => buildPeakPlanSheets(input, locale),
});
