/**
 * The Peak panel's calendar as the form holds it (text fields: ISO dates, a share), and the one
 * plain sentence that says what is wrong with it. Pure: form in, calendar or message out. The
 * calendar's own rules (order, event days inside an event stage, span) are `validateCalendar`'s.
 */
import { InputError } from "../../core/errors";
import { STAGE_KINDS, validateCalendar, type PeakCalendar, type StageKind } from "../../core/peak";
import { isoDate } from "../../core/training/validate-plan";
import { format, type Locale } from "../../i18n/locale";
import type { TaskpaneText } from "../../i18n/taskpane";
import { parseDateField } from "../panels/TrainingPanel";

export interface CalendarForm {
  stages: { kind: StageKind; start: string; end: string }[];
  days: { date: string; share: string }[];
}

type PeakText = TaskpaneText["peak"];

export function calendarForm(calendar: PeakCalendar): CalendarForm {
  return {
    stages: calendar.stages.map((s) => ({ kind: s.kind, start: isoDate(s.start), end: isoDate(s.end) })),
    days: calendar.eventDays.map((d) => ({ date: isoDate(d.date), share: String(d.share) })),
  };
}

/** A form stored as JSON (the pane's remembered choices are strings), or undefined when it is not one. */
export function parseCalendarForm(json: string): CalendarForm | undefined {
  try {
    const v = JSON.parse(json) as Partial<CalendarForm>;
    const text = (x: unknown): x is string => typeof x === "string";
    if (!Array.isArray(v.stages) || !Array.isArray(v.days)) return undefined;
    if (!v.stages.every((s) => STAGE_KINDS.includes(s.kind) && text(s.start) && text(s.end))) return undefined;
    if (!v.days.every((d) => text(d.date) && text(d.share))) return undefined;
    return { stages: v.stages, days: v.days };
  } catch {
    return undefined;
  }
}

export type CalendarRead = { ok: true; calendar: PeakCalendar } | { ok: false; message: string };

/** The calendar of the form, or the first thing wrong with it in the pane's language. */
export function readCalendarForm(form: CalendarForm, t: PeakText, locale: Locale): CalendarRead {
  const stages = [];
  for (const [i, s] of form.stages.entries()) {
    const start = parseDateField(s.start);
    const end = parseDateField(s.end);
    if (start === undefined || end === undefined) return { ok: false, message: format(t.stageDate, { n: i + 1 }) };
    stages.push({ kind: s.kind, start, end });
  }
  const eventDays = [];
  for (const [i, d] of form.days.entries()) {
    const date = parseDateField(d.date);
    if (date === undefined) return { ok: false, message: format(t.dayDate, { n: i + 1 }) };
    const share = d.share.trim() === "" ? NaN : Number(d.share.replace(",", "."));
    if (!(share > 0 && share <= 2)) return { ok: false, message: format(t.dayShare, { n: i + 1 }) };
    eventDays.push({ date, share });
  }
  const calendar = { stages, eventDays };
  try {
    validateCalendar(calendar);
  } catch (e) {
    if (e instanceof InputError) return { ok: false, message: e.text[locale] };
    throw e;
  }
  return { ok: true, calendar };
}
