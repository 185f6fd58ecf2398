/**
 * The QA criteria catalogue (质检标准) as typed data: sections, weighted criteria with their scale,
 * red-line items that fail a whole review, and bonus items. Texts are {@link LocalizedText}, so the
 * same catalogue renders in either locale.
 */
import type { LocalizedText } from "../../i18n/locale";

export type QaChannel = "pre-sale" | "after-sale";

/** How one criterion is answered: whole points 0…max, or Yes/No (Yes = full marks). */
export type QaScale = { kind: "points"; max: number } | { kind: "yesNo" };

export interface QaSection {
  id: string;
  title: LocalizedText;
}

export interface QaCriterion {
  id: string;
  sectionId: string;
  /** Share of the review score; the weights of a catalogue sum to 100. */
  weight: number;
  scale: QaScale;
  /** Whether "N/A" may be answered (the criterion then drops out of earned and possible weight). */
  naAllowed: boolean;
  /**
   * For a points scale: an answer below this many points counts as a failure of the criterion
   * (for the escalation ladder). A Yes/No criterion fails on "No".
   */
  failBelowPoints?: number;
  name: LocalizedText;
  description: LocalizedText;
  examples: LocalizedText;
}

/** A red line (红线): breaching it sets the whole review to 0. */
export interface QaRedLine {
  id: string;
  name: LocalizedText;
  description: LocalizedText;
  examples: LocalizedText;
}

/** A bonus item: its points are added to the review score, the total capped at 100. */
export interface QaBonusItem {
  id: string;
  points: number;
  name: LocalizedText;
  description: LocalizedText;
  examples: LocalizedText;
}

export interface QaCatalogue {
  channel: QaChannel;
  sections: readonly QaSection[];
  criteria: readonly QaCriterion[];
  redLines: readonly QaRedLine[];
  bonusItems: readonly QaBonusItem[];
}

/** The maximum points of a scale (Yes/No counts as 0/1). */
export function scaleMax(scale: QaScale): number {
  return scale.kind === "points" ? scale.max : 1;
}
