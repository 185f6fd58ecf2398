/**
 * The purity rule in eslint.config.mjs guards src/core, src/sheets and src/i18n: a host import there
 * must fail lint, while the same import in a host folder passes. ESLint (its API, in one child process:
 * the config is ESM and type-aware, so loading it once keeps this test fast) lints the probe text *as*
 * an existing file of each folder; nothing is written. That proves the rule is wired to the right
 * folders, not just declared.
 */
import { spawnSync } from "node:child_process";
import path from "node:path";

const root = path.resolve(__dirname, "..");

const HOST_IMPORTS = [
  'import ExcelJS from "exceljs";',
  'import { useState } from "react";',
  'import { readFileSync } from "node:fs";',
  'import { writeFileSync } from "fs";',
  'import { Button } from "@fluentui/react-components";',
];
const PROBE = `${HOST_IMPORTS.join("\n")}\nexport const used = [ExcelJS, useState, readFileSync, writeFileSync, Button];\n`;
const PURE_IMPORT = 'import { formatClock } from "../clock";\nexport const used = formatClock;\n';

const CASES: { asFile: string; source: string }[] = [
  { asFile: "src/core/clock.ts", source: PROBE },
  { asFile: "src/sheets/builder.ts", source: PROBE },
  { asFile: "src/i18n/locale.ts", source: PROBE },
  { asFile: "src/xlsx/write-xlsx.ts", source: PROBE },
  { asFile: "src/core/staffing/erlang-c.ts", source: PURE_IMPORT },
];

/** Number of no-restricted-imports errors per case, in CASES order. */
function restrictedImportErrors(): number[] {
  const script = `
    import { ESLint } from "eslint";
    const cases = JSON.parse(process.argv[1]);
    const eslint = new ESLint();
    const counts = [];
    for (const c of cases) {
      const [result] = await eslint.lintText(c.source, { filePath: c.asFile });
      counts.push(result.messages.filter((m) => m.ruleId === "no-restricted-imports").length);
    }
    process.stdout.write(JSON.stringify(counts));`;
  const run = spawnSync(process.execPath, ["--input-type=module", "-e", script, JSON.stringify(CASES)], { cwd: root, encoding: "utf8" });
  if (run.status !== 0) throw new Error(run.stderr);
  return JSON.parse(run.stdout) as number[];
}

describe("purity lint rule", () => {
  jest.setTimeout(240_000);

  it("fails every host import in src/core, src/sheets and src/i18n; passes it in a host; passes pure imports", () => {
    const n = HOST_IMPORTS.length;
    expect(restrictedImportErrors()).toEqual([n, n, n, 0, 0]);
  });
});
