/**
 * `npm run help:screens` (after `npm run build`): screenshots of every generator's tab in both
 * languages, as a first-time user sees it (preview mode, default choices), into
 * docs/help/screens/<id>-<locale>.png for the help page. A narrow viewport at 1× keeps the PNGs small.
 */
import { mkdirSync } from "node:fs";
import path from "node:path";
import { LOCALES } from "../../src/i18n/locale";
import { GENERATORS } from "../../src/sheets/generators";
import { launchPaneBrowser } from "../../test/e2e/browser";
import { serveDirectory } from "../../test/e2e/static-server";
import { SCREENS_DIR, screenshotFile } from "./build-help";

async function main(): Promise<void> {
  const dist = path.resolve(__dirname, "../../dist");
  mkdirSync(SCREENS_DIR, { recursive: true });
  const server = await serveDirectory(dist);
  const browser = await launchPaneBrowser("en-US");
  try {
    const page = browser.context.pages()[0] ?? (await browser.context.newPage());
    await page.setViewportSize({ width: 360, height: 640 });
    for (const locale of LOCALES) {
      await page.goto(`${server.url}/taskpane.html`);
      await page.getByTestId("preview-banner").waitFor({ timeout: 30_000 });
      await page.getByTestId("language").selectOption(locale);
      for (const g of GENERATORS) {
        await page.getByRole("tab", { name: g.title[locale] }).click();
        await page.locator(`#panel-${g.id}`).waitFor({ state: "visible" });
        const file = path.join(SCREENS_DIR, screenshotFile(g.id, locale));
        await page.screenshot({ path: file });
        process.stdout.write(`${file}\n`);
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }
}

main().catch((e: unknown) => {
  process.stderr.write(`error: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exitCode = 1;
});
