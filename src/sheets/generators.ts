/**
 * Every generator, in tab, ribbon and sample-workbook order. Adding a generator is one
 * `defineGenerator` in its folder and one entry here (docs/adding-a-generator.md); the pane's tabs,
 * the ribbon commands, the sample workbook and the e2e suite follow this list.
 */
import { COACHING_GENERATOR } from "./coaching/generator";
import { FORECAST_GENERATOR } from "./forecast/generator";
import type { Locale } from "../i18n/locale";
import type { Generator } from "./generator";
import { PAYOUTS_GENERATOR } from "./payouts/generator";
import { PEAK_GENERATOR } from "./peak/generator";
import { QA_GENERATOR } from "./qa/generator";
import { REVIEW_GENERATOR } from "./review/generator";
import { ROSTER_GENERATOR } from "./roster/generator";
import { STAFFING_GENERATOR } from "./staffing/generator";
import { TRAINING_GENERATOR } from "./training/generator";

export const GENERATORS = [PEAK_GENERATOR, REVIEW_GENERATOR, STAFFING_GENERATOR, ROSTER_GENERATOR, QA_GENERATOR, COACHING_GENERATOR, PAYOUTS_GENERATOR, FORECAST_GENERATOR, TRAINING_GENERATOR] as const;

/** "staffing" | "roster" | …: the pane's panel ids. */
export type GeneratorId = (typeof GENERATORS)[number]["id"];

/** A generator of any input (for code that only runs `build` on the generator's own samples). */
export type AnyGenerator = Generator<GeneratorId, unknown>;

export const GENERATOR_IDS: readonly GeneratorId[] = GENERATORS.map((g) => g.id);

export function generatorById(id: GeneratorId): AnyGenerator {
  const found = GENERATORS.find((g) => g.id === id);
  if (found === undefined) throw new Error(`No generator "${id}"`);
  return found as AnyGenerator;
}

/** Each generator's tab title in one language, by id. */
export function generatorTitles(locale: Locale): Readonly<Record<GeneratorId, string>> {
  return Object.fromEntries(GENERATORS.map((g) => [g.id, g.title[locale]])) as Record<GeneratorId, string>;
}
