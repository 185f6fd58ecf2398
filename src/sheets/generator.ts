/**
 * What a generator is, in one place: its id (tab, panel, ribbon request, e2e), the ribbon button
 * that opens its panel, its tab title, the sheet ids it may write, a sample input and the pure
 * `build(input, locale) → SheetSpec[]`. The list of generators is `src/sheets/generators.ts`; the
 * task pane attaches a React panel to each id (`src/taskpane/panels/index.ts`).
 * See docs/adding-a-generator.md.
 */
import type { Locale, LocalizedText } from "../i18n/locale";
import type { SheetSpec } from "./spec";

export interface Generator<Id extends string = string, Input = never> {
  /** Lower-case key: `panel-<id>` in the pane, the ribbon's panel request, the sample workbook. */
  readonly id: Id;
  /** The pane's tab title (and the .xlsx download's file name). */
  readonly title: LocalizedText;
  /** The ribbon button that opens the pane at this generator (manifest.xml must agree: test/manifest.test.ts). */
  readonly ribbon: {
    /** `<FunctionName>` of the ExecuteFunction button, e.g. "openQaPanel". */
    readonly command: string;
    /** `<Control id>`, e.g. "KefuKit.Qa". */
    readonly controlId: string;
    readonly label: LocalizedText;
    /** The button's supertip; also the generator's one-line summary in the help page. */
    readonly tooltip: LocalizedText;
  };
  /** Icon basename: assets/<icon>-16.png, -32.png, -80.png (scripts/make-icons.mjs draws them). */
  readonly icon: string;
  /** Every sheet id this generator writes starts with this (ids key `[[id]]` references, so they must not collide). */
  readonly sheetIdPrefix: string;
  /**
   * Its sample is a workbook of its own (the linked peak plan: `npm run workbook`), not a part of
   * the gallery of every generator's samples (`npm run workbook -- --samples`).
   */
  readonly ownWorkbook?: boolean;
  /** Inputs for the sample workbook (`npm run workbook`), each built in turn, for the sample team. */
  sampleInputs(locale: Locale): readonly Input[] | Promise<readonly Input[]>;
  /** The sheets, pure (no Office, no files). */
  build(input: Input, locale: Locale): SheetSpec[];
}

/** Declares a generator with its input type inferred from `build`. */
export function defineGenerator<const Id extends string, Input>(generator: Generator<Id, Input>): Generator<Id, Input> {
  return generator;
}

/** The sample sheets of one generator: `build` over its sample inputs. */
export async function buildSampleSheets(generator: Generator<string, unknown>, locale: Locale): Promise<SheetSpec[]> {
  const inputs = await generator.sampleInputs(locale);
  return inputs.flatMap((input) => generator.build(input, locale));
}
