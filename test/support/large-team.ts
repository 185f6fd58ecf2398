/**
 * A synthetic team of any size (20–600 people, as real 客服 teams are) for tests and benchmarks:
 * realistic, unique Chinese names (common surnames by frequency, common given names of one or
 * two characters), the sample team's mix of contracts and skills, and no randomness — the same size gives
 * the same team, so figures measured on it compare across runs.
 */
import type { PeakPlanInput } from "../../src/core/peak";
import type { Agent } from "../../src/core/team/types";
import { samplePeakPlanInput } from "../../src/sheets/peak/sample";

/** The most common surnames, the most frequent first (repeated entries weight them). */
const SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈王李张刘陈";
/** Common given names, one character or two (women's and men's mixed). */
const GIVEN = [
  "芳", "娜", "伟", "洋", "静", "磊", "敏", "丽", "杰", "婷", "强", "军", "勇", "艳", "涛", "超", "平", "刚", "霞", "鹏",
  "秀英", "桂兰", "建华", "志强", "晓燕", "丽娟", "海燕", "雪梅", "俊杰", "子涵", "欣怡", "浩然", "雨桐", "佳琪", "思远",
  "明辉", "文静", "晓东", "丽华", "春梅", "建国", "玉兰", "国强", "红霞", "宇航", "梦瑶", "嘉怡", "志明", "晓峰", "婉婷",
  "诗涵", "子轩", "一鸣", "雅琴", "振华", "美玲", "晨阳", "思琪", "家豪", "淑珍", "佳慧",
];

const ROLE = { "en-US": "Agent", "zh-CN": "客服专员" } as const;
const TEMP_ROLE = { "en-US": "Temporary agent", "zh-CN": "临时客服" } as const;
const PRE_SALE = { "en-US": "Pre-sale", "zh-CN": "售前组" } as const;
const AFTER_SALE = { "en-US": "After-sale", "zh-CN": "售后组" } as const;

/** The `i`-th name of the sequence (strides coprime with both lists' lengths mix them well). */
function nameAt(i: number): string {
  return SURNAMES[(i * 7) % SURNAMES.length]! + GIVEN[(i * 11 + Math.floor(i / SURNAMES.length)) % GIVEN.length]!;
}

/** `size` unique names, in a fixed order. */
export function largeTeamNames(size: number): string[] {
  const names: string[] = [];
  const seen = new Set<string>();
  for (let i = 0; names.length < size; i++) {
    const name = nameAt(i);
    if (seen.has(name)) continue;
    seen.add(name);
    names.push(name);
  }
  return names;
}

/**
 * A team of `size`: like the sample team, 2/3 full-time (44 h a week, nights) and 1/3 temporary
 * (36 h, a fixed weekday off, every other one takes nights); 2/3 pre-sale. KPIs are plain middle
 * values (no sample figures to mistake for a real agent's).
 */
export function largeTeam(size: number): Agent[] {
  return largeTeamNames(size).map((name, i): Agent => {
    const temporary = i % 3 === 2;
    const skill = i % 3 === 1 ? "after-sale" : "pre-sale";
    return {
      id: `T${String(i + 1).padStart(4, "0")}`,
      name,
      employment: temporary ? "temporary" : "full-time",
      skill,
      role: temporary ? TEMP_ROLE : ROLE,
      team: skill === "pre-sale" ? PRE_SALE : AFTER_SALE,
      maxHoursPerWeek: temporary ? 36 : 44,
      daysOff: temporary ? [i % 5] : [],
      nights: !temporary || i % 2 === 0,
      coachingCategory: "qualified",
      kpi: { salesCents: 0, returnsCents: 0, inquiries: 0, conversions: 0, responseSeconds: 0, replyRate: 0, qaScore: 0, attendance: 1 },
    };
  });
}

/**
 * The sample shop's peak plan for a team of `size` with its history at `volume` times the
 * sample's (the uplift and the day's shape stay the sample's). 300 people at ten times the volume
 * need 452 on the main day and hire 209 (docs/peak-plan.md, Large teams).
 */
export function largeTeamPlanInput(size = 300, volume = 10): PeakPlanInput {
  const base = samplePeakPlanInput();
  return { ...base, forecast: { ...base.forecast, baseline: base.forecast.baseline * volume }, hiring: { ...base.hiring, onHand: size } };
}
