/**
 * Coaching from the QA log (质检链路闭环, QA & coaching talk, docs/reference/sources.md): one agent's QA
 * evidence as the lines a coaching form shows — the period and the date the values were taken,
 * the failed criteria with counts and weights, example chats as STAR "situation" text, and
 * talking points that follow from the figures.
 */
import type { QaCatalogue } from "../qa/catalogue";
import type { AgentQaEvidence, QaPeriod } from "../qa/qa-log";
import { isoDate } from "../serial-date";
import { format, LOCALES, type Locale, type LocalizedText } from "../../i18n/locale";
import { COACHING_STRINGS } from "../../i18n/coaching";

/** The QA figures a coaching form is pre-filled with. */
export interface CoachingQaEvidence {
  evidence: AgentQaEvidence;
  catalogue: QaCatalogue;
  /** Excel serial date the values were taken from the log. */
  takenOn: number;
}

export { isoDate };

const criterionName = (catalogue: QaCatalogue, id: string, locale: Locale): string => catalogue.criteria.find((c) => c.id === id)?.name[locale] ?? id;
const redLineName = (catalogue: QaCatalogue, id: string, locale: Locale): string => catalogue.redLines.find((r) => r.id === id)?.name[locale] ?? id;

/** "2026-10-01 to 2026-10-31". */
export function periodText(period: QaPeriod, locale: Locale): string {
  return format(COACHING_STRINGS[locale].qa.periodText, { first: isoDate(period.first), last: isoDate(period.last) });
}

/** The STAR "situation" lines: the first `max` example chats with what failed and the reviewer's comment. */
export function situationLines(qa: CoachingQaEvidence, locale: Locale, max = 3): string[] {
  const t = COACHING_STRINGS[locale].qa;
  return qa.evidence.examples.slice(0, max).map((e) => {
    const failed = [
      ...(e.redLineId ? [format(t.redLine, { name: redLineName(qa.catalogue, e.redLineId, locale) })] : []),
      ...e.failed.map((id) => criterionName(qa.catalogue, id, locale)),
    ].join(locale === "zh-CN" ? "、" : ", ");
    return format(t.situation, { date: isoDate(e.date), conversation: e.conversation, failed, comment: e.comment }).trim();
  });
}

/**
 * Talking points that follow from the figures, most serious first: each red line, each criterion
 * failed twice or more (with an example chat to walk through), upheld appeals, the average.
 */
export function qaTalkingPoints(qa: CoachingQaEvidence): LocalizedText[] {
  const { evidence, catalogue } = qa;
  const build = (pick: (locale: Locale) => string | null): LocalizedText | null => {
    const out = {} as Record<Locale, string>;
    for (const l of LOCALES) {
      const v = pick(l);
      if (v === null) return null;
      out[l] = v;
    }
    return out;
  };
  const points: Array<LocalizedText | null> = [];
  for (const e of evidence.examples.filter((x) => x.redLineId)) {
    points.push(build((l) => format(COACHING_STRINGS[l].qa.pointRedLine, { name: redLineName(catalogue, e.redLineId!, l), conversation: e.conversation })));
  }
  for (const f of evidence.failedCriteria.filter((x) => x.count >= 2)) {
    const example = evidence.examples.find((e) => e.failed.includes(f.id));
    points.push(
      build((l) =>
        format(COACHING_STRINGS[l].qa.pointRepeat, { criterion: criterionName(catalogue, f.id, l), count: f.count, reviews: evidence.reviews, weight: f.weight, example: example?.conversation ?? "" }),
      ),
    );
  }
  if (evidence.upheldAppeals > 0) points.push(build((l) => format(COACHING_STRINGS[l].qa.pointUpheld, { upheld: evidence.upheldAppeals, appeals: evidence.appeals })));
  if (evidence.averageFinalScore !== null) {
    const average = evidence.averageFinalScore.toFixed(1);
    points.push(build((l) => format(COACHING_STRINGS[l].qa.pointAverage, { average, reviews: evidence.reviews })));
  }
  return points.filter((p): p is LocalizedText => p !== null);
}
