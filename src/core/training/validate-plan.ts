/**
 * Checks a training plan before any sheet is built and answers the first problem in plain words,
 * in both languages (a class cap of 0, an exam score of 130, a session after the event, …).
 */
import { InputError } from "../errors";
import { isoDate } from "../serial-date";
import { formatBoth, LOCALES, type LocalizedText } from "../../i18n/locale";
import { TRAINING_STRINGS } from "../../i18n/training";
import type { TrainingPlan } from "./model";

type ErrorKey = keyof (typeof TRAINING_STRINGS)["en-US"]["errors"];

/** The longest readiness table, in days. */
export const MAX_READINESS_DAYS = 120;

/** An {@link InputError} with a training message in both languages; a value may itself be localised. */
export function trainingError(key: ErrorKey, values: Readonly<Record<string, string | number | LocalizedText>> = {}): InputError {
  return new InputError(formatBoth((locale) => TRAINING_STRINGS[locale].errors[key], values));
}

export { isoDate };

const isWhole = (n: number, min: number, max: number): boolean => Number.isInteger(n) && n >= min && n <= max;

function checkNames(names: readonly string[]): void {
  const seen = new Set<string>();
  for (const n of names) {
    const key = n.trim();
    if (key === "" || key.includes(",") || seen.has(key)) throw trainingError("badName", { name: n });
    seen.add(key);
  }
}

/** @throws InputError for the first problem found. */
export function validateTrainingPlan(plan: TrainingPlan): void {
  const { marks, eventDate } = plan;
  const event = isoDate(eventDate);
  if (!(marks.examPassMark >= 0 && marks.examPassMark <= 100)) throw trainingError("badPassMark", { mark: marks.examPassMark });
  if (!(marks.questionShare >= 0 && marks.questionShare <= 1)) throw trainingError("badShare", { share: marks.questionShare });
  if (!isWhole(marks.maxRetakes, 0, 20)) throw trainingError("badMaxRetakes", { n: marks.maxRetakes });
  if (plan.courses.length === 0) throw trainingError("noCourses");
  for (const locale of LOCALES) checkNames(plan.courses.map((c) => c.name[locale]));
  if (plan.trainees.length === 0) throw trainingError("noTrainees");
  checkNames(plan.trainees.map((t) => t.name));
  checkNames(plan.sessions.map((s) => s.code));
  for (const s of plan.sessions) {
    if (!isWhole(s.cap, 1, 200)) throw trainingError("badCap", { session: s.code, cap: s.cap });
    if (s.date > eventDate) throw trainingError("sessionAfterEvent", { session: s.code, date: isoDate(s.date), event });
  }
  const codes = new Set(plan.sessions.map((s) => s.code));
  for (const r of plan.records) {
    const course = plan.courses[r.course]!.name;
    const who = { trainee: r.trainee, course };
    if (r.session !== "" && !codes.has(r.session)) throw trainingError("unknownSession", { trainee: r.trainee, session: r.session });
    if (r.score !== null && !(r.score >= 0 && r.score <= 100)) throw trainingError("badScore", { ...who, score: r.score });
    if (!isWhole(r.questionsAsked, 0, 100) || !isWhole(r.questionsPassed, 0, r.questionsAsked)) {
      throw trainingError("badQuestions", { ...who, passed: r.questionsPassed, asked: r.questionsAsked });
    }
    if (!isWhole(r.retakes, 0, 20)) throw trainingError("badRetakes", { ...who, retakes: r.retakes });
    if (r.examDate !== null && r.examDate > eventDate) throw trainingError("examAfterEvent", { ...who, date: isoDate(r.examDate), event });
  }
  if (plan.firstDay > eventDate) throw trainingError("firstDayAfterEvent", { date: isoDate(plan.firstDay), event });
  const days = eventDate - plan.firstDay + 1;
  if (days > MAX_READINESS_DAYS) throw trainingError("tooManyDays", { from: isoDate(plan.firstDay), event, days });
  if (plan.needed.length !== 0 && plan.needed.length !== days) {
    throw trainingError("neededLength", { got: plan.needed.length, days, from: isoDate(plan.firstDay) });
  }
  plan.needed.forEach((n, i) => {
    if (!(Number.isFinite(n) && n >= 0)) throw trainingError("badNeeded", { date: isoDate(plan.firstDay + i), value: n });
  });
  if (!isWhole(plan.ramp.weeks, 1, 26)) throw trainingError("badWeeks", { weeks: plan.ramp.weeks });
  for (const c of plan.ramp.criteria) {
    if (!Number.isFinite(c.start) || !Number.isFinite(c.target)) throw trainingError("badCriterion", { name: c.name });
  }
}
