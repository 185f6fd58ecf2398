/**
 * The .xlsx writer runs in a browser (the task pane's download in preview mode): bundled by
 * webpack for the web, no Node built-ins, executed in headless Chromium, and its output read back.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import webpack from "webpack";
import { chromiumAvailable, launchPaneBrowser } from "../e2e/browser";

function bundle(outDir: string): Promise<string> {
  const compiler = webpack({
    mode: "development",
    devtool: false,
    target: "web",
    entry: join(__dirname, "browser-entry.ts"),
    output: { path: outDir, filename: "xlsx-writer.js" },
    resolve: { extensions: [".ts", ".js"], fallback: { fs: false, path: false, os: false, child_process: false } },
    module: { rules: [{ test: /\.ts$/, loader: "ts-loader", options: { transpileOnly: true }, exclude: /node_modules/ }] },
    performance: { hints: false },
  });
  return new Promise((resolve, reject) =>
    compiler.run((error, stats) => {
      compiler.close(() => undefined);
      if (error) return reject(error);
      if (stats?.hasErrors()) return reject(new Error(stats.toString({ all: false, errors: true })));
      resolve(join(outDir, "xlsx-writer.js"));
    }),
  );
}

describe("writeXlsx in a browser", () => {
  const browserIt = chromiumAvailable() ? it : it.skip;
  if (!chromiumAvailable()) console.warn("!!! SKIPPED: Chromium is not installed; the browser run of the .xlsx writer was not checked");

  browserIt(
    "writes and reads back the feature sheets in Chromium",
    async () => {
      const dir = mkdtempSync(join(tmpdir(), "kefu-xlsx-browser-"));
      const browser = await launchPaneBrowser("zh-CN");
      try {
        const script = await bundle(dir);
        const page = await browser.context.newPage();
        await page.goto("about:blank");
        await page.addScriptTag({ path: script });
        const result = await page.evaluate(() =>
          (globalThis as unknown as { kefuRoundTrip: () => Promise<Record<string, unknown>> }).kefuRoundTrip(),
        );
        expect(result.sheets).toEqual(["质检记录", "Summary 汇总"]);
        expect(result.formula).toBe("ROUND(_xlfn.STDEV.S('质检记录'!B3:B7),6)");
        expect(result.inputFill).toMatchObject({ fgColor: { argb: "FFFFF9DB" } });
        expect(result.bytes).toBeGreaterThan(5000);
      } finally {
        await browser.close();
        rmSync(dir, { recursive: true, force: true });
      }
    },
    180_000,
  );
});
