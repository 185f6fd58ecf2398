/** The QA template generator. Its samples: the pre-sale and the after-sale sets for the sample team. */
import { defineGenerator } from "../generator";
import { buildQaSheets, type QaSheetsOptions } from "./build-qa-sheets";

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
  sampleInputs: (): QaSheetsOptions[] => [{ channel: "pre-sale" }, { channel: "after-sale" }],
  build: (options: QaSheetsOptions, locale) => buildQaSheets(options, locale),
});
