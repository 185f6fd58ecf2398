/** The training sheets for the sample workbook: the sample team's temporary staff before Double 11. */
import { sampleTrainingPlan } from "../../core/training/sample-plan";
import type { Locale } from "../../i18n/locale";
import type { SheetSpec } from "../spec";
import { buildTrainingSheets } from "./index";

export function buildTrainingSample(locale: Locale): SheetSpec[] {
  return buildTrainingSheets(sampleTrainingPlan(), locale);
}
