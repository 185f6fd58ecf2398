/**
 * Headless Chromium for the e2e tests: the Debian `chromium` driven by playwright-core with the
 * flags from docs/reference/toolchain.md (trap 9) and a fresh user-data-dir per run.
 */
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { chromium, type BrowserContext } from "playwright-core";

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

const FLAGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

export function chromiumAvailable(): boolean {
  return existsSync(CHROMIUM_PATH);
}

export interface PaneBrowser {
  context: BrowserContext;
  close(): Promise<void>;
}

/** A persistent context in a throw-away profile, sized like an Excel task pane. */
export async function launchPaneBrowser(locale: string): Promise<PaneBrowser> {
  const profile = mkdtempSync(path.join(os.tmpdir(), "kefu-chromium-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    args: FLAGS,
    headless: true,
    locale,
    viewport: { width: 420, height: 900 },
    acceptDownloads: true,
  });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
