/** zh-CN help for the payout custom functions (same ids and parameter names as the JSDoc). */
import type { HelpTable } from "./localized-help";

export const PAYOUTS_HELP_ZH: HelpTable = {
  TIERED: {
    description: "阶梯提成：按分段累进（每段按本段比例）或整体（全部金额按达到的最高档比例）计算，可设上限和保底，四舍五入到分。",
    parameters: {
      amount: "金额（如销售额），可为单元格区域。",
      bounds: "每一档的起点，从小到大（如 0、10000、25000）。",
      rates: "每一档的提成比例（如 5%、7%、10%）。",
      mode: "\"marginal\"（累进，默认）或 \"flat\"（整体）。",
      cap: "提成上限（如 5000），可省略。",
      floor: "提成保底金额，可省略。",
    },
  },
  TIERBREAKDOWN: {
    description: "累进提成明细：每档一行，列出落在该档的金额、比例和提成；各行提成之和等于 TIERED。",
    parameters: { amount: "金额（单个单元格）。", bounds: "每一档的起点，从小到大。", rates: "每一档的提成比例。" },
  },
  BANDSCORE: {
    description: "按区间给 KPI 打分：取达到的最高档分数；越低越好时（如响应时长）取不超过的最低档分数；都不满足为 0。",
    parameters: {
      value: "KPI 数值，可为区域。",
      bounds: "各档门槛，从小到大（如 35%、40%、45%）。",
      scores: "各档对应分数（如 60、80、100）。",
      lower_is_better: "数值越小越好时填 TRUE（默认 FALSE）。",
    },
  },
  ATTAINMENT: {
    description: "目标完成率 = 实际 ÷ 目标，可设封顶；低于门槛（floor）按 0 计。",
    parameters: {
      actual: "实际完成值，可为区域。",
      target: "目标值（大于 0），可为区域。",
      cap: "完成率封顶（如 150%），可省略。",
      floor: "门槛：低于此完成率按 0 计（如 80%），可省略。",
    },
  },
  PAYCURVE: {
    description: "奖金系数曲线：低于门槛为 0，各点之间线性（目标以上更陡即加速），超过最后一点封顶。",
    parameters: {
      attainment: "完成率，可为区域（如 110%）。",
      attainment_points: "曲线上的完成率点，从小到大（如 80%、100%、120%）。",
      payout_points: "各点的奖金系数（如 50%、100%、200%）。",
    },
  },
  SCORECARD: {
    description: "加权综合得分：Σ 权重 × 分数 ÷ Σ 权重，保留 2 位小数；每人一行时逐行计算。",
    parameters: { scores: "各项 KPI 得分：每人一行、每项一列。", weights: "各项 KPI 的权重（如 30%、20%…）。" },
  },
  COMMISSION: {
    description: "个人销售提成减去退货扣减，两项各自四舍五入到分，结果不低于 0。",
    parameters: {
      sales: "销售额，可为区域。",
      returns: "退货（退款）金额，可为区域。",
      rate: "提成比例（如 2%）。",
      return_rate: "退货扣减比例（默认与 rate 相同）。",
    },
  },
  RANKBONUS: {
    description: "排名奖：按名次发奖（默认数值越大越靠前）；并列者平分所占名次的奖金，精确到分；空白单元格不参与排名。",
    parameters: {
      values: "参与排名的数值（如每位客服的销售额）。",
      prizes: "各名次奖金，第一名在前。",
      lowest_first: "数值越小越靠前时填 TRUE（如响应时长）。",
    },
  },
  SPLIT: {
    description: "按权重拆分总额，各部分之和严格等于总额（最大余数法：余下的单位给小数部分最大的，相同时给靠前的单元格）。",
    parameters: {
      total: "要拆分的总额（小数位不超过 decimals）。",
      weights: "权重（不小于 0，且不能全为 0）。",
      decimals: "结果的小数位数 0–6（默认 2，即到分）。",
    },
  },
  PRORATE: {
    description: "按在岗天数折算金额，起止日都计入（平年 6 月 1 日至 12 月 31 日为 214 天），四舍五入到分。",
    parameters: {
      amount: "整个周期的金额，可为区域。",
      start: "开始在岗日期，可为区域。",
      end: "最后在岗日期，可为区域。",
      period_start: "周期第一天。",
      period_end: "周期最后一天。",
    },
  },
};
