/**
 * The sample training plan: the sample team's ten temporary agents before Double 11. The four
 * after-sale temporaries (refunds) train in September, the six pre-sale ones from 20 October; a
 * make-up class on 2 November retakes the promotion rules and is over its cap. Most pass; 梁宇
 * still has retakes to sit and 唐诗 has used hers up in two courses, so both are not ready.
 */
import type { LocalizedText } from "../../i18n/locale";
import { SAMPLE_TEAM, type Agent } from "../sample/team";
import { toSerialDate } from "../serial-date";
import { DEFAULT_PASS_MARKS, type RampHire, type Session, type TrainingPlan, type TrainingRecord } from "./model";
import { DEFAULT_COURSES, DEFAULT_PROBATION_WEEKS, DEFAULT_TRAINERS, defaultRampCriteria, SAMPLE_EVENT_DATE } from "./plan";
import { validateTrainingPlan } from "./validate-plan";

const SEP_21 = toSerialDate(2026, 9, 21);
const OCT_20 = toSerialDate(2026, 10, 20);
const NOV_2 = toSerialDate(2026, 11, 2);
/** The pre-sale temporaries' first day on the floor (a Monday). */
const OCT_26 = toSerialDate(2026, 10, 26);

/** [score, questions right (of 5), retakes, days after the session of the latest sitting or "makeup"] per course. */
type Result = [score: number, right: number, retakes: number, later: number | "makeup"];
const P = (score: number, right = 5): Result => [score, right, 0, 0];

const RESULTS: Readonly<Record<string, readonly Result[]>> = {
  林晓: [P(88), P(84, 4), P(95), P(86, 4), P(82, 4)],
  罗佳: [P(85), P(80, 4), P(92), P(83), [86, 4, 1, "makeup"]],
  梁宇: [[84, 4, 1, 7], [74, 3, 1, 8], P(90), P(80, 3), [82, 4, 1, "makeup"]],
  宋佳怡: [P(91), P(88), P(96), P(90, 4), P(85)],
  "Tom Li": [P(83, 4), [85, 4, 1, 7], P(90), P(84), P(80, 4)],
  郑凯: [P(92), P(90), P(97), P(89), [88, 5, 1, "makeup"]],
  谢雨: [P(86), P(82, 4), P(90), P(85), P(84)],
  韩梅: [P(81, 4), P(85), P(88), P(80, 4), P(86)],
  唐诗: [[74, 3, 2, 14], [81, 4, 1, 7], P(85, 4), [79, 3, 2, 14], P(80, 3)],
  "Amy Xu": [P(89), P(87), P(93), P(88), P(90)],
};

/** People the plan needs ready: after-sale refunds from 28 Sep, pre-sale deposits from 24 Oct, the full team from 1 Nov. */
function neededOn(day: number): number {
  if (day >= toSerialDate(2026, 11, 1)) return 8;
  if (day >= toSerialDate(2026, 10, 24)) return 6;
  if (day >= toSerialDate(2026, 9, 28)) return 3;
  return 0;
}

/** An agent's own level of each ramp criterion (conversion, QA score, response seconds), from their KPIs. */
export function ownRampLevels(agent: Agent): number[] {
  const k = agent.kpi;
  return [k.conversions / k.inquiries, k.qaScore, k.responseSeconds];
}

/** The group a temporary agent trains with: their channel. */
export function skillGroup(agent: Agent): LocalizedText {
  return agent.skill === "pre-sale" ? { "en-US": "Pre-sale", "zh-CN": "售前" } : { "en-US": "After-sale", "zh-CN": "售后" };
}

/** Weekly actuals drift from the week-1 level toward the person's own levels over four weeks. */
export function rampActuals(own: readonly number[], weeks: number): (number | null)[][] {
  const decimals = [3, 1, 0];
  return defaultRampCriteria().map((c, i) =>
    Array.from({ length: weeks }, (_, w) => {
      const v = c.start + ((own[i]! - c.start) * Math.min(1, (w + 1) / 4));
      const f = 10 ** decimals[i]!;
      return Math.round(v * f) / f;
    }),
  );
}

export function sampleTrainingPlan(): TrainingPlan {
  const temps = SAMPLE_TEAM.filter((a) => a.employment === "temporary");
  const afterSale = temps.filter((a) => a.skill === "after-sale");
  const preSale = temps.filter((a) => a.skill === "pre-sale");
  const trainees = [...afterSale, ...preSale].map((a) => ({ name: a.name, group: skillGroup(a) }));
  const sessions: Session[] = [];
  const addClass = (first: number, room: string, cap: number): void => {
    DEFAULT_COURSES.forEach((_, i) => {
      sessions.push({ code: `S${String(sessions.length + 1).padStart(2, "0")}`, course: i, date: first + i, trainer: DEFAULT_TRAINERS[i]!, room, cap });
    });
  };
  addClass(SEP_21, "A101", 6);
  addClass(OCT_20, "A102", 8);
  const makeup: Session = { code: "S11", course: 4, date: NOV_2, trainer: DEFAULT_TRAINERS[4]!, room: "A101", cap: 2 };
  sessions.push(makeup);

  const records: TrainingRecord[] = [];
  [afterSale, preSale].forEach((group, g) => {
    for (const agent of group) {
      RESULTS[agent.name]!.forEach(([score, right, retakes, later], course) => {
        const session = later === "makeup" ? makeup : sessions[g * DEFAULT_COURSES.length + course]!;
        records.push({
          trainee: agent.name,
          course,
          session: session.code,
          attended: true,
          examDate: later === "makeup" ? makeup.date : session.date + later,
          score,
          questionsPassed: right,
          questionsAsked: 5,
          retakes,
        });
      });
    }
  });

  const days = SAMPLE_EVENT_DATE - SEP_21 + 1;
  const hires: RampHire[] = preSale.map((a) => ({ name: a.name, startDate: OCT_26, actuals: rampActuals(ownRampLevels(a), 3) }));
  const plan: TrainingPlan = {
    eventDate: SAMPLE_EVENT_DATE,
    marks: DEFAULT_PASS_MARKS,
    courses: DEFAULT_COURSES,
    sessions,
    trainees,
    records,
    firstDay: SEP_21,
    needed: Array.from({ length: days }, (_, i) => neededOn(SEP_21 + i)),
    ramp: { weeks: DEFAULT_PROBATION_WEEKS, criteria: defaultRampCriteria(), hires },
  };
  validateTrainingPlan(plan);
  return plan;
}
