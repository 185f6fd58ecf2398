/**
 * The one verdict on a named roster, computed once from its numbers and shown word for word in the
 * pane and on the plan sheet: is every slot covered by the people who have names, and if not, how
 * short is it (planned shifts nobody could take, person-slots uncovered, the worst slot).
 *
 * The solver's "optimal" is about the shift plan's cost for the demand, before names: it says
 * nothing about whether the team can staff that plan, so it is never the verdict.
 */
import { formatClock } from "../clock";
import type { Locale } from "../../i18n/locale";
import { rosterString } from "../../i18n/roster";
import { slotsPerDay } from "./shift-options";
import type { NamedRoster } from "./types";

export interface ShortSlot {
  day: number;
  slot: number;
  /** People missing in the slot (> 0). */
  missing: number;
}

export interface RosterVerdict {
  /** Every slot has the people it needs (planned shifts left without a name may still exist: spare ones). */
  covered: boolean;
  /** Planned shifts nobody could take (availability, rest, hours, too few people). */
  unfilledShifts: number;
  /** Sum over slots of the people missing: the person-slots nobody works. */
  uncoveredPositions: number;
  /** Every slot short of people, in time order. */
  shortSlots: ShortSlot[];
  /** The slot with the most people missing (earliest on a tie), when short. */
  worst?: ShortSlot;
  /** The solver proved the plan's cost lowest (for the demand, before names). */
  costProven: boolean;
}

/** Rounds away floating-point dust from fractional (sub-slot) meals. */
const tidy = (x: number) => Math.round(x * 1e6) / 1e6;

export function rosterVerdict(roster: NamedRoster): RosterVerdict {
  const scenario = roster.plan.scenario;
  const perDay = slotsPerDay(scenario);
  const shortSlots: ShortSlot[] = [];
  scenario.demand.flat().forEach((need, g) => {
    const missing = tidy(need - (roster.coverage[g] ?? 0));
    if (missing > 0) shortSlots.push({ day: Math.floor(g / perDay), slot: g % perDay, missing });
  });
  const worst = shortSlots.reduce<ShortSlot | undefined>((w, s) => (!w || s.missing > w.missing ? s : w), undefined);
  const unfilledShifts = roster.unfilled.reduce((n, u) => n + u.count, 0);
  const verdict: RosterVerdict = {
    covered: shortSlots.length === 0,
    unfilledShifts,
    uncoveredPositions: tidy(shortSlots.reduce((n, s) => n + s.missing, 0)),
    shortSlots,
    costProven: roster.plan.status === "optimal",
  };
  if (worst) verdict.worst = worst;
  return verdict;
}

/** The verdict in words: a title ("Short of people") and its sentences, the same in the pane and the sheet. */
export function verdictWords(v: RosterVerdict, slotMinutes: number, totalSlots: number, locale: Locale): { title: string; lines: string[] } {
  const t = (key: Parameters<typeof rosterString>[1], values: Record<string, string | number> = {}) => rosterString(locale, key, values);
  const lines: string[] = [];
  if (v.unfilledShifts > 0) lines.push(t(v.covered ? "verdictSpare" : "verdictUnfilled", { count: v.unfilledShifts }));
  if (v.worst) {
    lines.push(
      t("verdictUncovered", {
        positions: people(v.uncoveredPositions),
        slots: v.shortSlots.length,
        total: totalSlots,
        day: t("dayN", { day: v.worst.day + 1 }),
        time: formatClock(v.worst.slot * slotMinutes),
        missing: people(v.worst.missing),
      }),
    );
  }
  return { title: t(v.covered ? "verdictCovered" : "verdictShort"), lines };
}

/** The verdict as one paragraph (the plan sheet's cell): "Short of people: …. 35 planned shifts …". */
export function verdictText(words: { title: string; lines: string[] }, locale: Locale): string {
  return locale === "zh-CN" ? [`${words.title}。`, ...words.lines].join("") : [`${words.title}.`, ...words.lines].join(" ");
}

/** 15, or 0.5 for a half-slot meal. */
function people(x: number): string {
  return String(Math.round(x * 100) / 100);
}
