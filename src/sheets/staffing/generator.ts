/**
 * The staffing generator: a headcount table per 10-minute slot. Its sample is the built-in
 * Double-11 day (144 ten-minute slots) through Erlang C at 180 s handle time, 80 % answered in
 * 20 s, occupancy ≤ 85 %, 30 % shrinkage. An .xlsx must open without the add-in, so `build` writes
 * the computed numbers; the pane in Excel writes live `CS.*` formulas instead.
 */
import { sampleDayVolume } from "../../core/sample/day-volume";
import { defineGenerator } from "../generator";
import { computeStaffing } from "./compute-staffing";
import { buildStaffingSheet, type StaffingSheetInput } from "./staffing-sheet";

export const SAMPLE_STAFFING_INPUT: StaffingSheetInput = {
  model: "erlangC",
  volumes: sampleDayVolume(),
  params: {
    intervalSeconds: 600,
    ahtSeconds: 180,
    targetServiceLevel: 0.8,
    answerSeconds: 20,
    shrinkage: 0.3,
    maxOccupancy: 0.85,
    patienceSeconds: 120,
    concurrency: 3,
    chatsPerAgentHour: 30,
    automationRate: 0.4,
  },
};

export const STAFFING_GENERATOR = defineGenerator({
  id: "staffing",
  title: { "en-US": "Staffing", "zh-CN": "人力测算" },
  ribbon: {
    command: "openStaffingPanel",
    controlId: "KefuKit.Staffing",
    label: { "en-US": "Staffing", "zh-CN": "人力测算" },
    tooltip: {
      "en-US": "Build a headcount table for a day of 10-minute slots from a volume column, with live CS.* formulas.",
      "zh-CN": "根据咨询量列生成一天 10 分钟时段的人力表，公式实时计算。",
    },
  },
  icon: "staffing",
  sheetIdPrefix: "staffing",
  sampleInputs: () => [SAMPLE_STAFFING_INPUT],
  build: (input: StaffingSheetInput, locale) => [buildStaffingSheet(input, locale, computeStaffing(input))],
});
