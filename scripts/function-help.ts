/**
 * The JSDoc `@param` lines of the custom functions are what the metadata generator reads for the
 * en-US help (dist/functions.json). Their text is derived from each function's declared
 * parameters (src/functions/params.ts): test/function-help.test.ts fails when a line differs, and
 * `npx tsx scripts/function-help.ts` rewrites the lines from the declarations.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { paramHelp, type Params } from "../src/functions/params";

/** One `@param` line of a `@customfunction` JSDoc block. */
export interface JsDocParam {
  id: string;
  name: string;
  optional: boolean;
  text: string;
  /** The whole line, as written. */
  line: string;
}

const BLOCK = /\/\*\*([\s\S]*?)\*\//g;
const ID = /@customfunction\s+(\w+)/;
const PARAM = /^(\s*\*\s*@param\s+)(\[?)(\w+)\]?\s*(.*)$/;

/** The `@param` lines of every `@customfunction` block in a source text. */
export function jsDocParams(source: string): JsDocParam[] {
  const out: JsDocParam[] = [];
  for (const block of source.matchAll(BLOCK)) {
    const id = ID.exec(block[1]!)?.[1];
    if (!id) continue;
    for (const line of block[1]!.split("\n")) {
      const m = PARAM.exec(line);
      if (m) out.push({ id, name: m[3]!, optional: m[2] === "[", text: m[4]!.trim(), line });
    }
  }
  return out;
}

/** The source with each `@param` line's text replaced by the derived en-US help. */
export function syncJsDoc(source: string, params: Readonly<Record<string, Params>>): string {
  let out = source;
  for (const p of jsDocParams(source)) {
    const declared = params[p.id]?.[p.name];
    if (!declared) continue;
    const m = PARAM.exec(p.line)!;
    const name = p.optional ? `[${p.name}]` : p.name;
    out = out.replace(p.line, `${m[1]}${name} ${paramHelp(declared)["en-US"]}`);
  }
  return out;
}

/**
 * The function modules (every module src/functions/functions.ts imports that has
 * `@customfunction` tags) with their declared parameters: each exports `FUNCTION_PARAMS`.
 */
export function functionModules(): { file: string; params: Readonly<Record<string, Params>> }[] {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { functionModules: list } = require("./webpack/function-modules.cjs") as { functionModules: (entry: string) => string[] };
  return list(resolve(__dirname, "../src/functions/functions.ts")).map((file) => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const mod = require(file) as { FUNCTION_PARAMS?: Readonly<Record<string, Params>> };
    if (!mod.FUNCTION_PARAMS) throw new Error(`${file} does not export FUNCTION_PARAMS (see docs/adding-a-function.md)`);
    return { file, params: mod.FUNCTION_PARAMS };
  });
}

function main(): void {
  for (const { file, params } of functionModules()) {
    const source = readFileSync(file, "utf8");
    const synced = syncJsDoc(source, params);
    if (synced !== source) {
      writeFileSync(file, synced);
      process.stdout.write(`${file}: @param lines rewritten\n`);
    }
  }
}

if (require.main === module) main();
