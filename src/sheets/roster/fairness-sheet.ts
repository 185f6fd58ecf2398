/**
 * The fairness ledger: per person the shifts, night shifts, peak slots and hours worked against
 * their maximum, with the team average (formulas) so uneven nights or peaks stand out.
 */
import { SheetBuilder } from "../builder";
import { a1, type SheetSpec } from "../spec";
import { COLORS, FORMATS, STYLES } from "../styles";
import type { NamedRoster } from "../../core/roster/types";
import type { Locale } from "../../i18n/locale";
import { rosterString, type RosterStringKey } from "../../i18n/roster";

export function buildFairnessSheet(roster: NamedRoster, locale: Locale, id: string, name: string): SheetSpec {
  const t = (key: RosterStringKey) => rosterString(locale, key);
  const b = new SheetBuilder(id, name);
  b.tabColor(COLORS.headerFill);
  const titled = roster.plan.scenario.name;
  b.value(0, 0, titled ? `${t("fairnessSheet")} — ${titled}` : t("fairnessSheet"), STYLES.title);
  const headerRow = 2;
  b.row(headerRow, 0, [t("name"), t("skillHeader"), t("shiftsWorked"), t("nights"), t("peakSlots"), t("hours"), t("maxHours"), t("overUnder")], STYLES.header);
  b.height(headerRow, 32);
  const first = headerRow + 1;
  roster.ledger.forEach((l, i) => {
    const row = first + i;
    const person = roster.people[l.personIndex];
    b.row(row, 0, [person?.name ?? "", person ? t(person.skill === "pre-sale" ? "preSale" : "afterSale") : "", l.shifts, l.nights, l.peakSlots, l.hours, l.maxHours], { border: "thin" });
    b.style({ top: row, left: 5, bottom: row, right: 6 }, { numFmt: FORMATS.decimal1 });
    b.formula(row, 7, `${a1(row, 5)}-${a1(row, 6)}`, { ...STYLES.computed, numFmt: `+0.0;-0.0;0` });
  });
  const last = first + Math.max(roster.ledger.length, 1) - 1;
  const avgRow = last + 1;
  b.value(avgRow, 0, t("average"), STYLES.label);
  for (let c = 2; c <= 7; c++) b.formula(avgRow, c, `AVERAGE(${a1(first, c)}:${a1(last, c)})`, { ...STYLES.computed, bold: true, numFmt: FORMATS.decimal1 });
  b.conditional({
    range: { top: first, left: 7, bottom: last, right: 7 },
    rule: { type: "cellIs", operator: "greaterThan", formulas: ["0"] },
    style: { fill: COLORS.bad, fontColor: COLORS.badText },
  });
  // Nights or peaks well above the team average (by more than one shift's worth) are flagged.
  b.conditional({
    range: { top: first, left: 3, bottom: last, right: 3 },
    rule: { type: "expression", formula: `${a1(first, 3)}>${a1(avgRow, 3, true)}+1` },
    style: { fill: COLORS.warn, fontColor: COLORS.warnText },
  });
  b.widths(0, [14, 8, 7, 8, 10, 7, 8, 12]);
  b.freeze(first, 1);
  b.print({ paper: "A4", orientation: "portrait", fitToWidth: true, repeatRows: { first: headerRow, last: headerRow } });
  return b.build();
}
