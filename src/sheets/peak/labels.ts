/** How the plan names its event days and dates on sheets and tabs. */
import { fromSerialDate } from "../../core/serial-date";
import type { PeakCalendar } from "../../core/peak";
import { format, type Locale } from "../../i18n/locale";
import { PEAK_TEXT } from "../../i18n/peak";

/** "10-31" (en-US) / "10月31日" (zh-CN): short enough for a tab name. */
export function shortDate(serial: number, locale: Locale): string {
  const { month, day } = fromSerialDate(serial);
  return locale === "zh-CN" ? `${month}月${day}日` : `${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** "Event day 1 (10-31)"; the main day says so. */
export function eventDayLabel(calendar: PeakCalendar, day: number, main: number, locale: Locale): string {
  const t = PEAK_TEXT[locale];
  const name = day === main ? t.mainDay : format(t.eventDay, { n: day + 1 });
  return `${name} ${shortDate(calendar.eventDays[day]!.date, locale)}`;
}
