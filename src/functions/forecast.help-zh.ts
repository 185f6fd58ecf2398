/** zh-CN descriptions of the forecast custom functions; the parameter help is derived from their declarations in forecast.ts. */
import { FUNCTION_PARAMS } from "./forecast";
import { helpTable } from "./localized-help";

export const FORECAST_HELP_ZH = helpTable(FUNCTION_PARAMS, {
  FORECAST: "根据每个时段的历史咨询量预测接下来的时段，使用日周期和（历史满两周时）周周期；方法由对历史的回测自动选择。",
  EVENTFORECAST: "大促日（双 11、618 等）预测：以往年同一活动日相对活动前日常水平的倍数，推算今年每个时段；全天合计 = baseline × combine(倍数)。",
  ACCURACY: "预测准确度：预测值相对实际值的 WAPE（默认）、MAPE、SMAPE、BIAS、MAE 或 RMSE；含空白的时段不计入。",
});
