/** zh-CN help for the hiring custom functions (same ids and parameter names as the JSDoc in hiring.ts). */
import type { HelpTable } from "./localized-help";

export const HIRING_HELP_ZH: HelpTable = {
  HIRES: {
    description:
      "每周招聘计划：为使每个还来得及的周次在岗有效人力达到需求，每周应开班培训的人数（尽量晚、尽量少）。每周一行：招聘人数、培训中人数、有效人力（FTE）、缺口。",
    parameters: {
      required: "每周需要的有效人力（FTE，≥ 0），一列，第 1 周在上。",
      on_hand: "第 1 周已在岗的有效人力（≥ 0）。",
      attrition: "每周末流失的在岗人员比例，0 到 1（不含 1），如 0.02。",
      train_weeks: "脱岗培训周数（≥ 0 的整数）：第 t 周开始培训的人从第 t + train_weeks 周起上岗。",
      ramp: "培训结束后前几周的产能系数，每个大于 0 且不大于 1，如 {0.5,0.8}；之后为 1。默认无爬坡期。",
      pass_rate: "培训通过率（结业人数占比），大于 0 且不大于 1，默认 1。",
    },
  },
};
