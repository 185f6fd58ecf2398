/**
 * A peak's calendar: the stages of a promotion (training, pre-sale, event, after-sale) with their
 * dates, and the event days that get their own forecast column, headcount and roster. Two waves
 * are two event stages, each with its day. Dates are Excel serial days (`toSerialDate`).
 */
import { InputError } from "../errors";

export type StageKind = "training" | "presale" | "event" | "aftersale";

export const STAGE_KINDS: readonly StageKind[] = ["training", "presale", "event", "aftersale"];

export interface PeakStage {
  kind: StageKind;
  /** First and last day (inclusive), serial days. */
  start: number;
  end: number;
}

export interface EventDay {
  /** Serial day. */
  date: number;
  /**
   * This day's volume as a share of the main day's forecast (the main day is 1). A first wave is
   * usually smaller than the main day.
   */
  share: number;
}

export interface PeakCalendar {
  /** Stages in date order; several stages of one kind are allowed (pre-sale before each wave). */
  stages: readonly PeakStage[];
  /** 1 to 3 event days in date order, each inside an event stage. */
  eventDays: readonly EventDay[];
}

export const MAX_EVENT_DAYS = 3;
/** A calendar longer than this is not one peak (and would make a hiring table of 30+ weeks). */
export const MAX_CALENDAR_DAYS = 140;

const invalid = (en: string, zh: string) => new InputError({ "en-US": en, "zh-CN": zh });

/** Checks a calendar; throws an InputError saying what is wrong in both languages. */
export function validateCalendar(calendar: PeakCalendar): void {
  const { stages, eventDays } = calendar;
  if (stages.length === 0) throw invalid("The calendar needs at least one stage.", "日历至少需要一个阶段。");
  stages.forEach((s, i) => {
    if (!Number.isInteger(s.start) || !Number.isInteger(s.end) || s.start < 1 || s.end < 1) {
      throw invalid(`Stage ${i + 1} needs a start and an end date.`, `第 ${i + 1} 个阶段需要开始和结束日期。`);
    }
    if (s.end < s.start) throw invalid(`Stage ${i + 1} ends before it starts.`, `第 ${i + 1} 个阶段的结束日期早于开始日期。`);
    if (i > 0 && s.start < stages[i - 1]!.start) {
      throw invalid(`Stage ${i + 1} starts before stage ${i}: list the stages in date order.`, `第 ${i + 1} 个阶段早于第 ${i} 个阶段开始：请按日期顺序填写阶段。`);
    }
  });
  const first = stages[0]!.start;
  const last = Math.max(...stages.map((s) => s.end));
  if (last - first + 1 > MAX_CALENDAR_DAYS) {
    throw invalid(`The calendar spans ${last - first + 1} days; one peak plan covers at most ${MAX_CALENDAR_DAYS}.`, `日历跨度 ${last - first + 1} 天；一个大促计划最多 ${MAX_CALENDAR_DAYS} 天。`);
  }
  if (eventDays.length < 1 || eventDays.length > MAX_EVENT_DAYS) {
    throw invalid(`The calendar needs 1 to ${MAX_EVENT_DAYS} event days; got ${eventDays.length}.`, `日历需要 1 到 ${MAX_EVENT_DAYS} 个活动日；当前为 ${eventDays.length} 个。`);
  }
  eventDays.forEach((d, i) => {
    if (!stages.some((s) => s.kind === "event" && d.date >= s.start && d.date <= s.end)) {
      throw invalid(`Event day ${i + 1} does not fall in an event stage.`, `第 ${i + 1} 个活动日不在任何活动阶段内。`);
    }
    if (i > 0 && d.date <= eventDays[i - 1]!.date) throw invalid("List the event days in date order, each once.", "活动日须按日期顺序填写，且不重复。");
    if (!(d.share > 0 && d.share <= 2)) {
      throw invalid(`Event day ${i + 1}'s share of the main day must be above 0 and at most 2; got ${d.share}.`, `第 ${i + 1} 个活动日占主活动日的比例须大于 0 且不超过 2；当前为 ${d.share}。`);
    }
  });
}

/** The stage a day belongs to (the last listed stage that contains it), or undefined between stages. */
export function stageOn(calendar: PeakCalendar, day: number): PeakStage | undefined {
  let found: PeakStage | undefined;
  for (const s of calendar.stages) if (day >= s.start && day <= s.end) found = s;
  return found;
}

/** Monday on or before a serial day (serial 2 = Monday 1900-01-01 in Excel's calendar; any Monday works). */
export function mondayOf(day: number): number {
  return day - ((day - 2) % 7 + 7) % 7;
}
