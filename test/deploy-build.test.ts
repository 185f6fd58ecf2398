/**
 * @jest-environment jsdom
 *
 * The production build an admin deploys: `KEFU_PUBLIC_URL=https://example.test/kefu/ npm run build`
 * (into a temporary folder, never over dist/). Every URL of dist/manifest.xml starts with that
 * address and names a file of the build; the manifest validates against Microsoft's schemas; the
 * help page it links to covers every generator and every function in both languages.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, readdirSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { GENERATORS } from "../src/sheets/generators";

jest.setTimeout(600_000);

const ROOT = path.resolve(__dirname, "..");
const PUBLIC_URL = "https://example.test/kefu/";
let out = "";
let manifest = "";

beforeAll(() => {
  out = mkdtempSync(path.join(os.tmpdir(), "kefu-deploy-"));
  execFileSync(process.execPath, [path.join(ROOT, "node_modules/webpack-cli/bin/cli.js"), "--mode", "production", "--output-path", out], {
    cwd: ROOT,
    env: { ...process.env, KEFU_PUBLIC_URL: PUBLIC_URL },
    stdio: ["ignore", "ignore", "inherit"],
  });
  manifest = readFileSync(path.join(out, "manifest.xml"), "utf8");
});

/** Every attribute value that is a URL. */
function urls(xml: string): string[] {
  return [...xml.matchAll(/(?:DefaultValue|Value)="(https?:\/\/[^"]*)"/g)].map((m) => m[1] as string);
}

describe("production build with KEFU_PUBLIC_URL", () => {
  it("writes a manifest whose every URL is under the public address and names a file of the build", () => {
    const all = urls(manifest);
    expect(all.length).toBeGreaterThan(30);
    expect(manifest).not.toContain("localhost");
    for (const url of all) {
      expect(url.startsWith(PUBLIC_URL)).toBe(true);
      const file = new URL(url).pathname.slice(new URL(PUBLIC_URL).pathname.length);
      expect({ file, exists: existsSync(path.join(out, file)) }).toEqual({ file, exists: true });
    }
    expect(all).toContain(`${PUBLIC_URL}help.html?lang=zh-CN`);
  });

  const xmllint = spawnSync("xmllint", ["--version"]).status === 0;
  (xmllint || process.env.CI ? it : it.skip)("the deployed manifest validates against the task-pane manifest XSDs", () => {
    const result = spawnSync("xmllint", ["--noout", "--nonet", "--schema", path.join(ROOT, "test/manifest-xsd/OfficeAppManifestV1_1.xsd"), path.join(out, "manifest.xml")], { encoding: "utf8" });
    expect(result.stderr).toMatch(/validates\n$/);
    expect(result.status).toBe(0);
  });

  it("builds nothing unused: no commands.html", () => {
    expect(readdirSync(out).filter((f) => f.endsWith(".html")).sort()).toEqual(["help.html", "taskpane.html"]);
  });
});

describe("help.html", () => {
  // The production build minifies the page: read it as a DOM, not as text.
  let doc: Document | undefined;
  const lang = (locale: string): Element => {
    doc ??= new DOMParser().parseFromString(readFileSync(path.join(out, "help.html"), "utf8"), "text/html");
    const el = doc.querySelector(`.lang[data-locale="${locale}"]`);
    if (!el) throw new Error(`help.html has no ${locale} section`);
    return el;
  };
  const text = (el: Element | null | undefined): string => (el?.textContent ?? "").replace(/\s+/g, " ").trim();

  it("has every function of this build's metadata, with its description and arguments, in each language", () => {
    for (const [locale, file] of [["en-US", "functions.json"], ["zh-CN", "functions.zh-CN.json"]] as const) {
      const { functions } = JSON.parse(readFileSync(path.join(out, file), "utf8")) as { functions: { id: string; description: string; parameters: { name: string; description: string }[] }[] };
      expect(functions.length).toBeGreaterThanOrEqual(27);
      const section = lang(locale);
      for (const f of functions) {
        const row = section.querySelector(`tr[id="fn-${locale}-${f.id}"]`);
        expect({ id: f.id, hasDescription: text(row).includes(f.description.replace(/\s+/g, " ").trim()) }).toEqual({ id: f.id, hasDescription: true });
        const names = Array.from(row?.querySelectorAll("li > code") ?? []).map((c) => c.textContent);
        expect({ id: f.id, params: names }).toEqual({ id: f.id, params: f.parameters.map((p) => p.name) });
      }
    }
  });

  it("shows the README's checked examples: =CS.AGENTS(100, 180, 0.8, 20) → 35", () => {
    for (const locale of ["en-US", "zh-CN"]) {
      expect(text(lang(locale).querySelector(`tr[id="fn-${locale}-AGENTS"] td:last-child`))).toContain("=CS.AGENTS(100, 180, 0.8, 20) → 35");
    }
  });

  it("has one section per generator with its title, summary and a screenshot that was published", () => {
    for (const locale of ["en-US", "zh-CN"] as const) {
      for (const g of GENERATORS) {
        const block = lang(locale).querySelector(`section[id="tool-${locale}-${g.id}"]`);
        expect(text(block?.querySelector("h3"))).toBe(g.title[locale]);
        expect(text(block)).toContain(g.ribbon.tooltip[locale]);
        const src = block?.querySelector("img")?.getAttribute("src");
        expect({ id: g.id, locale, src }).toEqual({ id: g.id, locale, src: `help/${g.id}-${locale}.png` });
        expect(readFileSync(path.join(out, src as string)).subarray(1, 4).toString("ascii")).toBe("PNG");
      }
    }
  });

  it("starts with the three getting-started steps from docs/help in each language", () => {
    expect(lang("en-US").querySelectorAll("ol > li")).toHaveLength(3);
    expect(lang("zh-CN").querySelectorAll("ol > li")).toHaveLength(3);
    expect(text(lang("en-US").querySelector("h2"))).toBe("Get started in three steps");
    expect(text(lang("zh-CN").querySelector("h2"))).toBe("三步上手");
  });
});
