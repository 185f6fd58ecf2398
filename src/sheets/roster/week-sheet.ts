/** The week at a glance: people × days, each cell the shift and its times, hours per person. */
import { SheetBuilder } from "../builder";
import { a1, type SheetSpec } from "../spec";
import { COLORS, FORMATS, STYLES } from "../styles";
import { formatClock } from "../../core/clock";
import type { NamedRoster } from "../../core/roster/types";
import type { Locale } from "../../i18n/locale";
import { rosterString, type RosterStringKey } from "../../i18n/roster";

export function buildWeekSheet(roster: NamedRoster, locale: Locale, id: string, name: string): SheetSpec {
  const scenario = roster.plan.scenario;
  const t = (key: RosterStringKey, v: Record<string, string | number> = {}) => rosterString(locale, key, v);
  const b = new SheetBuilder(id, name);
  b.tabColor(COLORS.headerFill);
  b.value(0, 0, t("weekSheet"), STYLES.title);
  const headerRow = 2;
  const days = Array.from({ length: scenario.days }, (_, d) => t("dayN", { day: d + 1 }));
  b.row(headerRow, 0, [t("name"), ...days, t("hours")], STYLES.header);
  const byPersonDay = new Map(roster.shifts.map((s) => [`${s.personIndex}/${s.day}`, s]));
  const hoursCol = scenario.days + 1;
  roster.people.forEach((person, p) => {
    const row = headerRow + 1 + p;
    b.value(row, 0, person.name, { bold: true, border: "thin" });
    for (let d = 0; d < scenario.days; d++) {
      const s = byPersonDay.get(`${p}/${d}`);
      const template = s ? scenario.shifts[s.option.shift] : undefined;
      if (!s || !template) {
        b.value(row, 1 + d, t("off"), { border: "thin", hAlign: "center", fontColor: "#808080" });
        continue;
      }
      // Clock times of the day it runs (a 25:00 start shows as 01:00 (+1)).
      const start = s.option.startSlot * scenario.slotMinutes;
      const next = (m: number) => (m >= 1440 ? ` ${t("nextDay")}` : "");
      b.value(row, 1 + d, `${template.name} ${formatClock(start)}${next(start)}–${formatClock(start + template.lengthMinutes)}${next(start + template.lengthMinutes)}`, { border: "thin", fill: COLORS.work });
    }
    b.value(row, hoursCol, roster.ledger[p]?.hours ?? 0, { ...STYLES.computed, numFmt: FORMATS.decimal1 });
  });
  const last = headerRow + Math.max(roster.people.length, 1);
  b.formula(last + 1, hoursCol, `SUM(${a1(headerRow + 1, hoursCol)}:${a1(last, hoursCol)})`, { ...STYLES.computed, bold: true, numFmt: FORMATS.decimal1 });
  b.widths(0, [14, ...days.map(() => 18), 7]);
  b.freeze(headerRow + 1, 1);
  b.print({ paper: "A4", orientation: "landscape", fitToWidth: true, repeatRows: { first: headerRow, last: headerRow }, repeatCols: { first: 0, last: 0 } });
  return b.build();
}
