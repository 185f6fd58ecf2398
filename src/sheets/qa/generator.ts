/**
 * The QA template generator. Its samples: the pre-sale and the after-sale sets for the sample team,
 * the log filled with the sample month of reviews, the calibration sheet with the sample round and
 * the problem tracking opened on the sample month.
 */
import type { QaChannel } from "../../core/qa/catalogue";
import { SAMPLE_QA_PERIOD, sampleCalibration, sampleQaLog } from "../../core/sample/qa-reviews";
import type { Locale } from "../../i18n/locale";
import { QA_STRINGS } from "../../i18n/qa";
import { defineGenerator } from "../generator";
import { buildQaSheets, type QaSheetsOptions } from "./build-qa-sheets";

/** The sample inputs: both channels, filled with the sample month (comments in the locale). */
export function qaSampleInputs(locale: Locale): QaSheetsOptions[] {
  const reference = QA_STRINGS[locale].calibration.reference;
  return (["pre-sale", "after-sale"] as const).map((channel: QaChannel) => ({
    channel,
    entries: sampleQaLog(channel, locale),
    calibration: { reference, scores: sampleCalibration(channel, reference) },
    period: SAMPLE_QA_PERIOD,
  }));
}

export const QA_GENERATOR = defineGenerator({
  id: "qa",
  title: { "en-US": "QA template", "zh-CN": "质检表" },
  ribbon: {
    command: "openQaPanel",
    controlId: "KefuKit.Qa",
    label: { "en-US": "QA", "zh-CN": "质检" },
    tooltip: {
      "en-US": "Create a QA scoring template with weighted criteria, red lines and a score summary.",
      "zh-CN": "生成质检评分表：加权评分项、红线项与得分汇总。",
    },
  },
  icon: "qa",
  sheetIdPrefix: "qa",
  sampleInputs: (locale) => qaSampleInputs(locale),
  build: (options: QaSheetsOptions, locale) => buildQaSheets(options, locale),
});
