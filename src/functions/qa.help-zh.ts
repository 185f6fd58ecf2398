/** zh-CN help for the QA custom functions (same ids and parameter names as the JSDoc). */
import type { HelpTable } from "./localized-help";

export const QA_HELP_ZH: HelpTable = {
  QASCORE: {
    description: "按质检表的规则计算一条质检的得分：100 × Σ(权重 × 得分 ÷ 满分) ÷ 非“不适用”项目的权重之和，加上加分，最高 100；触犯红线为 0。",
    parameters: {
      marks: "该条质检各评分项的得分：0 到该项满分，或“不适用”(N/A)。",
      weights: "各评分项的权重。",
      scales: "各评分项的满分（默认 1：合格 = 1，不合格 = 0），可省略。",
      redline: "是否触犯红线（除空白、FALSE、0 以外的任何值）：触犯则得分为 0，可省略。",
      bonus: "加分，在封顶 100 之前加上（默认 0），可省略。",
    },
  },
  AGREEMENT: {
    description: "两位评分人打分一致的比例：|a − b| ≤ 容差即为一致，“不适用”只与“不适用”一致；有空白的配对不计。一个单元格完成打分对标。",
    parameters: {
      scores_a: "一位评分人的得分（如参考评分）。",
      scores_b: "另一位评分人的得分，单元格个数相同。",
      tolerance: "仍算一致的最大差值（默认 0），可省略。",
    },
  },
};
