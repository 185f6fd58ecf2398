/**
 * `npm run bench [filter]`: runs every bench/*.bench.ts module's `run()` in turn (file names
 * containing `filter` only, when given). Each benchmark prints its own ratios, measured against a
 * baseline in the same run, so figures compare across machines. A benchmark that throws is
 * reported and makes the command exit non-zero; the others still run.
 */
import { readdirSync } from "node:fs";
import * as path from "node:path";
import { pathToFileURL } from "node:url";

interface BenchModule {
  run?: () => unknown;
}

async function main(): Promise<number> {
  const filter = process.argv[2];
  const files = readdirSync(__dirname)
    .filter((f) => f.endsWith(".bench.ts") && (!filter || f.includes(filter)))
    .sort();
  if (files.length === 0) {
    console.error(filter ? `No benchmark file name contains "${filter}" (bench/*.bench.ts).` : "No benchmarks found (bench/*.bench.ts).");
    return 1;
  }
  let failures = 0;
  for (const file of files) {
    console.log(`\n=== ${file}`);
    const started = performance.now();
    try {
      const mod = (await import(pathToFileURL(path.join(__dirname, file)).href)) as BenchModule;
      if (typeof mod.run !== "function") throw new Error(`${file} does not export an async function run()`);
      await mod.run();
      console.log(`=== ${file}: done in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    } catch (e) {
      failures += 1;
      console.error(`=== ${file} FAILED: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
    }
  }
  if (failures > 0) console.error(`\n${failures} of ${files.length} benchmarks failed.`);
  return failures > 0 ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    console.error(e);
    process.exit(1);
  },
);
