/**
 * Checks a QA catalogue before it is used to score or to generate sheets, so a bad catalogue is a
 * clear message instead of a silently wrong score.
 */
import { InputError } from "../errors";
import { formatBoth, LOCALES, type LocalizedText } from "../../i18n/locale";
import { QA_STRINGS } from "../../i18n/qa";
import type { QaCatalogue } from "./catalogue";

type ErrorKey = keyof (typeof QA_STRINGS)["en-US"]["errors"];

/** An {@link InputError} with a QA message in both languages; a value may itself be localised. */
export function qaError(key: ErrorKey, values: Readonly<Record<string, string | number | LocalizedText>> = {}): InputError {
  return new InputError(formatBoth((locale) => QA_STRINGS[locale].errors[key], values));
}

/** A QA error-table fragment in both languages (e.g. the " or N/A" suffix). */
export function qaErrorText(key: ErrorKey): LocalizedText {
  return { "en-US": QA_STRINGS["en-US"].errors[key], "zh-CN": QA_STRINGS["zh-CN"].errors[key] };
}

/** Weights may carry binary rounding (e.g. 33.3 + 33.3 + 33.4); anything closer than this is 100. */
const WEIGHT_TOLERANCE = 1e-9;
/** Names appear in dropdown lists and table headers: no commas, and short. */
const MAX_NAME_LENGTH = 40;

function checkName(id: string, name: LocalizedText): void {
  for (const locale of LOCALES) {
    const n = name[locale].trim();
    if (n === "" || n.includes(",") || n.length > MAX_NAME_LENGTH) throw qaError("missingName", { id });
  }
}

/**
 * Throws an {@link InputError} for the first problem found: no criteria, a duplicate id, a
 * criterion in an unknown section, a weight ≤ 0, weights not summing to 100, a points scale
 * outside 1–10 or a failure mark outside it, bonus points outside 1–100, a missing name.
 */
export function validateCatalogue(catalogue: QaCatalogue): void {
  if (catalogue.criteria.length === 0) throw qaError("noCriteria");
  const ids = new Set<string>();
  const items = [...catalogue.sections, ...catalogue.criteria, ...catalogue.redLines, ...catalogue.bonusItems];
  for (const item of items) {
    if (ids.has(item.id)) throw qaError("duplicateId", { id: item.id });
    ids.add(item.id);
  }
  const sectionIds = new Set(catalogue.sections.map((s) => s.id));
  let sum = 0;
  for (const c of catalogue.criteria) {
    if (!sectionIds.has(c.sectionId)) throw qaError("unknownSection", { id: c.id, section: c.sectionId });
    if (!Number.isFinite(c.weight) || c.weight <= 0) throw qaError("badWeight", { id: c.id });
    if (c.scale.kind === "points") {
      const max = c.scale.max;
      if (!Number.isInteger(max) || max < 1 || max > 10) throw qaError("badScale", { id: c.id });
      const fail = c.failBelowPoints;
      if (fail !== undefined && (!Number.isInteger(fail) || fail < 1 || fail > max)) throw qaError("badFailBelow", { id: c.id, max });
    }
    checkName(c.id, c.name);
    sum += c.weight;
  }
  // Criterion names become QA-log column headers, which must be unique.
  for (const locale of LOCALES) {
    const seen = new Set<string>();
    for (const c of catalogue.criteria) {
      const n = c.name[locale].trim().toLowerCase();
      if (seen.has(n)) throw qaError("duplicateId", { id: c.name[locale] });
      seen.add(n);
    }
  }
  if (Math.abs(sum - 100) > WEIGHT_TOLERANCE) throw qaError("weightSum", { sum: Number(sum.toFixed(6)) });
  for (const s of catalogue.sections) checkName(s.id, s.title);
  for (const r of catalogue.redLines) checkName(r.id, r.name);
  for (const b of catalogue.bonusItems) {
    if (!Number.isInteger(b.points) || b.points < 1 || b.points > 100) throw qaError("badBonus", { id: b.id });
    checkName(b.id, b.name);
  }
}
