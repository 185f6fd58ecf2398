/** The payouts generator. Its sample: the sample team under the Double-11 sample plan. */
import { defineGenerator } from "../generator";
import { buildPayoutSheets, type PayoutSheetOptions } from "./index";

export const PAYOUTS_GENERATOR = defineGenerator({
  id: "payouts",
  title: { "en-US": "Payouts", "zh-CN": "绩效奖金" },
  ribbon: {
    command: "openPayoutsPanel",
    controlId: "KefuKit.Payouts",
    label: { "en-US": "Payouts", "zh-CN": "绩效奖金" },
    tooltip: {
      "en-US": "Create a payout plan, inputs, statements and a summary finance can audit.",
      "zh-CN": "生成奖金方案、数据录入、个人明细与汇总表，便于财务核对。",
    },
  },
  icon: "payouts",
  sheetIdPrefix: "payout",
  sampleInputs: (): PayoutSheetOptions[] => [{}],
  build: (options: PayoutSheetOptions, locale) => buildPayoutSheets(options, locale),
});
