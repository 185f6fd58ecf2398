import { writeFileSync } from "node:fs";
import { computePeakPlan } from "./src/core/peak";
import { sampleReviewInput } from "./src/core/review";
import { buildPlanForecastSheet } from "./src/sheets/peak/forecast-sheet";
import { buildPlanHeadcountSheet } from "./src/sheets/peak/headcount-sheet";
import { samplePeakPlanInput } from "./src/sheets/peak/sample";
import { samplePlanNumbers } from "./src/sheets/review/sample";
import { buildReviewSheet } from "./src/sheets/review/review-sheet";
import { writeXlsx } from "./src/xlsx";
(async () => {
  const locale = (process.argv[2] ?? "zh-CN") as "zh-CN";
  const input = sampleReviewInput(samplePlanNumbers(), false);
  const bytes = await writeXlsx([buildReviewSheet(input, locale)]);
  writeFileSync(`/tmp/review/review-${locale}.xlsx`, bytes);
  void computePeakPlan; void buildPlanForecastSheet; void buildPlanHeadcountSheet; void samplePeakPlanInput;
})();
