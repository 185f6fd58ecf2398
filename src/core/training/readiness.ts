/**
 * The figures the training sheets compute, in TypeScript: a record's status, when a trainee is
 * ready (every course passed), how many are ready on a day, a session's bookings and a ramp plan's
 * weekly targets. The sheets' formulas follow these rules exactly; test/training-recalc.test.ts
 * compares them after LibreOffice recalculates the workbook.
 */
import type { PassMarks, RampCriterion, TrainingPlan, TrainingRecord } from "./model";

/** "" while the exam has not been sat; "check" when more questions were passed than asked. */
export type RecordStatus = "" | "passed" | "retake" | "failed" | "check";

/**
 * Passed: attended, exam score at or above the pass mark and at least the required share of the
 * on-site questions right. Otherwise a retake, until the retakes allowed are used up: failed.
 */
export function recordStatus(r: TrainingRecord, marks: PassMarks): RecordStatus {
  if (r.score === null) return "";
  if (r.questionsPassed > r.questionsAsked) return "check";
  const passed = r.attended === true && r.score >= marks.examPassMark && r.questionsPassed >= marks.questionShare * r.questionsAsked;
  if (passed) return "passed";
  return r.retakes >= marks.maxRetakes ? "failed" : "retake";
}

/** Courses (distinct) a trainee has passed. */
export function coursesPassed(plan: TrainingPlan, trainee: string): number {
  const passed = new Set(plan.records.filter((r) => r.trainee === trainee && recordStatus(r, plan.marks) === "passed").map((r) => r.course));
  return passed.size;
}

/** The day a trainee passed the last of every course (latest passing exam date), or null. */
export function readyDate(plan: TrainingPlan, trainee: string): number | null {
  if (coursesPassed(plan, trainee) < plan.courses.length) return null;
  const dates = plan.records.filter((r) => r.trainee === trainee && recordStatus(r, plan.marks) === "passed").map((r) => r.examDate ?? 0);
  return Math.max(...dates);
}

/** Trainees ready on `day` (passed everything by that date). */
export function readyOn(plan: TrainingPlan, day: number): number {
  return plan.trainees.filter((t) => {
    const d = readyDate(plan, t.name);
    return d !== null && d <= day;
  }).length;
}

/** Trainees booked into a session. */
export function booked(plan: TrainingPlan, code: string): number {
  return plan.records.filter((r) => r.session === code).length;
}

/** The target of week `week` (1-based) of `weeks`: a straight line from the start level to the probation target. */
export function weeklyTarget(c: RampCriterion, week: number, weeks: number): number {
  return c.start + ((c.target - c.start) * week) / weeks;
}

/** On track when the actual is at least (or, for less-is-better figures, at most) the week's target. */
export function onTrack(c: RampCriterion, actual: number, target: number): boolean {
  return c.higherIsBetter ? actual >= target : actual <= target;
}

/** Days of the readiness table, `firstDay` to the event inclusive. */
export function readinessDays(plan: Pick<TrainingPlan, "firstDay" | "eventDate">): number[] {
  return Array.from({ length: plan.eventDate - plan.firstDay + 1 }, (_, i) => plan.firstDay + i);
}
