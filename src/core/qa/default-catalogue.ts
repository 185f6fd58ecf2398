/**
 * The default QA catalogues for e-commerce chat, pre-sale and after-sale, following the QA & coaching talk (docs/reference/sources.md)
 * article (002): standards serve the reception flow (接待流程), red lines fail a review, repeated
 * problems escalate. Weights of each channel sum to 100.
 */
import { LOCALES, type Locale, type LocalizedText } from "../../i18n/locale";
import { QA_STRINGS, type QaStrings } from "../../i18n/qa";
import type { QaBonusItem, QaCatalogue, QaChannel, QaCriterion, QaRedLine, QaScale, QaSection } from "./catalogue";

type Texts = QaStrings["catalogue"];
type SectionKey = keyof Texts["sections"];
type CriterionKey = keyof Texts["criteria"];
type RedLineKey = keyof Texts["redLines"];
type BonusKey = keyof Texts["bonuses"];

/** One string from the QA table in both locales. */
function both(pick: (t: Texts) => string): LocalizedText {
  const out = {} as Record<Locale, string>;
  for (const locale of LOCALES) out[locale] = pick(QA_STRINGS[locale].catalogue);
  return out;
}

function section(id: SectionKey): QaSection {
  return { id, title: both((t) => t.sections[id]) };
}

function criterion(id: CriterionKey, sectionId: SectionKey, weight: number, scale: QaScale, naAllowed: boolean): QaCriterion {
  const c: QaCriterion = {
    id,
    sectionId,
    weight,
    scale,
    naAllowed,
    name: both((t) => t.criteria[id].name),
    description: both((t) => t.criteria[id].description),
    examples: both((t) => t.criteria[id].examples),
  };
  // Below 60 % of the scale counts as a failure: 0–5 fails below 3, 0–3 below 2.
  if (scale.kind === "points") c.failBelowPoints = Math.ceil(scale.max * 0.6);
  return c;
}

function redLine(id: RedLineKey): QaRedLine {
  return {
    id,
    name: both((t) => t.redLines[id].name),
    description: both((t) => t.redLines[id].description),
    examples: both((t) => t.redLines[id].examples),
  };
}

function bonus(id: BonusKey, points: number): QaBonusItem {
  return {
    id,
    points,
    name: both((t) => t.bonuses[id].name),
    description: both((t) => t.bonuses[id].description),
    examples: both((t) => t.bonuses[id].examples),
  };
}

const YES_NO: QaScale = { kind: "yesNo" };
const points = (max: number): QaScale => ({ kind: "points", max });

const RED_LINES = [redLine("abuse"), redLine("privacyLeak"), redLine("offPlatform"), redLine("falsePromise")];
const BONUSES = [bonus("customerPraise", 3), bonus("exemplaryCase", 2)];

/**
 * The built-in catalogue for a channel.
 *
 * @example
 * defaultCatalogue("pre-sale").criteria.reduce((s, c) => s + c.weight, 0); // 100
 */
export function defaultCatalogue(channel: QaChannel): QaCatalogue {
  if (channel === "pre-sale") {
    return {
      channel,
      sections: [section("basics"), section("knowledge"), section("sales")],
      criteria: [
        criterion("greeting", "basics", 5, YES_NO, false),
        criterion("responseSpeed", "basics", 10, points(3), false),
        criterion("attitude", "basics", 15, points(5), false),
        criterion("productKnowledge", "knowledge", 20, points(5), false),
        criterion("promotionRules", "knowledge", 10, points(3), true),
        criterion("needsDiscovery", "sales", 20, points(5), true),
        criterion("recommendation", "sales", 10, YES_NO, true),
        criterion("closing", "sales", 10, YES_NO, true),
      ],
      redLines: RED_LINES,
      bonusItems: BONUSES,
    };
  }
  return {
    channel,
    sections: [section("basics"), section("knowledge"), section("process")],
    criteria: [
      criterion("greeting", "basics", 5, YES_NO, false),
      criterion("responseSpeed", "basics", 10, points(3), false),
      criterion("attitude", "basics", 15, points(5), false),
      criterion("productKnowledge", "knowledge", 10, points(5), true),
      criterion("promotionRules", "knowledge", 5, points(3), true),
      criterion("orderVerification", "process", 10, YES_NO, false),
      criterion("returnsProcess", "process", 25, points(5), true),
      criterion("resolution", "process", 15, points(3), false),
      criterion("followUp", "process", 5, YES_NO, true),
    ],
    redLines: RED_LINES,
    bonusItems: BONUSES,
  };
}
