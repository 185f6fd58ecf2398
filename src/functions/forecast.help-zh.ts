/** zh-CN help for the forecast custom functions (same ids and parameter names as the JSDoc in forecast.ts). */
import type { HelpTable } from "./localized-help";

const LEVEL = "预测区间的置信水平，介于 0 和 1 之间（如 0.8）；填写时结果为 3 列：预测值、下限、上限。";

export const FORECAST_HELP_ZH: HelpTable = {
  FORECAST: {
    description: "根据每个时段的历史咨询量预测接下来的时段，使用日周期和（历史满两周时）周周期；方法由对历史的回测自动选择。",
    parameters: {
      history: "每个时段的咨询量，按时间从早到晚，从某天的第一个时段开始：一列或一行；空白单元格表示缺失。至少两天。",
      season: "每天的时段数：10 分钟时段为 144，半小时为 48，小时为 24。",
      horizon: "要预测的时段数（从最后一个时段之后开始）。",
      weekly: "TRUE 表示同时使用周周期。历史满两周时默认为 TRUE。",
      level: LEVEL,
    },
  },
  EVENTFORECAST: {
    description: "大促日（双 11、618 等）预测：以往年同一活动日相对活动前日常水平的倍数，推算今年每个时段；全天合计 = baseline × combine(倍数)。",
    parameters: {
      event_history: "往年活动日每个时段的咨询量：每年一列，最早的年份在最左边。",
      event_baselines: "每个往年活动日之前的日常水平（如活动前几周的日均总量），与 event_history 的列一一对应。",
      baseline: "今年的日常水平，单位与 event_baselines 相同。",
      combine: "各年倍数的合并方式：\"mean\"（平均，默认）、\"max\"（取最大的一年）或 \"last\"（最近一年）。",
      level: LEVEL,
    },
  },
  ACCURACY: {
    description: "预测准确度：预测值相对实际值的 WAPE（默认）、MAPE、SMAPE、BIAS、MAE 或 RMSE；含空白的时段不计入。",
    parameters: {
      actual: "每个时段的实际咨询量（一列或一行；空白不计入）。",
      forecast: "同样时段的预测值，单元格数与 actual 相同。",
      metric: "\"WAPE\"（Σ|实际−预测| ÷ Σ实际，默认）、\"MAPE\"、\"SMAPE\"、\"BIAS\"（Σ(预测−实际) ÷ Σ实际）、\"MAE\" 或 \"RMSE\"。",
    },
  },
};
