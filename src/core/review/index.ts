/** The post-peak review (复盘): its input, the engine behind every figure, QA results from logs, the sample. */
export * from "./types";
export { computeReview, type DayReview, type HourReview, type ReviewResult, type ReviewTotals, type SlotReview } from "./compute-review";
export { checkReviewInput, HOURS_PER_DAY, MAX_REVIEW_DAYS } from "./validate";
export { qaResultsFromLog, TOP_ERROR_ITEMS, type QaChannelLog } from "./qa-results";
export { sampleReviewInput, type SamplePlanNumbers } from "./sample";
