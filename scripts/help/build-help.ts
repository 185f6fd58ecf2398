/**
 * Assembles the help page's sources (see render-help.ts) for the webpack build, which emits
 * help.html and the screenshots under help/. The screenshots are docs/help/screens/<id>-<locale>.png,
 * refreshed by `npm run help:screens`.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { LOCALES, type Locale } from "../../src/i18n/locale";
import { TASKPANE_TEXT } from "../../src/i18n/taskpane";
import { GENERATORS } from "../../src/sheets/generators";
import { readmeExamples, type ReadmeExample } from "./readme-examples";
import { renderHelp, type FunctionMetadata, type HelpGenerator } from "./render-help";

const ROOT = path.resolve(__dirname, "../..");
export const SCREENS_DIR = path.join(ROOT, "docs/help/screens");

/** The screenshot of a generator's tab in one language. */
export function screenshotFile(id: string, locale: Locale): string {
  return `${id}-${locale}.png`;
}

/** The pane's intro line of a generator, when its strings have one. */
function intro(id: string, locale: Locale): string | undefined {
  const section = (TASKPANE_TEXT[locale] as Record<string, unknown>)[id];
  return section && typeof section === "object" && "intro" in section && typeof section.intro === "string" ? section.intro : undefined;
}

export interface HelpPage {
  html: string;
  /** Files to publish beside help.html: asset name → file on disk. */
  images: { asset: string; file: string }[];
}

/** The page from the built metadata (`functions.json` and its zh-CN copy) and the repository's docs. */
function build(metadata: Record<Locale, { functions: FunctionMetadata[] }>): HelpPage {
  const images: HelpPage["images"] = [];
  const generators = {} as Record<Locale, HelpGenerator[]>;
  for (const locale of LOCALES) {
    generators[locale] = GENERATORS.map((g) => {
      const file = screenshotFile(g.id, locale);
      const onDisk = path.join(SCREENS_DIR, file);
      const shot = existsSync(onDisk) ? `help/${file}` : undefined;
      if (shot) images.push({ asset: shot, file: onDisk });
      const text = intro(g.id, locale);
      return { id: g.id, title: g.title[locale], summary: g.ribbon.tooltip[locale], ...(text ? { intro: text } : {}), ...(shot ? { screenshot: shot } : {}) };
    });
  }
  const examples = new Map<string, ReadmeExample[]>();
  for (const e of readmeExamples(readFileSync(path.join(ROOT, "README.md"), "utf8"))) examples.set(e.id, [...(examples.get(e.id) ?? []), e]);
  const html = renderHelp({
    gettingStarted: Object.fromEntries(LOCALES.map((l) => [l, readFileSync(path.join(ROOT, `docs/help/getting-started.${l}.md`), "utf8")])) as Record<Locale, string>,
    generators,
    functions: { "en-US": metadata["en-US"].functions, "zh-CN": metadata["zh-CN"].functions },
    examples: new Map([...examples].map(([id, list]) => [id, list.map((e) => ({ formula: e.formula, result: e.result }))])),
    namespace: "CS", // manifest.xml's Functions.Namespace
  });
  return { html, images };
}

/** Loaded by scripts/webpack/help-page.cjs through tsx. */
export const HELP_PAGE = { build };
