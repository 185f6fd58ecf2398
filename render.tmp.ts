import { writeFileSync } from "node:fs";
import { sampleReviewInput } from "./src/core/review";
import { samplePlanNumbers } from "./src/sheets/review/sample";
import { buildReviewSheet } from "./src/sheets/review/review-sheet";
import { writeXlsx } from "./src/xlsx";
import { headcountStandIn } from "./test/support/headcount-stand-in";
(async () => {
  const plan = samplePlanNumbers();
  const locale = (process.argv[2] ?? "zh-CN") as "zh-CN";
  const input = sampleReviewInput(plan, true);
  const bytes = await writeXlsx([headcountStandIn(plan.forecast, plan.required), buildReviewSheet(input, locale)]);
  writeFileSync("/tmp/review/review.xlsx", bytes);
})();
