/** zh-CN descriptions of the payouts custom functions; the parameter help is derived from their declarations in payouts.ts. */
import { helpTable } from "./localized-help";
import { FUNCTION_PARAMS } from "./payouts";

export const PAYOUTS_HELP_ZH = helpTable(FUNCTION_PARAMS, {
  TIERED: "阶梯提成：按分段累进（每段按本段比例）或整体（全部金额按达到的最高档比例）计算，可设上限和保底，四舍五入到分。",
  TIERBREAKDOWN: "累进提成明细：每档一行，列出落在该档的金额、比例和提成；各行提成之和等于 TIERED。",
  BANDSCORE: "按区间给 KPI 打分：取达到的最高档分数；越低越好时（如响应时长）取不超过的最低档分数；都不满足为 0。",
  ATTAINMENT: "目标完成率 = 实际 ÷ 目标，可设封顶；低于门槛（floor）按 0 计。",
  PAYCURVE: "奖金系数曲线：低于门槛为 0，各点之间线性（目标以上更陡即加速），超过最后一点封顶。",
  SCORECARD: "加权综合得分：Σ 权重 × 分数 ÷ Σ 权重，保留 2 位小数；每人一行时逐行计算。",
  COMMISSION: "个人销售提成减去退货扣减，两项各自四舍五入到分，结果不低于 0。",
  RANKBONUS: "排名奖：按名次发奖（默认数值越大越靠前）；并列者平分所占名次的奖金，精确到分；空白单元格不参与排名。",
  SPLIT: "按权重拆分总额，各部分之和严格等于总额（最大余数法：余下的单位给小数部分最大的，相同时给靠前的单元格）。",
  PRORATE: "按在岗天数折算金额，起止日都计入（平年 6 月 1 日至 12 月 31 日为 214 天），四舍五入到分。",
});
