/**
 * Loads the BUILT custom functions (dist/functions.js) the way Excel does: in a fresh JavaScript
 * context whose only host global is `CustomFunctions` (associate, Error, ErrorCode), then calls
 * them by the ids in dist/functions.json — every declared parameter passed, omitted optional ones
 * as `null`, as Excel passes them. Run `npm run build` first.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import * as vm from "node:vm";

export const DIST_DIR = path.resolve(__dirname, "../../dist");

/** The error codes with the strings Excel uses (CustomFunctions.ErrorCode). */
export const ERROR_CODES = {
  invalidValue: "#VALUE!",
  notAvailable: "#N/A",
  divisionByZero: "#DIV/0!",
  invalidNumber: "#NUM!",
  nullReference: "#NULL!",
  invalidName: "#NAME?",
  invalidReference: "#REF!",
} as const;

export type ExcelErrorCode = (typeof ERROR_CODES)[keyof typeof ERROR_CODES];

/** Stand-in for `CustomFunctions.Error`: what a cell shows when a function returns or throws one. */
export class ExcelErrorStub {
  constructor(
    readonly code: ExcelErrorCode,
    readonly message?: string,
  ) {}
}

export function isExcelError(value: unknown, code?: ExcelErrorCode): value is ExcelErrorStub {
  return value instanceof ExcelErrorStub && (code === undefined || value.code === code);
}

export interface MetadataParameter {
  name: string;
  description?: string;
  type?: string;
  dimensionality?: "scalar" | "matrix";
  optional?: boolean;
}

export interface MetadataFunction {
  id: string;
  name: string;
  description?: string;
  parameters?: MetadataParameter[];
  result?: { type?: string; dimensionality?: "scalar" | "matrix" };
}

export interface FunctionsMetadata {
  functions: MetadataFunction[];
}

export interface LoadedFunctions {
  /** dist/functions.json */
  metadata: FunctionsMetadata;
  /** Ids that the bundle associated, in association order. */
  associatedIds: string[];
  /**
   * Calls a function by id as Excel does: missing trailing arguments are passed as `null`.
   * A thrown `CustomFunctions.Error` is returned (it is what the cell shows); any other exception
   * is a bug and propagates.
   */
  call(id: string, ...args: unknown[]): unknown;
}

export interface LoadOptions {
  /** Office display language the functions see (`Office.context.displayLanguage`); none by default. */
  displayLanguage?: string;
  distDir?: string;
}

function readDist(distDir: string, file: string): string {
  const full = path.join(distDir, file);
  if (!fs.existsSync(full)) {
    throw new Error(`${full} is missing: run \`npm run build\` first (the tests load the built bundle).`);
  }
  return fs.readFileSync(full, "utf8");
}

export function readMetadata(file = "functions.json", distDir = DIST_DIR): FunctionsMetadata {
  return JSON.parse(readDist(distDir, file)) as FunctionsMetadata;
}

/** Copies arrays between realms so `instanceof Array` and jest's equality behave on both sides. */
function copyArrays(value: unknown, makeArray: (items: unknown[]) => unknown[]): unknown {
  return Array.isArray(value) ? makeArray(value.map((v: unknown) => copyArrays(v, makeArray))) : value;
}

export function loadFunctions(options: LoadOptions = {}): LoadedFunctions {
  const distDir = options.distDir ?? DIST_DIR;
  const metadata = readMetadata("functions.json", distDir);
  const code = readDist(distDir, "functions.js");

  const associated = new Map<string, (...args: unknown[]) => unknown>();
  const customFunctions = {
    associate(id: string | Record<string, (...args: unknown[]) => unknown>, fn?: (...args: unknown[]) => unknown): void {
      const pairs = typeof id === "string" ? [[id, fn] as const] : Object.entries(id);
      for (const [key, f] of pairs) {
        if (typeof f !== "function") throw new Error(`CustomFunctions.associate("${key}") without a function`);
        if (associated.has(key.toUpperCase())) throw new Error(`${key} is associated twice`);
        associated.set(key.toUpperCase(), f);
      }
    },
    Error: ExcelErrorStub,
    ErrorCode: ERROR_CODES,
  };
  const sandbox: Record<string, unknown> = { CustomFunctions: customFunctions, console };
  if (options.displayLanguage !== undefined) {
    sandbox.Office = { context: { displayLanguage: options.displayLanguage } };
  }
  const context = vm.createContext(sandbox);
  vm.runInContext(code, context, { filename: path.join(distDir, "functions.js") });
  const contextArray = vm.runInContext("(items) => Array.from(items)", context) as (items: unknown[]) => unknown[];

  const byId = new Map(metadata.functions.map((f) => [f.id.toUpperCase(), f]));
  return {
    metadata,
    associatedIds: [...associated.keys()],
    call(id: string, ...args: unknown[]): unknown {
      const key = id.toUpperCase();
      const fn = associated.get(key);
      const meta = byId.get(key);
      if (!fn || !meta) throw new Error(`${id} is not a custom function of this build (functions.json and the associate calls)`);
      const declared = meta.parameters?.length ?? 0;
      if (args.length > declared) throw new Error(`${id} takes ${declared} arguments, got ${args.length}`);
      const full = [...args, ...Array<null>(declared - args.length).fill(null)];
      const fromContext = (value: unknown): unknown => copyArrays(value, (items) => items);
      const asCell = (e: unknown): ExcelErrorStub => {
        if (e instanceof ExcelErrorStub) return e;
        throw e;
      };
      try {
        const result = fn(...full.map((a) => copyArrays(a, contextArray)));
        // An async function's result (a Promise) resolves to what the cell shows.
        if (result instanceof Object && typeof (result as { then?: unknown }).then === "function") {
          return (result as Promise<unknown>).then(fromContext, asCell);
        }
        return fromContext(result);
      } catch (e) {
        return asCell(e);
      }
    },
  };
}
