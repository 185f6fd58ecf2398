/**
 * The built-in sample team: 30 chat agents of a Tmall shop before Double 11, some temporary, with
 * Chinese and English names. Every generator and command falls back to it when the user gives no
 * data, so its figures are plain and deterministic (no randomness).
 */

import type { Agent, CoachingCategory, Employment, Skill } from "../team/types";

export type { Agent, CoachingCategory, Employment, KpiSnapshot, Skill } from "../team/types";

const SENIOR = { "en-US": "Senior agent", "zh-CN": "资深客服" } as const;
const AGENT = { "en-US": "Agent", "zh-CN": "客服专员" } as const;
const LEAD = { "en-US": "Team lead", "zh-CN": "客服组长" } as const;
const TEMP = { "en-US": "Temporary agent", "zh-CN": "临时客服" } as const;

type Row = [
  name: string,
  employment: Employment,
  skill: Skill,
  role: typeof SENIOR | typeof AGENT | typeof LEAD | typeof TEMP,
  category: CoachingCategory,
  salesYuan: number,
  returnsYuan: number,
  inquiries: number,
  conversions: number,
  responseSeconds: number,
  replyRate: number,
  qaScore: number,
  attendance: number,
];

// name, employment, skill, role, category, sales ¥, returns ¥, inquiries, conversions, response s, reply, QA, attendance
const ROWS: Row[] = [
  ["王芳", "full-time", "pre-sale", LEAD, "high-performer", 186_500, 6_200, 1_480, 712, 28, 0.992, 96, 1],
  ["李娜", "full-time", "pre-sale", SENIOR, "core", 152_300, 5_100, 1_390, 640, 31, 0.985, 93, 1],
  ["张伟", "full-time", "pre-sale", SENIOR, "core", 141_800, 7_900, 1_350, 601, 33, 0.981, 91, 0.96],
  ["刘洋", "full-time", "pre-sale", AGENT, "qualified", 118_400, 4_300, 1_260, 529, 38, 0.972, 88, 1],
  ["陈静", "full-time", "pre-sale", AGENT, "qualified", 109_900, 3_800, 1_210, 498, 41, 0.968, 86, 0.96],
  ["杨磊", "full-time", "pre-sale", AGENT, "newly-promoted", 126_700, 5_600, 1_300, 566, 35, 0.979, 90, 1],
  ["赵敏", "full-time", "pre-sale", AGENT, "low-performer", 71_200, 6_900, 1_050, 352, 57, 0.921, 76, 0.88],
  ["黄丽", "full-time", "pre-sale", AGENT, "qualified", 104_600, 2_900, 1_180, 479, 42, 0.963, 85, 1],
  ["周杰", "full-time", "pre-sale", AGENT, "core", 133_100, 4_100, 1_330, 590, 34, 0.983, 92, 1],
  ["吴婷", "full-time", "pre-sale", AGENT, "qualified", 98_300, 3_300, 1_150, 452, 44, 0.958, 84, 0.92],
  ["Emily Chen", "full-time", "pre-sale", SENIOR, "high-performer", 171_900, 5_000, 1_420, 681, 29, 0.990, 95, 1],
  ["Kevin Zhang", "full-time", "pre-sale", AGENT, "qualified", 101_700, 4_600, 1_170, 463, 43, 0.961, 83, 1],
  ["孙强", "full-time", "after-sale", LEAD, "core", 23_400, 1_100, 1_240, 188, 36, 0.987, 94, 1],
  ["马丽", "full-time", "after-sale", SENIOR, "high-performer", 19_800, 900, 1_310, 176, 30, 0.991, 97, 1],
  ["朱涛", "full-time", "after-sale", AGENT, "qualified", 12_600, 700, 1_120, 121, 45, 0.962, 86, 0.96],
  ["胡霞", "full-time", "after-sale", AGENT, "qualified", 11_900, 600, 1_090, 117, 47, 0.955, 85, 1],
  ["郭鹏", "full-time", "after-sale", AGENT, "low-performer", 6_300, 1_400, 930, 64, 61, 0.912, 74, 0.85],
  ["何琳", "full-time", "after-sale", AGENT, "newly-promoted", 14_200, 800, 1_150, 132, 39, 0.974, 89, 1],
  ["Lucy Wang", "full-time", "after-sale", AGENT, "core", 16_800, 500, 1_200, 151, 37, 0.980, 92, 1],
  ["高翔", "full-time", "after-sale", AGENT, "qualified", 10_400, 900, 1_060, 104, 46, 0.959, 84, 0.96],
  ["林晓", "temporary", "pre-sale", TEMP, "qualified", 64_800, 2_700, 860, 331, 48, 0.951, 82, 1],
  ["罗佳", "temporary", "pre-sale", TEMP, "qualified", 58_200, 2_100, 820, 302, 50, 0.947, 81, 1],
  ["梁宇", "temporary", "pre-sale", TEMP, "low-performer", 39_600, 3_400, 700, 214, 63, 0.918, 78, 0.9],
  ["宋佳怡", "temporary", "pre-sale", TEMP, "qualified", 61_300, 1_900, 840, 318, 47, 0.953, 83, 1],
  ["Tom Li", "temporary", "pre-sale", TEMP, "qualified", 55_100, 2_400, 800, 290, 51, 0.944, 80, 1],
  ["郑凯", "temporary", "pre-sale", TEMP, "newly-promoted", 67_900, 2_000, 880, 347, 46, 0.957, 85, 1],
  ["谢雨", "temporary", "after-sale", TEMP, "qualified", 5_200, 300, 760, 52, 52, 0.946, 82, 1],
  ["韩梅", "temporary", "after-sale", TEMP, "qualified", 4_800, 200, 740, 49, 54, 0.941, 81, 0.95],
  ["唐诗", "temporary", "after-sale", TEMP, "low-performer", 2_900, 600, 610, 27, 66, 0.909, 72, 0.86],
  ["Amy Xu", "temporary", "after-sale", TEMP, "qualified", 5_600, 200, 770, 55, 50, 0.949, 83, 1],
];

const PRE_SALE_1 = { "en-US": "Pre-sale 1", "zh-CN": "售前一组" } as const;
const PRE_SALE_2 = { "en-US": "Pre-sale 2", "zh-CN": "售前二组" } as const;
const AFTER_SALE = { "en-US": "After-sale", "zh-CN": "售后组" } as const;

function buildAgent(row: Row, index: number): Agent {
  const [name, employment, skill, role, category, salesYuan, returnsYuan, inquiries, conversions, responseSeconds, replyRate, qaScore, attendance] =
    row;
  const temporary = employment === "temporary";
  return {
    id: `A${String(index + 1).padStart(3, "0")}`,
    name,
    employment,
    skill,
    role,
    team: skill === "pre-sale" ? (index % 2 === 0 ? PRE_SALE_1 : PRE_SALE_2) : AFTER_SALE,
    maxHoursPerWeek: temporary ? 36 : 44,
    // Temporary staff (students, part-timers) are off on fixed weekdays; full-timers are flexible.
    daysOff: temporary ? [index % 5] : [],
    nights: !temporary || index % 2 === 0,
    coachingCategory: category,
    kpi: {
      salesCents: salesYuan * 100,
      returnsCents: returnsYuan * 100,
      inquiries,
      conversions,
      responseSeconds,
      replyRate,
      qaScore,
      attendance,
    },
  };
}

/** The 30 agents of the sample team, in a fixed order. */
export const SAMPLE_TEAM: readonly Agent[] = ROWS.map(buildAgent);
