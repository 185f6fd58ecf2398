import { InputError } from "../errors";
import { toSerialDate } from "../serial-date";
import { DEFAULT_PASS_MARKS, type TrainingPlan, type TrainingRecord } from "./model";
import { blankTrainingPlan, defaultRampCriteria } from "./plan";
import { booked, onTrack, readyDate, readyOn, recordStatus, weeklyTarget } from "./readiness";
import { sampleTrainingPlan } from "./sample-plan";
import { validateTrainingPlan } from "./validate-plan";

const record = (patch: Partial<TrainingRecord>): TrainingRecord => ({
  trainee: "林晓",
  course: 0,
  session: "S01",
  attended: true,
  examDate: 46300,
  score: 80,
  questionsPassed: 4,
  questionsAsked: 5,
  retakes: 0,
  ...patch,
});

describe("recordStatus (pass mark 80, 80 % of questions, 2 retakes)", () => {
  const m = DEFAULT_PASS_MARKS;
  it("passes exactly at the marks: 80 points and 4 of 5 questions", () => {
    expect(recordStatus(record({}), m)).toBe("passed");
  });
  it("asks for a retake at 79 points or 3 of 5 questions, or when absent", () => {
    expect(recordStatus(record({ score: 79 }), m)).toBe("retake");
    expect(recordStatus(record({ questionsPassed: 3 }), m)).toBe("retake");
    expect(recordStatus(record({ attended: false, score: 95 }), m)).toBe("retake");
  });
  it("fails once the retakes allowed are used", () => {
    expect(recordStatus(record({ score: 70, retakes: 1 }), m)).toBe("retake");
    expect(recordStatus(record({ score: 70, retakes: 2 }), m)).toBe("failed");
  });
  it("stays blank before the exam and flags more right answers than questions", () => {
    expect(recordStatus(record({ score: null }), m)).toBe("");
    expect(recordStatus(record({ questionsPassed: 6 }), m)).toBe("check");
  });
});

describe("readiness of the sample plan", () => {
  const plan = sampleTrainingPlan();
  it("has 谢雨 ready on 25 Sep (last course), 郑凯 after the make-up class on 2 Nov, 唐诗 and 梁宇 never", () => {
    expect(readyDate(plan, "谢雨")).toBe(toSerialDate(2026, 9, 25));
    expect(readyDate(plan, "郑凯")).toBe(toSerialDate(2026, 11, 2));
    expect(readyDate(plan, "唐诗")).toBeNull();
    expect(readyDate(plan, "梁宇")).toBeNull();
  });
  it("counts 3 ready on 30 Sep, 5 on 24 Oct, 8 on the event day", () => {
    expect(readyOn(plan, toSerialDate(2026, 9, 30))).toBe(3);
    expect(readyOn(plan, toSerialDate(2026, 10, 24))).toBe(5);
    expect(readyOn(plan, plan.eventDate)).toBe(8);
  });
  it("books three retakers into the two-seat make-up class", () => {
    expect(booked(plan, "S11")).toBe(3);
  });
});

describe("ramp targets", () => {
  const [conversion, , response] = defaultRampCriteria();
  it("goes in a straight line from the week-1 level to the probation target", () => {
    expect(weeklyTarget(conversion!, 6, 6)).toBeCloseTo(0.4, 12);
    expect(weeklyTarget(conversion!, 3, 6)).toBeCloseTo(0.325, 12);
    expect(weeklyTarget(response!, 2, 6)).toBeCloseTo(55, 12);
  });
  it("reads less-is-better figures the other way round", () => {
    expect(onTrack(response!, 54, 55)).toBe(true);
    expect(onTrack(response!, 56, 55)).toBe(false);
    expect(onTrack(conversion!, 0.3, 0.325)).toBe(false);
  });
});

describe("bad input in plain words, both languages", () => {
  const base = (): TrainingPlan => sampleTrainingPlan();
  const message = (plan: TrainingPlan, locale: "en-US" | "zh-CN"): string => {
    try {
      validateTrainingPlan(plan);
    } catch (e) {
      if (e instanceof InputError) return e.text[locale];
      throw e;
    }
    throw new Error("no error");
  };
  it("a class cap of 0", () => {
    const plan = base();
    const sessions = plan.sessions.map((s, i) => (i === 0 ? { ...s, cap: 0 } : s));
    expect(message({ ...plan, sessions }, "en-US")).toBe("Session S01: a class cap of 0 is not possible; a class has 1 to 200 seats.");
    expect(message({ ...plan, sessions }, "zh-CN")).toBe("场次 S01：班级人数上限 0 无效，每班须为 1 到 200 人。");
  });
  it("an exam score of 130", () => {
    const plan = base();
    const records = plan.records.map((r, i) => (i === 0 ? { ...r, score: 130 } : r));
    expect(message({ ...plan, records }, "en-US")).toBe("谢雨 in Platform rules: an exam score of 130 is not possible; scores run from 0 to 100.");
    expect(message({ ...plan, records }, "zh-CN")).toBe("谢雨 的 平台规则：笔试成绩 130 无效，成绩须在 0 到 100 之间。");
  });
  it("a session or an exam after the event", () => {
    const plan = base();
    const sessions = plan.sessions.map((s, i) => (i === 2 ? { ...s, date: plan.eventDate + 1 } : s));
    expect(message({ ...plan, sessions }, "en-US")).toBe("Session S03 on 2026-11-12 is after the event day 2026-11-11: training must be finished by then.");
    const records = plan.records.map((r, i) => (i === 1 ? { ...r, examDate: plan.eventDate + 3 } : r));
    expect(message({ ...plan, records }, "zh-CN")).toBe("谢雨 的 产品知识：考核日期 2026-11-14 晚于活动日 2026-11-11。");
  });
  it("a blank plan with no trainees or a cap of 0", () => {
    const trainee = { name: "A", group: { "en-US": "", "zh-CN": "" } };
    const options = { trainees: [trainee], classCap: 8, firstDay: 46300, eventDate: 46330 };
    expect(() => blankTrainingPlan({ ...options, trainees: [] })).toThrow("There are no trainees");
    expect(() => blankTrainingPlan({ ...options, classCap: 0 })).toThrow("a class cap of 0 is not possible");
    expect(() => blankTrainingPlan({ ...options, trainees: [trainee, trainee] })).toThrow("repeated");
  });
});
