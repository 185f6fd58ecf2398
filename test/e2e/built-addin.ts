/**
 * The built add-in for browser tests: `dist/` when `npm run build` (npm test's pretest) made it,
 * otherwise a production build into a temporary directory — never over someone's dist/.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";

const ROOT = path.resolve(__dirname, "../..");

export function builtAddinDir(): string {
  const dist = path.join(ROOT, "dist");
  if (existsSync(path.join(dist, "taskpane.html")) && process.env.KEFU_E2E_BUILD !== "1") return dist;
  const out = mkdtempSync(path.join(os.tmpdir(), "kefu-e2e-dist-"));
  execFileSync(process.execPath, [path.join(ROOT, "node_modules/webpack-cli/bin/cli.js"), "--mode", "production", "--output-path", out], {
    cwd: ROOT,
    stdio: "inherit",
  });
  if (!existsSync(path.join(out, "taskpane.html"))) throw new Error(`The build left no taskpane.html in ${out}`);
  return out;
}
