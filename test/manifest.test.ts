/**
 * @jest-environment jsdom
 *
 * manifest.xml checked offline (the official validator, `npm run validate`, is an online service):
 * well-formed XML (xmllint), and the structure Office relies on — every resid resolves, URLs are
 * https and point at files the build emits, ids are unique, the shared runtime and custom
 * functions are wired, every display string has a zh-CN override, and every ribbon command is
 * registered by src/commands.
 */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { PANEL_COMMANDS, registerPanelCommands } from "../src/commands/panel-commands";
import { PANEL_IDS, takeRequestedPanel } from "../src/commands/panel-request";
import { GENERATORS } from "../src/sheets/generators";

// eslint-disable-next-line @typescript-eslint/no-require-imports -- the build helper is CommonJS
const { deployManifest } = require("../scripts/webpack/manifest.cjs") as { deployManifest: (xml: string, publicUrl: string | undefined) => string };

const ROOT = path.resolve(__dirname, "..");
const MANIFEST = path.join(ROOT, "manifest.xml");
const DEV_ORIGIN = "https://localhost:3000/";
const xml = fs.readFileSync(MANIFEST, "utf8");
const doc = new DOMParser().parseFromString(xml, "application/xml");

/** All descendants with this local name, whatever their namespace. */
function all(localName: string, root: Document | Element = doc): Element[] {
  return Array.from(root.getElementsByTagNameNS("*", localName));
}
function one(localName: string, root: Document | Element = doc): Element {
  const found = all(localName, root);
  if (found.length !== 1) throw new Error(`expected one <${localName}>, found ${found.length}`);
  return found[0] as Element;
}
function children(el: Element, localName: string): Element[] {
  return Array.from(el.children).filter((c) => c.localName === localName);
}
function xsiType(el: Element): string | null {
  return el.getAttributeNS("http://www.w3.org/2001/XMLSchema-instance", "type");
}
function attr(el: Element, name: string): string {
  const value = el.getAttribute(name);
  if (value === null) throw new Error(`<${el.localName}> has no ${name}`);
  return value;
}

/** Resources by id, with the kind of list they are declared in. */
const resources = new Map<string, { kind: string; el: Element }>();
for (const kind of ["Images", "Urls", "ShortStrings", "LongStrings"]) {
  for (const list of all(kind)) {
    for (const el of Array.from(list.children)) {
      const id = attr(el, "id");
      if (resources.has(id)) throw new Error(`resource id ${id} is declared twice`);
      resources.set(id, { kind, el });
    }
  }
}
function resource(resid: string): Element {
  const r = resources.get(resid);
  if (!r) throw new Error(`resid ${resid} is not defined`);
  return r.el;
}

const xmllintAvailable = spawnSync("xmllint", ["--version"]).status === 0;
// In CI a missing xmllint is a failure (.ci/run installs libxml2-utils); elsewhere the test is skipped.
const wellFormedTest = xmllintAvailable || process.env.CI ? test : test.skip;

describe("manifest.xml is well-formed XML", () => {
  wellFormedTest("xmllint --noout accepts it", () => {
    const result = spawnSync("xmllint", ["--noout", MANIFEST], { encoding: "utf8" });
    expect(result.error).toBeUndefined();
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
  });

  wellFormedTest("xmllint rejects a copy with an unclosed element (the check can fail)", () => {
    const broken = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "kefu-manifest-")), "broken.xml");
    fs.writeFileSync(broken, xml.replace("</Permissions>", ""));
    const result = spawnSync("xmllint", ["--noout", broken], { encoding: "utf8" });
    expect(result.status).not.toBe(0);
  });

  test("the DOM parser finds no error either", () => {
    expect(all("parsererror")).toHaveLength(0);
    expect(doc.documentElement.localName).toBe("OfficeApp");
  });
});

// The official task-pane manifest schemas (test/manifest-xsd/README.md says where from and what
// was adapted for libxml2). In CI a missing xmllint fails (see above).
const SCHEMA = path.join(ROOT, "test/manifest-xsd/OfficeAppManifestV1_1.xsd");
function validateAgainstXsd(manifestXml: string): { status: number | null; stderr: string } {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "kefu-manifest-")), "manifest.xml");
  fs.writeFileSync(file, manifestXml);
  const result = spawnSync("xmllint", ["--noout", "--nonet", "--schema", SCHEMA, file], { encoding: "utf8" });
  return { status: result.status, stderr: result.stderr };
}

describe("manifest.xml is valid against Microsoft's manifest schemas (offline)", () => {
  wellFormedTest("manifest.xml validates", () => {
    expect(validateAgainstXsd(xml)).toEqual({ status: 0, stderr: expect.stringMatching(/validates\n$/) as unknown as string });
  });

  wellFormedTest("the deployed manifest (public URL, zh-TW / zh-HK overrides) validates", () => {
    expect(validateAgainstXsd(deployManifest(xml, "https://example.test/kefu/")).status).toBe(0);
  });

  wellFormedTest("the schema catches a SupportUrl after Hosts and an unknown element (the check can fail)", () => {
    const support = /\s*<SupportUrl[\s\S]*?<\/SupportUrl>/.exec(xml)?.[0] ?? "";
    expect(support).toContain("help.html");
    const moved = xml.replace(support, "").replace("</Hosts>\n  <Requirements>", `</Hosts>${support}\n  <Requirements>`);
    expect(moved).not.toBe(xml);
    const late = validateAgainstXsd(moved);
    expect(late.status).not.toBe(0);
    expect(late.stderr).toMatch(/SupportUrl.*not expected/);
    expect(validateAgainstXsd(xml.replace("<Permissions>", "<Colour>teal</Colour><Permissions>")).status).not.toBe(0);
  });
});

describe("help page and support links", () => {
  test("SupportUrl and GetStarted's LearnMoreUrl open Kefu Kit's help, in Chinese for zh-CN", () => {
    const support = one("SupportUrl");
    const learnMore = resource(attr(one("LearnMoreUrl"), "resid"));
    for (const el of [support, learnMore]) {
      expect(attr(el, "DefaultValue")).toBe(`${DEV_ORIGIN}help.html`);
      expect(children(el, "Override").map((o) => [o.getAttribute("Locale"), o.getAttribute("Value")])).toEqual([["zh-CN", `${DEV_ORIGIN}help.html?lang=zh-CN`]]);
    }
  });

  test("the deployed manifest gives zh-TW and zh-HK every zh-CN string and URL", () => {
    const deployed = new DOMParser().parseFromString(deployManifest(xml, undefined), "application/xml");
    const overrides = Array.from(deployed.getElementsByTagNameNS("*", "Override"));
    const zhCn = overrides.filter((o) => o.getAttribute("Locale") === "zh-CN");
    expect(zhCn.length).toBeGreaterThan(20);
    for (const o of zhCn) {
      const siblings = Array.from(o.parentElement?.children ?? []).filter((c) => c.localName === "Override");
      expect(siblings.map((c) => [c.getAttribute("Locale"), c.getAttribute("Value")])).toEqual(
        ["zh-CN", "zh-TW", "zh-HK"].map((locale) => [locale, o.getAttribute("Value")]),
      );
    }
  });

  test("KEFU_PUBLIC_URL must be an https folder", () => {
    expect(() => deployManifest(xml, "http://example.test/kefu/")).toThrow(/must use https/);
    expect(() => deployManifest(xml, "example.test")).toThrow(/absolute URL/);
    expect(() => deployManifest(xml, "https://example.test/kefu/?x=1")).toThrow(/without \?query/);
    expect(deployManifest(xml, "https://example.test/kefu")).toContain('"https://example.test/kefu/help.html"');
  });
});

describe("add-in identity and requirements", () => {
  test("a task-pane add-in for Excel workbooks with a GUID id and a four-part version", () => {
    expect(xsiType(doc.documentElement)).toBe("TaskPaneApp");
    expect(one("Id").textContent?.trim()).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
    expect(one("Version").textContent?.trim()).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
    expect(one("ProviderName").textContent?.trim()).not.toBe("");
    expect(one("DefaultLocale").textContent?.trim()).toBe("en-US");
    const hosts = children(doc.documentElement, "Hosts")[0];
    expect(hosts && children(hosts, "Host").map((h) => h.getAttribute("Name"))).toEqual(["Workbook"]);
  });

  test("asks for the least permission that lets generators write sheets", () => {
    expect(one("Permissions").textContent?.trim()).toBe("ReadWriteDocument");
  });

  test("requires SharedRuntime 1.1 and CustomFunctionsRuntime 1.2 (CustomFunctions.Error)", () => {
    const sets = new Map(all("Set").map((s) => [attr(s, "Name"), attr(s, "MinVersion")]));
    expect(sets.get("SharedRuntime")).toBe("1.1");
    expect(Number(sets.get("CustomFunctionsRuntime"))).toBeGreaterThanOrEqual(1.2);
  });
});

describe("shared runtime and custom functions", () => {
  const runtime = one("Runtime");
  const functionsPoint = all("ExtensionPoint").find((e) => xsiType(e) === "CustomFunctions");

  test("one long-lived runtime on the task pane page, used by the pane, the ribbon and the functions", () => {
    expect(runtime.getAttribute("lifetime")).toBe("long");
    const page = attr(runtime, "resid");
    expect(attr(one("FunctionFile"), "resid")).toBe(page);
    expect(functionsPoint).toBeDefined();
    const pageLocation = one("SourceLocation", one("Page", functionsPoint as Element));
    expect(attr(pageLocation, "resid")).toBe(page);
    for (const action of all("Action").filter((a) => xsiType(a) === "ShowTaskpane")) {
      expect(attr(one("SourceLocation", action), "resid")).toBe(page);
    }
    expect(attr(resource(page), "DefaultValue")).toBe(`${DEV_ORIGIN}taskpane.html`);
    expect(attr(resource(page), "DefaultValue")).toBe(attr(one("SourceLocation", one("DefaultSettings")), "DefaultValue"));
  });

  test("custom functions: script, metadata with a zh-CN override, namespace CS", () => {
    const point = functionsPoint as Element;
    const script = attr(one("SourceLocation", one("Script", point)), "resid");
    expect(attr(resource(script), "DefaultValue")).toBe(`${DEV_ORIGIN}functions.js`);
    const metadata = resource(attr(one("SourceLocation", one("Metadata", point)), "resid"));
    expect(attr(metadata, "DefaultValue")).toBe(`${DEV_ORIGIN}functions.json`);
    const overrides = children(metadata, "Override");
    expect(overrides.map((o) => [o.getAttribute("Locale"), o.getAttribute("Value")])).toEqual([
      ["zh-CN", `${DEV_ORIGIN}functions.zh-CN.json`],
    ]);
    expect(attr(resource(attr(one("Namespace", point), "resid")), "DefaultValue")).toBe("CS");
  });
});

describe("resources", () => {
  test("every resid resolves to a resource of the right kind", () => {
    const expectedKind: Record<string, string> = {
      Image: "Images",
      SourceLocation: "Urls",
      FunctionFile: "Urls",
      Runtime: "Urls",
      LearnMoreUrl: "Urls",
      Label: "ShortStrings",
      Title: "ShortStrings",
      Namespace: "ShortStrings",
      Description: "LongStrings",
    };
    const withResid = Array.from(doc.getElementsByTagName("*")).filter((e) => e.hasAttribute("resid"));
    expect(withResid.length).toBeGreaterThan(40);
    for (const el of withResid) {
      const resid = attr(el, "resid");
      expect({ resid, declared: resources.has(resid) }).toEqual({ resid, declared: true });
      expect({ resid, element: el.localName, kind: resources.get(resid)?.kind }).toEqual({
        resid,
        element: el.localName,
        kind: expectedKind[el.localName],
      });
      expect(resid.length).toBeLessThanOrEqual(32);
    }
  });

  test("every declared resource is used", () => {
    const used = new Set(Array.from(doc.getElementsByTagName("*")).map((e) => e.getAttribute("resid")));
    expect([...resources.keys()].filter((id) => !used.has(id))).toEqual([]);
  });

  test("control, group and tab ids are unique", () => {
    const ids = ["Control", "Group", "CustomTab"].flatMap((n) => all(n).map((e) => attr(e, "id")));
    expect(ids.length).toBeGreaterThanOrEqual(8);
    expect(new Set(ids).size).toBe(ids.length);
  });

  const urlValues = Array.from(doc.getElementsByTagName("*")).flatMap((el) => {
    const values: string[] = [];
    if (["IconUrl", "HighResolutionIconUrl", "SourceLocation", "SupportUrl"].includes(el.localName) || ["Url", "Image"].includes(el.localName)) {
      const v = el.getAttribute("DefaultValue");
      if (v !== null) values.push(v);
    }
    if (el.localName === "Override" && el.parentElement && ["Url", "Image", "SupportUrl"].includes(el.parentElement.localName)) {
      values.push(attr(el, "Value"));
    }
    return values;
  });

  test("all URLs are https", () => {
    expect(urlValues.length).toBeGreaterThan(20);
    for (const url of urlValues) expect(new URL(url).protocol).toBe("https:");
  });

  test("every dev-server URL is a file the build emits; icons have the declared pixel size", () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- the config is CommonJS
    const makeConfig = require("../webpack.config.js") as (env: object, argv: object) => {
      entry: Record<string, unknown>;
      plugins: { userOptions?: { filename?: string }; options?: { output?: string } }[];
    };
    const config = makeConfig({}, { mode: "production" });
    const emitted = new Set<string>([
      ...Object.keys(config.entry).map((name) => `${name}.js`),
      ...config.plugins.map((p) => p.userOptions?.filename ?? p.options?.output).filter((f): f is string => typeof f === "string"),
    ]);
    const local = urlValues.filter((u) => u.startsWith(DEV_ORIGIN)).map((u) => new URL(u).pathname.slice(1));
    for (const file of local) {
      if (file.startsWith("assets/")) {
        const png = fs.readFileSync(path.join(ROOT, file));
        expect(png.subarray(1, 4).toString("ascii")).toBe("PNG");
        const size = Number(/-(\d+)\.png$/.exec(file)?.[1]);
        expect({ file, width: png.readUInt32BE(16), height: png.readUInt32BE(20) }).toEqual({ file, width: size, height: size });
      } else {
        expect({ file, emitted: emitted.has(file) }).toEqual({ file, emitted: true });
      }
    }
    for (const image of all("Image").filter((i) => i.hasAttribute("size"))) {
      const url = attr(resource(attr(image, "resid")), "DefaultValue");
      expect(url).toMatch(new RegExp(`-${attr(image, "size")}\\.png$`));
    }
  });
});

describe("display strings in en-US and zh-CN", () => {
  const HAN = /\p{Script=Han}/u;
  // The namespace stays "CS" in every language, like Excel's own English function names.
  const languageNeutral = new Set(["Functions.Namespace"]);

  test("every short and long string, the display name and the description have a Chinese zh-CN override", () => {
    const strings = [
      ...all("DisplayName"),
      ...all("Description").filter((d) => d.parentElement === doc.documentElement),
      ...[...resources.entries()].filter(([id, r]) => r.kind.endsWith("Strings") && !languageNeutral.has(id)).map(([, r]) => r.el),
    ];
    expect(strings.length).toBeGreaterThan(15);
    for (const el of strings) {
      const id = el.getAttribute("id") ?? el.localName;
      expect({ id, en: attr(el, "DefaultValue").trim().length > 0 }).toEqual({ id, en: true });
      const zh = children(el, "Override").filter((o) => o.getAttribute("Locale") === "zh-CN");
      expect({ id, overrides: zh.length }).toEqual({ id, overrides: 1 });
      expect({ id, chinese: HAN.test(attr(zh[0] as Element, "Value")) }).toEqual({ id, chinese: true });
    }
  });

  test("strings fit Office's limits (short 125, long 250 characters)", () => {
    for (const [id, r] of resources) {
      const limit = r.kind === "ShortStrings" ? 125 : r.kind === "LongStrings" ? 250 : 2048;
      const values = [attr(r.el, "DefaultValue"), ...children(r.el, "Override").map((o) => attr(o, "Value"))];
      for (const v of values) expect({ id, fits: v.length <= limit }).toEqual({ id, fits: true });
    }
  });
});

describe("ribbon", () => {
  const buttons = all("Control").filter((c) => xsiType(c) === "Button");

  test("a Kefu Kit tab with a button that opens the pane and one per panel", () => {
    expect(all("CustomTab")).toHaveLength(1);
    expect(buttons.filter((b) => xsiType(one("Action", b)) === "ShowTaskpane")).toHaveLength(1);
    expect(buttons).toHaveLength(1 + PANEL_IDS.length);
  });

  test("each button has a label, a supertip and 16/32/80 px icons", () => {
    for (const b of buttons) {
      expect(children(b, "Label")).toHaveLength(1);
      const tip = one("Supertip", b);
      expect([children(tip, "Title").length, children(tip, "Description").length]).toEqual([1, 1]);
      expect(all("Image", one("Icon", b)).map((i) => i.getAttribute("size"))).toEqual(["16", "32", "80"]);
    }
  });

  const functionNames = buttons
    .map((b) => one("Action", b))
    .filter((a) => xsiType(a) === "ExecuteFunction")
    .map((a) => one("FunctionName", a).textContent?.trim() ?? "");

  test("the ExecuteFunction buttons are exactly the panel commands, one per panel", () => {
    expect([...functionNames].sort()).toEqual(Object.keys(PANEL_COMMANDS).sort());
    expect(Object.values(PANEL_COMMANDS).sort()).toEqual([...PANEL_IDS].sort());
  });

  test("each generator's button: its control id, command, label, supertip and icons as the generator declares them", () => {
    for (const g of GENERATORS) {
      const control = buttons.find((b) => b.getAttribute("id") === g.ribbon.controlId);
      expect({ id: g.id, control: control !== undefined }).toEqual({ id: g.id, control: true });
      const button = control as Element;
      expect(one("FunctionName", one("Action", button)).textContent?.trim()).toBe(g.ribbon.command);
      const strings = (resid: string) => {
        const el = resource(resid);
        return { "en-US": attr(el, "DefaultValue"), "zh-CN": attr(children(el, "Override")[0] as Element, "Value") };
      };
      expect(strings(attr(children(button, "Label")[0] as Element, "resid"))).toEqual(g.ribbon.label);
      const tip = one("Supertip", button);
      expect(strings(attr(children(tip, "Title")[0] as Element, "resid"))).toEqual(g.ribbon.label);
      expect(strings(attr(children(tip, "Description")[0] as Element, "resid"))).toEqual(g.ribbon.tooltip);
      const icons = all("Image", one("Icon", button)).map((i) => attr(resource(attr(i, "resid")), "DefaultValue").slice(DEV_ORIGIN.length));
      expect(icons).toEqual(["16", "32", "80"].map((size) => `assets/${g.icon}-${size}.png`));
    }
  });

  test("src/commands associates every button's function; a click requests its panel, shows the pane and completes", async () => {
    const actions = new Map<string, (event: Office.AddinCommands.Event) => void>();
    let shown = 0;
    registerPanelCommands({ associate: (name, action) => actions.set(name, action) }, async () => {
      shown += 1;
    });
    expect([...actions.keys()].sort()).toEqual([...functionNames].sort());
    for (const name of functionNames) {
      const completed = new Promise<void>((resolve) => actions.get(name)?.({ completed: resolve } as Office.AddinCommands.Event));
      expect(takeRequestedPanel()).toBe(PANEL_COMMANDS[name]);
      await completed;
    }
    expect(shown).toBe(functionNames.length);
  });

  test("a command still completes when the pane cannot be shown (Office would keep the button busy)", async () => {
    const actions = new Map<string, (event: Office.AddinCommands.Event) => void>();
    const errors = jest.spyOn(console, "error").mockImplementation(() => undefined);
    registerPanelCommands({ associate: (name, action) => actions.set(name, action) }, () => Promise.reject(new Error("no pane")));
    const completed = new Promise<void>((resolve) => actions.get("openRosterPanel")?.({ completed: resolve } as Office.AddinCommands.Event));
    await completed;
    expect(takeRequestedPanel()).toBe("roster");
    expect(errors).toHaveBeenCalledTimes(1);
    errors.mockRestore();
  });
});
