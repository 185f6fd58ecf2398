/**
 * The day's roster grid: people × slots, columns grouped by hour (the hour's first slot stays
 * visible when the group is collapsed), a letter code per cell coloured by conditional formats
 * (so it also reads in black-and-white print), each person's start, end, meal, breaks and hours,
 * and below the grid the coverage row counted BY FORMULAS from the grid, the required row, and
 * the gap row (red where short).
 */
import { SheetBuilder } from "../builder";
import { a1, type RangeRef, type SheetSpec } from "../spec";
import { COLORS, FORMATS, STYLES } from "../styles";
import { formatClock, slotsPerDay } from "../../core/roster";
import type { NamedRoster } from "../../core/roster/types";
import type { Locale } from "../../i18n/locale";
import { rosterString } from "../../i18n/roster";
import { gridCodes, partMealWeight, personActivities, type Activity } from "./activity-grid";

/** Column of the first slot; before it: name, skill, shift, start, end, meal, breaks, hours. */
export const FIRST_SLOT_COL = 8;
/** Row of the slot headers (the hour headers are one row above); people start below. */
export const SLOT_HEADER_ROW = 3;
export const FIRST_PERSON_ROW = 4;

export interface RosterGridLayout {
  /** 0-based rows of the coverage, required and gap rows. */
  coverageRow: number;
  requiredRow: number;
  gapRow: number;
  /** Person indices in grid order. */
  people: number[];
}

/**
 * The grid sheet of one day, with the layout of its summary rows. `requiredFormula` makes the
 * required row a formula (a linked plan reads it from its headcount sheet) instead of the demand
 * the roster was solved for, so the gap row turns red when the demand is raised after solving.
 */
export function buildRosterGridSheet(
  roster: NamedRoster,
  day: number,
  locale: Locale,
  id: string,
  name: string,
  requiredFormula?: (slot: number) => string,
): { spec: SheetSpec; layout: RosterGridLayout } {
  const scenario = roster.plan.scenario;
  const perDay = slotsPerDay(scenario);
  const slotsPerHour = 60 / scenario.slotMinutes;
  const t = (key: Parameters<typeof rosterString>[1], v: Record<string, string | number> = {}) => rosterString(locale, key, v);
  const codes = gridCodes(locale);
  const activities = personActivities(roster);
  const firstG = day * perDay;
  const lastSlotCol = FIRST_SLOT_COL + perDay - 1;

  // People who work any slot of this day (incl. last night's shift running past midnight), by start.
  const startsToday = new Map(roster.shifts.filter((s) => s.day === day).map((s) => [s.personIndex, s]));
  const people = [...activities.entries()]
    .filter(([, acts]) => [...acts.keys()].some((g) => g >= firstG && g < firstG + perDay))
    .map(([p]) => p)
    .sort((a, b) => (startsToday.get(a)?.option.startSlot ?? -1) - (startsToday.get(b)?.option.startSlot ?? -1) || a - b);

  const b = new SheetBuilder(id, name);
  b.tabColor(COLORS.headerFill);
  const dayLabel = [scenario.name, scenario.days > 1 ? t("dayN", { day: day + 1 }) : undefined].filter((x) => x !== undefined).join(" · ") || t("dayN", { day: day + 1 });
  b.value(0, 0, t("rosterTitle", { date: dayLabel }), STYLES.title);
  b.value(1, 0, t("rosterSubtitle"), STYLES.subtitle);

  const left = [t("name"), t("skillHeader"), t("shiftHeader"), t("start"), t("end"), t("meal"), t("breaks"), t("hours")];
  b.row(SLOT_HEADER_ROW - 1, 0, left, STYLES.header);
  b.style({ top: SLOT_HEADER_ROW, left: 0, bottom: SLOT_HEADER_ROW, right: FIRST_SLOT_COL - 1 }, STYLES.header);
  for (let c = 0; c < FIRST_SLOT_COL; c++) b.merge(SLOT_HEADER_ROW - 1, c, SLOT_HEADER_ROW, c);
  for (let hour = 0; hour < 24; hour++) {
    const col = FIRST_SLOT_COL + hour * slotsPerHour;
    b.value(SLOT_HEADER_ROW - 1, col, formatClock(hour * 60), STYLES.header);
    if (slotsPerHour > 1) b.merge(SLOT_HEADER_ROW - 1, col, SLOT_HEADER_ROW - 1, col + slotsPerHour - 1);
  }
  const slotHeader = { ...STYLES.header, fontSize: 7 } as const;
  for (let s = 0; s < perDay; s++) {
    const minute = (s * scenario.slotMinutes) % 60;
    b.value(SLOT_HEADER_ROW, FIRST_SLOT_COL + s, `:${String(minute).padStart(2, "0")}`, slotHeader);
  }

  const cellStyle = { hAlign: "center", border: "thin", fontSize: 8 } as const;
  people.forEach((p, i) => {
    const row = FIRST_PERSON_ROW + i;
    const person = roster.people[p];
    const shift = startsToday.get(p);
    b.value(row, 0, person?.name ?? "", { bold: true, border: "thin" });
    b.value(row, 1, person ? t(person.skill === "pre-sale" ? "preSale" : "afterSale") : "", { border: "thin" });
    if (shift) {
      const template = scenario.shifts[shift.option.shift];
      const startMin = shift.option.startSlot * scenario.slotMinutes;
      const endMin = startMin + (template?.lengthMinutes ?? 0);
      b.value(row, 2, template?.name ?? "", { border: "thin" });
      // "[h]:mm" past midnight (25:00): a start on the next day must not read as this day's 01:00.
      b.value(row, 3, startMin / 1440, { border: "thin", numFmt: startMin >= 1440 ? "[h]:mm" : FORMATS.time });
      b.value(row, 4, endMin / 1440, { border: "thin", numFmt: "[h]:mm" });
      const meal = shift.option.mealOffsetSlots;
      b.value(row, 5, meal === null ? null : ((startMin + meal * scenario.slotMinutes) % 1440) / 1440, { border: "thin", numFmt: FORMATS.time });
      const breakTimes = breakStarts(shift.breakSlots, perDay, scenario.slotMinutes).map(formatClock).join(" ");
      b.value(row, 6, breakTimes, { border: "thin" });
      // Paid hours from the row's own start and end, so an edited time updates them.
      b.formula(row, 7, `(${a1(row, 4)}-${a1(row, 3)})*24`, { ...STYLES.computed, numFmt: FORMATS.decimal1 });
    } else {
      b.value(row, 2, `${t("nextDay")}`, { border: "thin", italic: true });
    }
    const acts = activities.get(p);
    for (let s = 0; s < perDay; s++) {
      const a = acts?.get(firstG + s);
      b.value(row, FIRST_SLOT_COL + s, a ? codeOf(a, codes) : null, cellStyle);
    }
  });

  const lastPersonRow = FIRST_PERSON_ROW + Math.max(people.length, 1) - 1;
  const coverageRow = lastPersonRow + 2;
  const requiredRow = coverageRow + 1;
  const gapRow = coverageRow + 2;
  const mealRow = coverageRow + 3;
  const breakRow = coverageRow + 4;
  const weight = partMealWeight(roster);
  b.value(coverageRow, 0, t("coverage"), STYLES.label);
  b.value(requiredRow, 0, t("required"), STYLES.label);
  b.value(gapRow, 0, t("gap"), STYLES.label);
  b.value(mealRow, 0, t("onMeal"), STYLES.label);
  b.value(breakRow, 0, t("onBreak"), STYLES.label);
  for (const r of [coverageRow, requiredRow, gapRow, mealRow, breakRow]) b.merge(r, 0, r, FIRST_SLOT_COL - 1);
  const demand = scenario.demand[day] ?? [];
  const small = { ...STYLES.computed, hAlign: "center", fontSize: 8 } as const;
  for (let s = 0; s < perDay; s++) {
    const col = FIRST_SLOT_COL + s;
    const range = `${a1(FIRST_PERSON_ROW, col)}:${a1(lastPersonRow, col)}`;
    const part = weight > 0 ? `+${round(weight)}*COUNTIF(${range},"${codes.partMeal}")` : "";
    b.formula(coverageRow, col, `COUNTIF(${range},"${codes.work}")${part}`, small);
    if (requiredFormula) b.formula(requiredRow, col, requiredFormula(s), { hAlign: "center", fontSize: 8, border: "thin" });
    else b.value(requiredRow, col, demand[s] ?? 0, { hAlign: "center", fontSize: 8, border: "thin" });
    b.formula(gapRow, col, `${a1(coverageRow, col)}-${a1(requiredRow, col)}`, small);
    b.formula(mealRow, col, `COUNTIF(${range},"${codes.meal}")+COUNTIF(${range},"${codes.partMeal}")`, small);
    b.formula(breakRow, col, `COUNTIF(${range},"${codes.break}")`, small);
  }

  const grid = { top: FIRST_PERSON_ROW, left: FIRST_SLOT_COL, bottom: lastPersonRow, right: lastSlotCol };
  const colour = (code: string, fill: string) =>
    b.conditional({ range: grid, rule: { type: "cellIs", operator: "equal", formulas: [`"${code}"`] }, style: { fill } });
  colour(codes.work, COLORS.work);
  colour(codes.meal, COLORS.meal);
  colour(codes.partMeal, COLORS.meal);
  colour(codes.break, COLORS.break);
  b.conditional({
    range: { top: gapRow, left: FIRST_SLOT_COL, bottom: gapRow, right: lastSlotCol },
    rule: { type: "cellIs", operator: "lessThan", formulas: ["0"] },
    style: { fill: COLORS.bad, fontColor: COLORS.badText, bold: true },
  });

  b.widths(0, [12, 7, 8, 6, 6, 6, 10, 5]);
  for (let s = 0; s < perDay; s++) {
    // The hour's first slot stays out of the group, so collapsing leaves one column per hour.
    const grouped = s % slotsPerHour !== 0;
    b.column(FIRST_SLOT_COL + s, grouped ? { width: 2.6, outlineLevel: 1 } : { width: 2.6 });
  }
  b.freeze(FIRST_PERSON_ROW, FIRST_SLOT_COL);
  b.print({
    paper: "A3",
    orientation: "landscape",
    fitToWidth: true,
    area: printParts(perDay, scenario.slotMinutes, breakRow),
    // The slot headers and the names on every page: a team of hundreds prints down many pages.
    repeatRows: { first: SLOT_HEADER_ROW - 1, last: SLOT_HEADER_ROW },
    repeatCols: { first: 0, last: 0 },
    footer: t("rosterTitle", { date: dayLabel }),
  });
  return { spec: b.build(), layout: { coverageRow, requiredRow, gapRow, people } };
}

/** Slots an A3 landscape page shows at a legible scale (≈ 85 %, names ≈ 9 pt) beside the left columns. */
export const PRINT_SLOTS_PER_PAGE = 72;

/**
 * The day printed in parts of whole hours of at most {@link PRINT_SLOTS_PER_PAGE} slots each (two
 * half-days for 10-minute slots), each part from a new page, top to bottom, the first with the
 * person columns. One page width for all 144 ten-minute slots would print at about a third of full
 * size (8-pt codes at under 3 pt); the rows then run on over as many pages as the team needs.
 */
export function printParts(perDay: number, slotMinutes: number, lastRow: number): RangeRef[] {
  const slotsPerHour = Math.max(1, Math.round(60 / slotMinutes));
  const hoursPerPart = Math.max(1, Math.floor(PRINT_SLOTS_PER_PAGE / slotsPerHour));
  const parts = Math.ceil(perDay / (hoursPerPart * slotsPerHour));
  // Even parts (12 h + 12 h, not 18 h + 6 h), in whole hours.
  const hours = Math.ceil(perDay / slotsPerHour / parts);
  return Array.from({ length: parts }, (_, i) => ({
    top: 0,
    left: i === 0 ? 0 : FIRST_SLOT_COL + i * hours * slotsPerHour,
    bottom: lastRow,
    right: FIRST_SLOT_COL + Math.min(perDay, (i + 1) * hours * slotsPerHour) - 1,
  }));
}

/** The code printed for an activity. */
function codeOf(a: Activity, codes: ReturnType<typeof gridCodes>): string {
  return a === "work" ? codes.work : a === "meal" ? codes.meal : a === "partMeal" ? codes.partMeal : codes.break;
}

/** Clock minutes where each (consecutive) break starts. */
function breakStarts(slots: readonly number[], perDay: number, slotMinutes: number): number[] {
  const sorted = [...slots].sort((x, y) => x - y);
  return sorted.filter((g, i) => i === 0 || g !== (sorted[i - 1] ?? -2) + 1).map((g) => (g % perDay) * slotMinutes);
}

function round(x: number): string {
  return String(Math.round(x * 1e6) / 1e6);
}

