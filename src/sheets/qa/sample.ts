/**
 * The QA sheets for the sample workbook: pre-sale and after-sale sets for the sample team, the log
 * filled with the sample month of reviews, the calibration sheet with the sample round, and the
 * problem tracking opened on the sample month.
 */
import type { QaChannel } from "../../core/qa/catalogue";
import { SAMPLE_QA_PERIOD, sampleCalibration, sampleQaLog } from "../../core/sample/qa-reviews";
import type { Locale } from "../../i18n/locale";
import { QA_STRINGS } from "../../i18n/qa";
import type { SheetSpec } from "../spec";
import { buildQaSheets } from "./build-qa-sheets";

export function buildQaSample(locale: Locale): SheetSpec[] {
  const reference = QA_STRINGS[locale].calibration.reference;
  const build = (channel: QaChannel): SheetSpec[] =>
    buildQaSheets(
      { channel, entries: sampleQaLog(channel, locale), calibration: { reference, scores: sampleCalibration(channel, reference) }, period: SAMPLE_QA_PERIOD },
      locale,
    );
  return [...build("pre-sale"), ...build("after-sale")];
}
