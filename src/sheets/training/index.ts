/**
 * The training generator: 培训计划 / Training plan, 培训考核 / Training record, 上岗就绪 /
 * Readiness and 新人成长计划 / Ramp plan, from one training plan, in one locale.
 *
 * @example
 * const sheets = buildTrainingSheets(sampleTrainingPlan(), "zh-CN");
 */
import type { SheetSpec } from "../spec";
import type { TrainingPlan } from "../../core/training/model";
import { validateTrainingPlan } from "../../core/training/validate-plan";
import type { Locale } from "../../i18n/locale";
import { TRAINING_STRINGS } from "../../i18n/training";
import { buildPlanSheet } from "./plan-sheet";
import { buildRampSheet } from "./ramp-sheet";
import { buildReadinessSheet } from "./readiness-sheet";
import { buildRecordSheet } from "./record-sheet";
import { trainingLayout } from "./training-layout";

/** @throws InputError in plain words for a bad plan (see validateTrainingPlan). */
export function buildTrainingSheets(plan: TrainingPlan, locale: Locale): SheetSpec[] {
  validateTrainingPlan(plan);
  const names = TRAINING_STRINGS[locale].sheetNames;
  const layout = trainingLayout(plan);
  return [
    buildPlanSheet(plan, layout, names.plan, locale),
    buildRecordSheet(plan, layout, names.record, locale),
    buildReadinessSheet(plan, layout, names.readiness, locale),
    buildRampSheet(plan.ramp, names.ramp, locale),
  ];
}
