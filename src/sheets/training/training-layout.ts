/**
 * Where things sit in the four training sheets, computed once from the plan, so the sheets that
 * read each other (booked counts, status, readiness) and the tests agree on every cell.
 */
import { a1, sheetRef, type SheetSpec } from "../spec";
import type { TrainingPlan } from "../../core/training/model";
import { readinessDays } from "../../core/training/readiness";

export const TRAINING_IDS = { plan: "trainingPlan", record: "trainingRecord", readiness: "trainingReadiness", ramp: "trainingRamp" } as const;

/** Blank rows under each list, so a trainer can add courses, sessions, trainees and records. */
export const SPARE = { courses: 3, sessions: 6, trainees: 10, records: 30 } as const;

/** Inclusive 0-based row span. */
export interface Rows {
  first: number;
  last: number;
}

const span = (first: number, count: number): Rows => ({ first, last: first + count - 1 });

/** Training plan: settings (value column C), courses, sessions. */
export const PLAN_SETTINGS = { eventDate: 4, examPassMark: 5, questionShare: 6, maxRetakes: 7, valueCol: 2 } as const;
export const PLAN_COLS = { no: 0, course: 1, category: 2, hours: 3, content: 4, contentEnd: 7 } as const;
export const SESSION_COLS = { code: 0, course: 1, date: 2, trainer: 3, room: 4, cap: 5, booked: 6, left: 7 } as const;

/** Training record (an Excel table; header row fixed). */
export const RECORD_COLS = {
  trainee: 0,
  course: 1,
  session: 2,
  attended: 3,
  examDate: 4,
  score: 5,
  questionsPassed: 6,
  questionsAsked: 7,
  retakes: 8,
  status: 9,
  note: 10,
} as const;
export const RECORD_HEADER_ROW = 3;

/**
 * Readiness: the by-trainee block (name, group, one ✓ column per course row of the plan, courses
 * passed, ready on) beside the by-day block (date, ready, needed, gap); the course count in D4.
 */
export interface ReadinessCols {
  trainee: number;
  group: number;
  /** First of the per-course columns, one per course row of the plan (spares included). */
  firstCourse: number;
  passed: number;
  readyOn: number;
  date: number;
  ready: number;
  needed: number;
  gap: number;
}

export function readinessCols(courseSlots: number): ReadinessCols {
  const passed = 2 + courseSlots;
  return { trainee: 0, group: 1, firstCourse: 2, passed, readyOn: passed + 1, date: passed + 3, ready: passed + 4, needed: passed + 5, gap: passed + 6 };
}
export const READINESS_HEADER_ROW = 5;
export const COURSE_COUNT_CELL = { row: 3, col: 3 } as const;

export interface TrainingLayout {
  courseRows: Rows;
  sessionHeaderRow: number;
  sessionRows: Rows;
  recordRows: Rows;
  traineeRows: Rows;
  dayRows: Rows;
  days: number[];
  readiness: ReadinessCols;
}

export function trainingLayout(plan: TrainingPlan): TrainingLayout {
  const courseRows = span(11, plan.courses.length + SPARE.courses);
  const sessionHeaderRow = courseRows.last + 3;
  const days = readinessDays(plan);
  return {
    courseRows,
    sessionHeaderRow,
    sessionRows: span(sessionHeaderRow + 1, plan.sessions.length + SPARE.sessions),
    recordRows: span(RECORD_HEADER_ROW + 1, plan.records.length + SPARE.records),
    traineeRows: span(READINESS_HEADER_ROW + 1, plan.trainees.length + SPARE.trainees),
    dayRows: span(READINESS_HEADER_ROW + 1, days.length),
    days,
    readiness: readinessCols(courseRows.last - courseRows.first + 1),
  };
}

/** An absolute column range on another generated sheet: `'培训考核'!$A$5:$A$84`. */
export function columnRange(sheetId: string, col: number, rows: Rows): string {
  return `${sheetRef(sheetId)}!${a1(rows.first, col, true)}:${a1(rows.last, col, true)}`;
}

/** An absolute cell on another generated sheet. */
export function cellRef(sheetId: string, row: number, col: number): string {
  return `${sheetRef(sheetId)}!${a1(row, col, true)}`;
}

/**
 * Centres every cell below the titles vertically: inputs default to top-aligned, and rows grown
 * for wrapped text would otherwise mix top- and bottom-aligned cells.
 */
export function middleAligned(spec: SheetSpec, fromRow = 2): SheetSpec {
  return { ...spec, cells: spec.cells.map((c) => (c.row < fromRow ? c : { ...c, style: { ...c.style, vAlign: "middle" } })) };
}
