/**
 * One rule per argument: each custom-function parameter is declared once (src/functions/params.ts),
 * and both languages' help must say what the declaration says. The en-US help is the JSDoc the
 * metadata generator reads; the zh-CN help is derived when the build loads help-zh.ts.
 */
import { rangeNote } from "../src/core/rules/number-rule";
import { FUNCTION_HELP_ZH } from "../src/functions/help-zh";
import { paramHelp } from "../src/functions/params";
import { functionModules, jsDocParams } from "../scripts/function-help";
import { readFileSync } from "node:fs";

const modules = functionModules();

describe("declared parameters and the help of both languages", () => {
  it.each(modules.map((m) => [m.file.replace(/.*\/src\//, "src/"), m] as const))("%s: every @param line is the declared help", (_name, { file, params }) => {
    const lines = jsDocParams(readFileSync(file, "utf8"));
    const ids = [...new Set(lines.map((l) => l.id))];
    expect(ids.sort()).toEqual(Object.keys(params).sort());
    for (const id of ids) {
      const declared = params[id]!;
      const written = lines.filter((l) => l.id === id);
      expect(written.map((l) => l.name)).toEqual(Object.keys(declared));
      for (const line of written) {
        const p = declared[line.name]!;
        expect(`${id}.${line.name}: ${line.text}`).toBe(`${id}.${line.name}: ${paramHelp(p)["en-US"]}`);
        // Optional in Excel exactly when the declaration gives a default, or the argument is not a required number.
        if (p.default !== undefined) expect(`${id}.${line.name} optional: ${line.optional}`).toBe(`${id}.${line.name} optional: true`);
      }
    }
  });

  it("zh-CN parameter help is derived from the same declarations, range sentence included", () => {
    for (const { params } of modules) {
      for (const [id, declared] of Object.entries(params)) {
        for (const [name, p] of Object.entries(declared)) {
          const zh = FUNCTION_HELP_ZH[id]!.parameters[name]!;
          expect(zh).toBe(paramHelp(p)["zh-CN"]);
          if (p.rule) expect(zh).toContain(rangeNote(p.rule)["zh-CN"]);
        }
      }
    }
  });

  it("states ranges in each language's words", () => {
    expect(paramHelp({ en: "Average handle time, seconds", zh: "平均处理时长，单位秒", rule: { min: 0, minInclusive: false, limit: 1e6 } })).toEqual({
      "en-US": "Average handle time, seconds (> 0).",
      "zh-CN": "平均处理时长，单位秒（> 0）。",
    });
    expect(paramHelp({ en: "Servers", zh: "服务台数", rule: { min: 0, max: 100000, integer: true } })).toEqual({
      "en-US": "Servers (whole number 0 to 100000).",
      "zh-CN": "服务台数（0 到 100000 的整数）。",
    });
    expect(paramHelp({ en: "Share", zh: "比例", rule: { min: 0, max: 1, maxInclusive: false }, default: 0, list: true })).toEqual({
      "en-US": "Share (each ≥ 0 and < 1). Default 0.",
      "zh-CN": "比例（每个 ≥ 0 且 < 1）。默认 0。",
    });
  });
});

describe("the build's check", () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { checkDeclaredHelp } = require("../scripts/webpack/localized-metadata.cjs") as {
    checkDeclaredHelp: (metadata: { functions: { id: string; parameters?: { name: string; description?: string }[] }[] }, declared: Record<string, Record<string, string>>) => string[];
  };

  it("fails when the JSDoc help of a parameter differs from its declaration", () => {
    const metadata = { functions: [{ id: "TRAFFIC", parameters: [{ name: "aht", description: "Average handle time, seconds (≥ 0)." }] }] };
    expect(checkDeclaredHelp(metadata, { TRAFFIC: { aht: "Average handle time, seconds (> 0)." } })).toEqual([
      'TRAFFIC.aht: JSDoc says "Average handle time, seconds (≥ 0).", the declaration "Average handle time, seconds (> 0)." (run npx tsx scripts/function-help.ts)',
    ]);
    expect(checkDeclaredHelp(metadata, { TRAFFIC: { aht: "Average handle time, seconds (≥ 0)." } })).toEqual([]);
  });
});
