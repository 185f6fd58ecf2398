/**
 * Where pages load Office.js from (scripts/webpack/office-js-tag.cjs), checked in headless
 * Chromium with the network stubbed: the local copy outside Office, Microsoft's CDN inside Office
 * (the `_host_Info` Office adds to the URL), the local copy when the CDN is unreachable — with the
 * failed CDN tag removed, since Office.js locates its own files from the first office.js tag.
 */
import * as fs from "node:fs";
import { chromium, type Browser } from "playwright-core";

// eslint-disable-next-line @typescript-eslint/no-require-imports -- a CommonJS build helper
const { officeJsLoader, CDN_URL } = require("../scripts/webpack/office-js-tag.cjs") as {
  officeJsLoader: (mode: "auto" | "cdn" | "local") => string;
  CDN_URL: string;
};

const CHROMIUM = "/usr/bin/chromium";
const ORIGIN = "https://kefu.test";
const HOST_INFO = "?_host_Info=Excel$Win32$16.01$zh-CN$$$$0";
// In CI a missing Chromium is a failure (.ci/run installs it); elsewhere the test is skipped.
const describeWithChromium = fs.existsSync(CHROMIUM) || process.env.CI ? describe : describe.skip;

interface PageResult {
  source: string;
  officeFrom: string | null;
  requested: string[];
  officeScripts: string[];
}

describeWithChromium("Office.js loader in a real browser", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    });
  });
  afterAll(async () => {
    await browser?.close();
  });

  async function open(query: string, mode: "auto" | "cdn" | "local", cdnUp: boolean): Promise<PageResult> {
    const page = await browser.newPage();
    const requested: string[] = [];
    await page.route("**/*", async (route) => {
      const url = route.request().url();
      requested.push(url);
      if (url.startsWith(`${ORIGIN}/taskpane.html`)) {
        const html = `<!doctype html><html><head>${officeJsLoader(mode)}<script>window.officeAtEndOfHead = typeof Office;</script></head><body></body></html>`;
        return route.fulfill({ contentType: "text/html", body: html });
      }
      if (url === CDN_URL && !cdnUp) return route.abort("namenotresolved");
      if (url === CDN_URL || url === `${ORIGIN}/office-js/office.js`) {
        return route.fulfill({ contentType: "application/javascript", body: `window.Office = { from: ${JSON.stringify(url)} };` });
      }
      return route.abort();
    });
    await page.goto(`${ORIGIN}/taskpane.html${query}`);
    const result = await page.evaluate(() => {
      const w = window as unknown as { __kefuOfficeJsSource: string; officeAtEndOfHead: string; Office?: { from: string } };
      return {
        source: w.__kefuOfficeJsSource,
        officeFrom: w.officeAtEndOfHead === "object" && w.Office ? w.Office.from : null,
        officeScripts: Array.from(document.querySelectorAll("script[src]")).map((s) => s.getAttribute("src") ?? ""),
      };
    });
    await page.close();
    return { ...result, requested: requested.filter((u) => !u.startsWith(`${ORIGIN}/taskpane.html`)) };
  }

  test("outside Office: the local copy, and Office is defined before the bundles run", async () => {
    const r = await open("", "auto", true);
    expect(r).toEqual({
      source: "local",
      officeFrom: `${ORIGIN}/office-js/office.js`,
      requested: [`${ORIGIN}/office-js/office.js`],
      officeScripts: ["office-js/office.js"],
    });
  });

  test("inside Office: Microsoft's CDN only", async () => {
    const r = await open(HOST_INFO, "auto", true);
    expect(r).toEqual({ source: "cdn", officeFrom: CDN_URL, requested: [CDN_URL], officeScripts: [CDN_URL] });
  });

  test("inside Office with the CDN unreachable: the local copy, and no failed CDN tag left behind", async () => {
    const r = await open(HOST_INFO, "auto", false);
    expect(r).toEqual({
      source: "local",
      officeFrom: `${ORIGIN}/office-js/office.js`,
      requested: [CDN_URL, `${ORIGIN}/office-js/office.js`],
      officeScripts: ["office-js/office.js"],
    });
  });

  test("KEFU_OFFICE_JS forces one source", async () => {
    expect((await open("", "cdn", true)).officeFrom).toBe(CDN_URL);
    expect((await open(HOST_INFO, "local", true)).requested).toEqual([`${ORIGIN}/office-js/office.js`]);
  });
});
