/** zh-CN descriptions of the QA custom functions; the parameter help is derived from their declarations in qa.ts. */
import { helpTable } from "./localized-help";
import { FUNCTION_PARAMS } from "./qa";

export const QA_HELP_ZH = helpTable(FUNCTION_PARAMS, {
  QASCORE: "按质检表的规则计算一条质检的得分：100 × Σ(权重 × 得分 ÷ 满分) ÷ 非“不适用”项目的权重之和，加上加分，最高 100；触犯红线为 0。",
  AGREEMENT: "两位评分人打分一致的比例：|a − b| ≤ 容差即为一致，“不适用”只与“不适用”一致；有空白的配对不计。一个单元格完成打分对标。",
});
