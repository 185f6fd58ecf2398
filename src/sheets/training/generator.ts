/** The training generator. Its sample: the sample team's ten temporary staff before Double 11, with results. */
import type { TrainingPlan } from "../../core/training/model";
import { sampleTrainingPlan } from "../../core/training/sample-plan";
import { defineGenerator } from "../generator";
import { buildTrainingSheets } from "./index";

export const TRAINING_GENERATOR = defineGenerator({
  id: "training",
  title: { "en-US": "Training", "zh-CN": "培训上岗" },
  ribbon: {
    command: "openTrainingPanel",
    controlId: "KefuKit.Training",
    label: { "en-US": "Training", "zh-CN": "培训上岗" },
    tooltip: {
      "en-US": "Plan training sessions, record exams and see day by day how many new and temporary staff are ready against the plan.",
      "zh-CN": "安排培训场次、记录考核，按天查看新人和临时客服的上岗就绪人数与计划需求的对比。",
    },
  },
  icon: "training",
  sheetIdPrefix: "training",
  sampleInputs: (): TrainingPlan[] => [sampleTrainingPlan()],
  build: (plan: TrainingPlan, locale) => buildTrainingSheets(plan, locale),
});
