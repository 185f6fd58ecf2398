/**
 * A QA log row both ways: the input cells of a {@link QaLogEntry} (to fill the sample log) and the
 * entry a row of cell values stands for (to read a user's log back for coaching). One mapping, so
 * the words of the dropdowns (是 / 否 / 不适用, 申诉成立 …) are written and read the same way.
 */
import type { QaCatalogue } from "../../core/qa/catalogue";
import type { QaLogEntry } from "../../core/qa/qa-log";
import type { QaAnswer } from "../../core/qa/score-review";
import type { AppealDecision } from "../../core/qa/summarise-reviews";
import type { Locale } from "../../i18n/locale";
import { QA_STRINGS } from "../../i18n/qa";
import type { Scalar } from "../spec";
import type { QaLogColumns } from "./qa-layout";

/** The input cells of one entry: column → value (formula columns are left out). */
export function logRowCells(catalogue: QaCatalogue, columns: QaLogColumns, entry: QaLogEntry, locale: Locale): Map<number, Scalar> {
  const t = QA_STRINGS[locale];
  const word = (a: QaAnswer): Scalar => (a === "yes" ? t.answer.yes : a === "no" ? t.answer.no : a === "na" ? t.answer.na : a);
  const cells = new Map<number, Scalar>([
    [columns.date, entry.date],
    [columns.agent, entry.agent],
    [columns.reviewer, entry.reviewer],
    [columns.conversation, entry.conversation],
  ]);
  catalogue.criteria.forEach((c, i) => {
    const a = entry.answers.criteria[c.id];
    if (a !== undefined) cells.set(columns.criteria[i]!, word(a));
  });
  const redLine = entry.answers.redLineId ? catalogue.redLines.find((r) => r.id === entry.answers.redLineId) : undefined;
  if (redLine) cells.set(columns.redLine, redLine.name[locale]);
  catalogue.bonusItems.forEach((b, i) => {
    if (entry.answers.bonusIds?.includes(b.id)) cells.set(columns.bonuses[i]!, t.answer.yes);
  });
  if (entry.comment !== "") cells.set(columns.comment, entry.comment);
  if (entry.appeal) {
    cells.set(columns.appealed, t.answer.yes);
    if (entry.appeal.decision) cells.set(columns.decision, t.decision[entry.appeal.decision]);
    if (entry.appeal.revisedScore !== null) cells.set(columns.revisedScore, entry.appeal.revisedScore);
  }
  return cells;
}

const text = (v: unknown): string => (v === null || v === undefined ? "" : String(v).trim());

/**
 * The entry of a log row (`values` indexed by column), or null for an unused row (no agent) or a
 * row the log cannot score (no date, an answer outside the dropdown): such rows are not evidence.
 */
export function parseLogRow(catalogue: QaCatalogue, columns: QaLogColumns, values: readonly unknown[], locale: Locale): QaLogEntry | null {
  const t = QA_STRINGS[locale];
  const agent = text(values[columns.agent]);
  const date = values[columns.date];
  if (agent === "" || typeof date !== "number") return null;
  const criteria: Record<string, QaAnswer> = {};
  for (const [i, c] of catalogue.criteria.entries()) {
    const raw = values[columns.criteria[i]!];
    const v = text(raw);
    if (v === "") continue;
    let a: QaAnswer | null = null;
    if (v === t.answer.na) a = "na";
    else if (c.scale.kind === "yesNo") a = v === t.answer.yes ? "yes" : v === t.answer.no ? "no" : null;
    else if (/^\d+$/.test(v) && Number(v) <= c.scale.max) a = Number(v);
    if (a === null || (a === "na" && !c.naAllowed)) return null;
    criteria[c.id] = a;
  }
  const redLineName = text(values[columns.redLine]);
  const redLine = redLineName === "" ? null : (catalogue.redLines.find((r) => r.name[locale] === redLineName) ?? null);
  if (redLineName !== "" && redLine === null) return null;
  const bonusIds = catalogue.bonusItems.filter((_b, i) => text(values[columns.bonuses[i]!]) === t.answer.yes).map((b) => b.id);
  const entry: QaLogEntry = {
    date,
    agent,
    reviewer: text(values[columns.reviewer]),
    conversation: text(values[columns.conversation]),
    comment: text(values[columns.comment]),
    answers: { criteria, redLineId: redLine?.id ?? null, bonusIds },
  };
  if (text(values[columns.appealed]) === t.answer.yes) {
    const d = text(values[columns.decision]);
    const decision = (Object.keys(t.decision) as AppealDecision[]).find((k) => t.decision[k] === d) ?? null;
    const revised = values[columns.revisedScore];
    entry.appeal = { decision, revisedScore: typeof revised === "number" && revised >= 0 && revised <= 100 ? revised : null };
  }
  return entry;
}
