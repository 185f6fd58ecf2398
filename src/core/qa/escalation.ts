/**
 * The escalation ladder for repeated failures (QA & coaching talk, docs/reference/sources.md: "针对个人问题设置重复发生惩罚,如第一次罚抄写,
 * 第二次绩效扣分"): the more often one agent fails the same criterion, the firmer the response.
 */

/** 0 none, 1 reminder & case study, 2 coaching talk, 3 special coaching plan / written warning. */
export type EscalationStep = 0 | 1 | 2 | 3;

export const ESCALATION_KEYS = ["none", "reminder", "coachingTalk", "specialPlan"] as const;
export type EscalationKey = (typeof ESCALATION_KEYS)[number];

/**
 * The step for an agent whose most-failed criterion failed `worstRepeat` times, with `redLines`
 * red-line reviews: any red line goes straight to step 3.
 *
 * @example escalationStep(2, 0) // 2 (coaching talk)
 */
export function escalationStep(worstRepeat: number, redLines: number): EscalationStep {
  if (redLines > 0 || worstRepeat >= 3) return 3;
  if (worstRepeat === 2) return 2;
  if (worstRepeat === 1) return 1;
  return 0;
}
