/**
 * The people of a CS team as the domain sees them: employment, skill, coaching category, last
 * period's KPI figures. Rosters, payouts, coaching and QA take these types; the built-in sample team
 * (`../sample/team.ts`) is one value of them, never a source of them.
 */

export type Employment = "full-time" | "temporary";
export type Skill = "pre-sale" | "after-sale";
/** Coaching categories from the QA & coaching talk (docs/reference/sources.md): the talking points differ for each. */
export type CoachingCategory = "newly-promoted" | "core" | "high-performer" | "qualified" | "low-performer";

export interface KpiSnapshot {
  /** Own sales in the period, in integer cents (CNY). */
  salesCents: number;
  /** Returns (refunded sales) in the period, integer cents. */
  returnsCents: number;
  /** Chats (inquiries) received. */
  inquiries: number;
  /** Inquiries that turned into paid orders. */
  conversions: number;
  /** Average first response time, seconds. */
  responseSeconds: number;
  /** Reply rate 0–1. */
  replyRate: number;
  /** Average QA score 0–100. */
  qaScore: number;
  /** Days present / scheduled days, 0–1. */
  attendance: number;
}

export interface Agent {
  id: string;
  /** Display name as the team writes it (Chinese, or an English name for some staff). */
  name: string;
  employment: Employment;
  skill: Skill;
  /** Job title in en-US / zh-CN. */
  role: { "en-US": string; "zh-CN": string };
  /** Team (group) name in en-US / zh-CN: a sheet in English shows "Pre-sale 1", not 售前一组. */
  team: { "en-US": string; "zh-CN": string };
  /** Maximum working hours per week. */
  maxHoursPerWeek: number;
  /** Weekday numbers (0 = Monday) this person cannot work. */
  daysOff: number[];
  /** Can work night shifts (crossing midnight). */
  nights: boolean;
  coachingCategory: CoachingCategory;
  /** Last month's figures. */
  kpi: KpiSnapshot;
}
