/** Contact-volume forecasting: normal days, event days, prediction intervals, accuracy, the sample. */
export { accuracy, ACCURACY_METRICS, type AccuracyMetric, type Slot } from "./accuracy";
export { countInterval, dispersionOf, normalQuantile, type Interval } from "./intervals";
export {
  DAYS_PER_WEEK,
  forecastNormalDays,
  type BacktestScore,
  type NormalForecast,
  type NormalForecastInput,
  type NormalMethod,
} from "./normal-days";
export { combineUplifts, COMBINES, forecastEventDay, type Combine, type EventForecast, type EventForecastInput } from "./event-day";
export { forecastSample, normalIntensity, drawCounts, SAMPLE_SLOTS_PER_DAY, SAMPLE_WEEKS, type ForecastSample } from "./sample";
export { poisson, seededUniform } from "./random";
