/**
 * A formula evaluator for sheet specs: computes what Excel shows in each formula cell, so the .xlsx
 * writer can store it as the cell's cached value (viewers that do not calculate — chat-app
 * previews, Quick Look, pandas/openpyxl — show only that). Covers exactly the functions generated
 * sheets use (see {@link SUPPORTED_FUNCTIONS}); a formula with any other function is reported, not
 * guessed. `test/cached-values.test.ts` checks every formula cell of the sample workbook against
 * LibreOffice's own recalculation.
 *
 * Semantics follow Excel: a range in a scalar position is implicitly intersected with the
 * formula's row or column; inside SUMPRODUCT operators work element by element on arrays.
 */
import { calculatedColumns } from "../spec/normalise";
import type { SheetSpec } from "../spec/types";
import { parseFormula, type Node, type SheetName } from "./parse";
import {
  approxEqual,
  compareScalars,
  DIV0_ERROR,
  isArray,
  isError,
  isRange,
  NA_ERROR,
  toBoolean,
  toNumber,
  toText,
  VALUE_ERROR,
  XlError,
  type ArrayValue,
  type RangeValue,
  type Scalar,
  type Value,
} from "./values";

interface Ctx {
  sheet: string;
  row: number;
  col: number;
  /** Inside SUMPRODUCT: operators map over arrays instead of intersecting ranges. */
  array: boolean;
  book: Book;
}

interface Book {
  cell(sheet: string, row: number, col: number): Scalar;
  /** The values of a range (computed once: a computed cell never changes). */
  range(r: RangeValue): Scalar[][];
  sheetId(name: SheetName): string;
}

type Fn = (args: readonly Node[], ctx: Ctx) => Value;

/** A formula the evaluator cannot compute: an unsupported function or syntax. */
export class UnsupportedFormulaError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "UnsupportedFormulaError";
  }
}

// ---------------------------------------------------------------------------------------------
// Values of nodes

function evaluate(node: Node, ctx: Ctx): Value {
  switch (node.kind) {
    case "number":
    case "string":
    case "boolean":
      return node.value;
    case "error":
      return new XlError(node.code as XlError["code"]);
    case "missing":
      return null;
    case "ref":
      return {
        kind: "range",
        sheet: node.sheet === undefined ? ctx.sheet : ctx.book.sheetId(node.sheet),
        top: node.top,
        left: node.left,
        bottom: node.bottom,
        right: node.right,
      };
    case "unary":
      return mapValues([evaluate(node.arg, ctx)], ctx, ([v]) => {
        const n = toNumber(v!);
        if (isError(n)) return n;
        return node.op === "-" ? -n : node.op === "%" ? n / 100 : n;
      });
    case "binary":
      return mapValues([evaluate(node.left, ctx), evaluate(node.right, ctx)], ctx, ([a, b]) => binary(node.op, a!, b!));
    case "call": {
      const fn = FUNCTIONS[node.name];
      if (fn === undefined) throw new UnsupportedFormulaError(`function ${node.name} is not supported by the evaluator`);
      return fn(node.args, ctx);
    }
  }
}

function binary(op: string, a: Scalar, b: Scalar): Scalar {
  if (op === "&") {
    const x = toText(a);
    if (isError(x)) return x;
    const y = toText(b);
    return isError(y) ? y : x + y;
  }
  if (["=", "<>", "<", "<=", ">", ">="].includes(op)) {
    if (isError(a)) return a;
    if (isError(b)) return b;
    const c = compareScalars(a, b);
    return op === "=" ? c === 0 : op === "<>" ? c !== 0 : op === "<" ? c < 0 : op === "<=" ? c <= 0 : op === ">" ? c > 0 : c >= 0;
  }
  const x = toNumber(a);
  if (isError(x)) return x;
  const y = toNumber(b);
  if (isError(y)) return y;
  let r: number;
  switch (op) {
    case "+":
    case "-": {
      r = op === "+" ? x + y : x - y;
      // Excel snaps a difference of nearly equal numbers to 0 (0.3-0.1-0.2 shows 0).
      if (r !== 0 && Math.abs(r) < Math.max(Math.abs(x), Math.abs(y)) * 2 ** -48) r = 0;
      break;
    }
    case "*":
      r = x * y;
      break;
    case "/":
      if (y === 0) return DIV0_ERROR;
      r = x / y;
      break;
    default:
      r = x ** y;
  }
  return Number.isFinite(r) ? r : new XlError("#NUM!");
}

/** A range or array as a matrix of scalars; a scalar as 1×1. */
function matrixOf(v: Value, ctx: Ctx): Scalar[][] {
  if (isArray(v)) return v.rows;
  if (isRange(v)) return ctx.book.range(v);
  return [[v]];
}

/** The one value a scalar position sees: a range is intersected with the formula's row or column. */
function scalarOf(v: Value, ctx: Ctx): Scalar {
  if (isArray(v)) return v.rows[0]?.[0] ?? VALUE_ERROR;
  if (!isRange(v)) return v;
  if (v.top === v.bottom && v.left === v.right) return ctx.book.cell(v.sheet, v.top, v.left);
  if (v.left === v.right && ctx.row >= v.top && ctx.row <= v.bottom) return ctx.book.cell(v.sheet, ctx.row, v.left);
  if (v.top === v.bottom && ctx.col >= v.left && ctx.col <= v.right) return ctx.book.cell(v.sheet, v.top, ctx.col);
  return VALUE_ERROR;
}

/**
 * Applies a scalar function to values: element by element over arrays in array context (a 1×1,
 * single-row or single-column operand is stretched, as Excel does), else on the intersected scalars.
 */
function mapValues(values: readonly Value[], ctx: Ctx, fn: (xs: Scalar[]) => Scalar): Value {
  const arrays = ctx.array && values.some((v) => isArray(v) || (isRange(v) && (v.top !== v.bottom || v.left !== v.right)));
  if (!arrays) return fn(values.map((v) => scalarOf(v, ctx)));
  const matrices = values.map((v) => matrixOf(v, ctx));
  const height = Math.max(...matrices.map((m) => m.length));
  const width = Math.max(...matrices.map((m) => m[0]?.length ?? 0));
  const at = (m: Scalar[][], r: number, c: number): Scalar => {
    const row = m.length === 1 ? m[0] : m[r];
    const v = row === undefined ? undefined : row.length === 1 ? row[0] : row[c];
    return v === undefined ? NA_ERROR : v;
  };
  const rows: Scalar[][] = [];
  for (let r = 0; r < height; r++) {
    const row: Scalar[] = [];
    for (let c = 0; c < width; c++) row.push(fn(matrices.map((m) => at(m, r, c))));
    rows.push(row);
  }
  return { kind: "array", rows } satisfies ArrayValue;
}

// ---------------------------------------------------------------------------------------------
// Functions

const scalarArg = (args: readonly Node[], i: number, ctx: Ctx): Scalar => (args[i] === undefined ? null : scalarOf(evaluate(args[i]!, ctx), ctx));

/** Numbers of aggregate arguments: ranges give their numbers (text, booleans, blanks skipped), direct arguments are coerced. */
function numbersOf(args: readonly Node[], ctx: Ctx): number[] | XlError {
  const out: number[] = [];
  for (const arg of args) {
    const v = evaluate(arg, ctx);
    if (isRange(v) || isArray(v)) {
      for (const row of matrixOf(v, ctx)) {
        for (const x of row) {
          if (isError(x)) return x;
          if (typeof x === "number") out.push(x);
        }
      }
    } else if (v !== null) {
      const n = toNumber(v);
      if (isError(n)) return n;
      out.push(n);
    }
  }
  return out;
}

function aggregate(reduce: (xs: number[]) => number | XlError): Fn {
  return (args, ctx) => {
    const xs = numbersOf(args, ctx);
    return isError(xs) ? xs : reduce(xs);
  };
}

/** Excel's ROUND: half away from zero, on the decimal value shown (2.675 → 2.68). */
function roundTo(x: number, digits: number, mode: "near" | "up" | "down"): number {
  const factor = 10 ** digits;
  const scaled = Number((Math.abs(x) * factor).toPrecision(15));
  const whole = mode === "near" ? Math.round(scaled) : mode === "up" ? Math.ceil(scaled) : Math.floor(scaled);
  return (Math.sign(x) * whole) / factor;
}

function rounding(mode: "near" | "up" | "down"): Fn {
  return (args, ctx) =>
    mapValues([evaluate(args[0]!, ctx), args[1] ? evaluate(args[1], ctx) : 0], ctx, ([v, d]) => {
      const x = toNumber(v!);
      if (isError(x)) return x;
      const n = toNumber(d!);
      if (isError(n)) return n;
      return roundTo(x, Math.trunc(n), mode);
    });
}

/** A COUNTIF-style criterion as a predicate on cell values. */
function criterion(c: Scalar): (v: Scalar) => boolean {
  if (isError(c)) return (v) => isError(v) && v.code === c.code;
  if (typeof c === "number" || typeof c === "boolean" || c === null) {
    const want = c ?? "";
    return typeof want === "string" ? (v) => v === null || v === "" : (v) => v !== null && !isError(v) && typeof v === typeof want && compareScalars(v, want) === 0;
  }
  const m = /^(<=|>=|<>|<|>|=)?([\s\S]*)$/.exec(c)!;
  const op = m[1] ?? "=";
  const operand = m[2]!;
  const asNumber = operand.trim() === "" ? Number.NaN : Number(operand);
  const upper = operand.toUpperCase();
  const target: number | string | boolean = Number.isFinite(asNumber) ? asNumber : upper === "TRUE" ? true : upper === "FALSE" ? false : operand;
  if (operand === "") {
    if (op === "=") return (v) => v === null || v === "";
    if (op === "<>") return (v) => v !== null && v !== "";
  }
  const wildcard =
    typeof target === "string" && /[*?]/.test(target)
      ? new RegExp(`^${target.replace(/[.+^${}()|[\]\\]/g, "\\$&").replace(/~\\?\*|~\?|\*|\?/g, (w) => (w.startsWith("~") ? `\\${w.slice(-1)}` : w === "*" ? "[\\s\\S]*" : "[\\s\\S]"))}$`, "i")
      : undefined;
  const lowerTarget = typeof target === "string" ? target.toLowerCase() : "";
  const matchesEqual = (v: Scalar): boolean => {
    if (v === null || isError(v)) return false;
    if (typeof target === "string") {
      if (typeof v !== "string") return false;
      return wildcard ? wildcard.test(v) : v.toLowerCase() === lowerTarget;
    }
    if (typeof target === "number" && typeof v === "string") {
      const n = Number(v);
      return v.trim() !== "" && Number.isFinite(n) && approxEqual(n, target);
    }
    return typeof v === typeof target && compareScalars(v, target) === 0;
  };
  if (op === "=") return matchesEqual;
  if (op === "<>") return (v) => !matchesEqual(v);
  return (v) => {
    if (v === null || isError(v) || typeof v !== typeof target) return false;
    const c2 = compareScalars(v, target);
    return op === "<" ? c2 < 0 : op === "<=" ? c2 <= 0 : op === ">" ? c2 > 0 : c2 >= 0;
  };
}

/** Positions (flat indexes) of a range where every (range, criterion) pair matches. */
function matchingCells(pairs: readonly Node[], ctx: Ctx): { size: [number, number]; hits: boolean[] } | XlError {
  let size: [number, number] | undefined;
  let hits: boolean[] = [];
  for (let i = 0; i + 1 < pairs.length; i += 2) {
    const cells = matrixOf(evaluate(pairs[i]!, ctx), ctx);
    const test = criterion(scalarArg(pairs, i + 1, ctx));
    const h = cells.length;
    const w = cells[0]?.length ?? 0;
    if (size === undefined) {
      size = [h, w];
      hits = new Array<boolean>(h * w).fill(true);
    } else if (size[0] !== h || size[1] !== w) return VALUE_ERROR;
    cells.forEach((row, r) => row.forEach((v, c) => (hits[r * w + c] = hits[r * w + c]! && test(v))));
  }
  return size === undefined ? VALUE_ERROR : { size, hits };
}

function conditional(kind: "count" | "sum" | "average" | "max" | "min", hasSumRange: boolean): Fn {
  return (args, ctx) => {
    const m = matchingCells(hasSumRange ? args.slice(1) : args, ctx);
    if (isError(m)) return m;
    if (kind === "count") return m.hits.filter(Boolean).length;
    const values = matrixOf(evaluate(args[0]!, ctx), ctx);
    if (values.length !== m.size[0] || (values[0]?.length ?? 0) !== m.size[1]) return VALUE_ERROR;
    const picked: number[] = [];
    const flat = values.flat();
    for (let i = 0; i < flat.length; i++) {
      if (!m.hits[i]) continue;
      const v = flat[i]!;
      if (isError(v)) return v;
      if (typeof v === "number") picked.push(v);
    }
    // MAXIFS / MINIFS give 0 when no cell matches, as Excel does.
    if (kind === "max") return picked.length === 0 ? 0 : Math.max(...picked);
    if (kind === "min") return picked.length === 0 ? 0 : Math.min(...picked);
    const total = picked.reduce((s, x) => s + x, 0);
    if (kind === "sum") return total;
    return picked.length === 0 ? DIV0_ERROR : total / picked.length;
  };
}

function logical(combine: (xs: boolean[]) => boolean): Fn {
  return (args, ctx) => {
    const bools: boolean[] = [];
    for (const arg of args) {
      const v = evaluate(arg, ctx);
      if (isRange(v) || isArray(v)) {
        for (const x of matrixOf(v, ctx).flat()) {
          if (isError(x)) return x;
          if (typeof x === "boolean" || typeof x === "number") bools.push(x !== 0 && x !== false);
        }
      } else {
        const b = toBoolean(v);
        if (isError(b)) return b;
        bools.push(b);
      }
    }
    return bools.length === 0 ? VALUE_ERROR : combine(bools);
  };
}

const FUNCTIONS: Record<string, Fn> = {
  SUM: aggregate((xs) => xs.reduce((s, x) => s + x, 0)),
  MAX: aggregate((xs) => (xs.length === 0 ? 0 : Math.max(...xs))),
  MIN: aggregate((xs) => (xs.length === 0 ? 0 : Math.min(...xs))),
  // The k-th largest number of a range (text and blanks ignored); k outside 1…count → #NUM!.
  LARGE: (args, ctx) => {
    const xs = numbersOf([args[0]!], ctx);
    if (isError(xs)) return xs;
    const k = toNumber(scalarArg(args, 1, ctx));
    if (isError(k)) return k;
    const i = Math.ceil(k);
    return i < 1 || i > xs.length ? new XlError("#NUM!") : [...xs].sort((a, b) => b - a)[i - 1]!;
  },
  AVERAGE: aggregate((xs) => (xs.length === 0 ? DIV0_ERROR : xs.reduce((s, x) => s + x, 0) / xs.length)),
  COUNT: (args, ctx) => {
    let n = 0;
    for (const arg of args) {
      const v = evaluate(arg, ctx);
      if (isRange(v) || isArray(v)) n += matrixOf(v, ctx).flat().filter((x) => typeof x === "number").length;
      else if (v !== null && !isError(v) && typeof v !== "boolean" && !isError(toNumber(v))) n++;
    }
    return n;
  },
  // Every cell that holds something (a formula's "" too, as in Excel); a scalar argument counts once.
  COUNTA: (args, ctx) => {
    let n = 0;
    for (const arg of args) {
      const v = evaluate(arg, ctx);
      if (isRange(v) || isArray(v)) n += matrixOf(v, ctx).flat().filter((x) => x !== null).length;
      else if (v !== null) n++;
    }
    return n;
  },
  COUNTBLANK: (args, ctx) => matrixOf(evaluate(args[0]!, ctx), ctx).flat().filter((x) => x === null || x === "").length,
  COUNTIF: conditional("count", false),
  COUNTIFS: conditional("count", false),
  SUMIF: (args, ctx) => conditional("sum", true)([args[2] ?? args[0]!, args[0]!, args[1]!], ctx),
  SUMIFS: conditional("sum", true),
  AVERAGEIFS: conditional("average", true),
  MAXIFS: conditional("max", true),
  MINIFS: conditional("min", true),
  N: (args, ctx) =>
    mapValues([evaluate(args[0]!, ctx)], ctx, ([v]) => (isError(v) ? v : typeof v === "number" ? v : typeof v === "boolean" ? Number(v) : 0)),
  ISNA: (args, ctx) => mapValues([evaluate(args[0]!, ctx)], ctx, ([v]) => isError(v) && v.code === "#N/A"),
  ISERROR: (args, ctx) => mapValues([evaluate(args[0]!, ctx)], ctx, ([v]) => isError(v)),
  ISTEXT: (args, ctx) => mapValues([evaluate(args[0]!, ctx)], ctx, ([v]) => typeof v === "string"),
  SUMPRODUCT: (args, ctx) => {
    const inner = { ...ctx, array: true };
    const matrices = args.map((a) => matrixOf(evaluate(a, inner), inner));
    const h = matrices[0]?.length ?? 0;
    const w = matrices[0]?.[0]?.length ?? 0;
    if (matrices.some((m) => m.length !== h || (m[0]?.length ?? 0) !== w)) return VALUE_ERROR;
    let total = 0;
    for (let r = 0; r < h; r++) {
      for (let c = 0; c < w; c++) {
        let product = 1;
        for (const m of matrices) {
          const v = m[r]![c]!;
          if (isError(v)) return v;
          product *= typeof v === "number" ? v : 0;
        }
        total += product;
      }
    }
    return total;
  },
  IF: (args, ctx) => {
    const cond = evaluate(args[0]!, ctx);
    const branch = (i: number): Value => (args[i] === undefined ? i === 1 || args.length > 2 ? 0 : false : args[i]!.kind === "missing" ? 0 : evaluate(args[i]!, ctx));
    if (ctx.array && (isArray(cond) || (isRange(cond) && (cond.top !== cond.bottom || cond.left !== cond.right)))) {
      return mapValues([cond, branch(1), branch(2)], ctx, ([c, a, b]) => {
        const t = toBoolean(c!);
        return isError(t) ? t : t ? a! : b!;
      });
    }
    const t = toBoolean(scalarOf(cond, ctx));
    if (isError(t)) return t;
    return branch(t ? 1 : 2);
  },
  IFERROR: (args, ctx) => {
    const v = evaluate(args[0]!, ctx);
    const s = ctx.array ? v : scalarOf(v, ctx);
    return isError(s) ? evaluate(args[1]!, ctx) : s;
  },
  AND: logical((xs) => xs.every(Boolean)),
  OR: logical((xs) => xs.some(Boolean)),
  NOT: (args, ctx) =>
    mapValues([evaluate(args[0]!, ctx)], ctx, ([v]) => {
      const b = toBoolean(v!);
      return isError(b) ? b : !b;
    }),
  ISNUMBER: (args, ctx) => mapValues([evaluate(args[0]!, ctx)], ctx, ([v]) => typeof v === "number"),
  ISBLANK: (args, ctx) => mapValues([evaluate(args[0]!, ctx)], ctx, ([v]) => v === null),
  ROUND: rounding("near"),
  ROUNDUP: rounding("up"),
  ROUNDDOWN: rounding("down"),
  INT: (args, ctx) =>
    mapValues([evaluate(args[0]!, ctx)], ctx, ([v]) => {
      const x = toNumber(v!);
      return isError(x) ? x : Math.floor(x);
    }),
  EXP: (args, ctx) =>
    mapValues([evaluate(args[0]!, ctx)], ctx, ([v]) => {
      const x = toNumber(v!);
      if (isError(x)) return x;
      const y = Math.exp(x);
      return Number.isFinite(y) ? y : new XlError("#NUM!");
    }),
  "POISSON.DIST": (args, ctx) =>
    mapValues([evaluate(args[0]!, ctx), evaluate(args[1]!, ctx), evaluate(args[2]!, ctx)], ctx, ([xv, mv, cv]) => {
      const x = toNumber(xv!);
      if (isError(x)) return x;
      const mean = toNumber(mv!);
      if (isError(mean)) return mean;
      const k = Math.trunc(x);
      if (k < 0 || mean < 0) return new XlError("#NUM!");
      return poisson(k, mean, cv === true || (typeof cv === "number" && cv !== 0));
    }),
  ABS: (args, ctx) =>
    mapValues([evaluate(args[0]!, ctx)], ctx, ([v]) => {
      const x = toNumber(v!);
      return isError(x) ? x : Math.abs(x);
    }),
  MOD: (args, ctx) =>
    mapValues([evaluate(args[0]!, ctx), evaluate(args[1]!, ctx)], ctx, ([a, b]) => {
      const x = toNumber(a!);
      if (isError(x)) return x;
      const y = toNumber(b!);
      if (isError(y)) return y;
      if (y === 0) return DIV0_ERROR;
      const r = x - y * Math.floor(x / y);
      return Math.abs(r) < Math.abs(y) * 2 ** -48 ? 0 : r;
    }),
  ROW: (args, ctx) => {
    if (args.length === 0) return ctx.row + 1;
    const v = evaluate(args[0]!, ctx);
    if (!isRange(v)) return VALUE_ERROR;
    if (ctx.array && v.bottom > v.top) return { kind: "array", rows: Array.from({ length: v.bottom - v.top + 1 }, (_x, i) => [v.top + i + 1]) };
    return v.top + 1;
  },
  INDEX: (args, ctx) => {
    const area = evaluate(args[0]!, ctx);
    const m = matrixOf(area, ctx);
    let r = args[1] ? toNumber(scalarArg(args, 1, ctx)) : 0;
    let c = args[2] ? toNumber(scalarArg(args, 2, ctx)) : 0;
    if (isError(r)) return r;
    if (isError(c)) return c;
    r = Math.trunc(r);
    c = Math.trunc(c);
    // INDEX(row vector, n) picks the n-th column.
    if (args.length === 2 && m.length === 1) [r, c] = [1, r];
    if (m.length === 1 && r === 0) r = 1;
    if ((m[0]?.length ?? 0) === 1 && c === 0) c = 1;
    const v = m[r - 1]?.[c - 1];
    return v === undefined || r < 1 || c < 1 ? new XlError("#REF!") : v;
  },
  MATCH: (args, ctx) => {
    const wanted = scalarArg(args, 0, ctx);
    if (isError(wanted)) return wanted;
    const type = args[2] ? toNumber(scalarArg(args, 2, ctx)) : 1;
    if (isError(type)) return type;
    const list = matrixOf(evaluate(args[1]!, ctx), ctx).flat();
    if (type === 0) {
      const test = typeof wanted === "string" ? criterion(`=${wanted}`) : (v: Scalar) => v !== null && !isError(v) && typeof v === typeof wanted && compareScalars(v, wanted) === 0;
      const i = list.findIndex(test);
      return i < 0 ? NA_ERROR : i + 1;
    }
    // Sorted lookup: the last position whose value does not pass the wanted one.
    let found = -1;
    for (let i = 0; i < list.length; i++) {
      const v = list[i]!;
      if (v === null || isError(v) || typeof v !== typeof wanted) continue;
      const c = compareScalars(v, wanted);
      if (type > 0 ? c <= 0 : c >= 0) found = i;
      else break;
    }
    return found < 0 ? NA_ERROR : found + 1;
  },
  HYPERLINK: (args, ctx) => scalarArg(args, args.length > 1 ? 1 : 0, ctx),
};

/** P(X = k) or P(X ≤ k) for a Poisson mean, each term in log space (no underflow of e^−mean). */
function poisson(k: number, mean: number, cumulative: boolean): number {
  if (mean === 0) return k === 0 || cumulative ? 1 : 0;
  const logMean = Math.log(mean);
  let logFactorial = 0;
  let sum = 0;
  let term = 0;
  for (let i = 0; i <= k; i++) {
    if (i > 0) logFactorial += Math.log(i);
    term = Math.exp(-mean + i * logMean - logFactorial);
    sum += term;
  }
  return cumulative ? Math.min(1, sum) : term;
}

/** Functions the evaluator computes; generated sheets that use others get no cached values. */
export const SUPPORTED_FUNCTIONS: readonly string[] = Object.keys(FUNCTIONS).sort();

// ---------------------------------------------------------------------------------------------
// Workbook

/** A formula's cached value as the .xlsx stores it: number, text, boolean or an error code. */
export type CachedValue = number | string | boolean | { error: string };

interface Entry {
  value?: Scalar;
  formula?: string;
  ast?: Node;
  state?: "busy" | "done";
}

/**
 * Computes every formula cell of a batch of sheet specs (they may refer to each other with
 * `[[id]]`). Table headers hold their column names and calculated columns their filled-down
 * formulas, as the writers write them.
 *
 * @example
 * const values = evaluateSheets(specs);
 * values.get("qaLog")?.get("5,7"); // the value of H6
 */
export class SheetEvaluator {
  private readonly sheets = new Map<string, Map<string, Entry>>();
  private readonly idsByName = new Map<string, string>();
  /** Formulas that could not be computed, with the reason. */
  readonly failures: string[] = [];

  constructor(specs: readonly SheetSpec[], names: ReadonlyMap<string, string> = new Map()) {
    for (const spec of specs) {
      const cells = new Map<string, Entry>();
      for (const c of spec.cells) {
        if (c.formula !== undefined) cells.set(`${c.row},${c.col}`, { formula: c.formula });
        else if (c.link !== undefined) cells.set(`${c.row},${c.col}`, { value: c.value ?? c.link });
        else if (c.value !== undefined && c.value !== null) cells.set(`${c.row},${c.col}`, { value: c.value });
      }
      for (const t of spec.tables ?? []) {
        t.columns.forEach((col, j) => cells.set(`${t.range.top},${t.range.left + j}`, { value: col.name }));
        for (const column of calculatedColumns(t, (f) => f)) {
          for (const { row, formula } of column.cells) cells.set(`${row},${column.col}`, { formula });
        }
      }
      this.sheets.set(spec.id, cells);
      this.idsByName.set(spec.name.toLowerCase(), spec.id);
    }
    for (const [id, name] of names) this.idsByName.set(name.toLowerCase(), id);
  }

  private readonly ranges = new Map<string, Scalar[][]>();

  private readonly book: Book = {
    cell: (sheet, row, col) => this.cell(sheet, row, col),
    range: (r) => {
      const key = `${r.sheet}!${r.top},${r.left},${r.bottom},${r.right}`;
      let rows = this.ranges.get(key);
      if (rows === undefined) {
        rows = [];
        for (let row = r.top; row <= r.bottom; row++) {
          const values: Scalar[] = [];
          for (let col = r.left; col <= r.right; col++) values.push(this.cell(r.sheet, row, col));
          rows.push(values);
        }
        this.ranges.set(key, rows);
      }
      return rows;
    },
    sheetId: (name) => {
      if ("id" in name) return name.id;
      const id = this.idsByName.get(name.name.toLowerCase());
      if (id === undefined) throw new UnsupportedFormulaError(`sheet "${name.name}" is not in this batch`);
      return id;
    },
  };

  /** The value of one cell (0-based), computing its formula if needed. */
  cell(sheet: string, row: number, col: number): Scalar {
    const cells = this.sheets.get(sheet);
    if (cells === undefined) throw new UnsupportedFormulaError(`sheet id "${sheet}" is not in this batch`);
    const entry = cells.get(`${row},${col}`);
    if (entry === undefined) return null;
    if (entry.formula === undefined || entry.state === "done") return entry.value ?? null;
    if (entry.state === "busy") throw new UnsupportedFormulaError(`circular reference at ${sheet}!${row},${col}`);
    entry.state = "busy";
    try {
      entry.ast ??= parseFormula(entry.formula);
      const ctx: Ctx = { sheet, row, col, array: false, book: this.book };
      const v = scalarOf(evaluate(entry.ast, ctx), ctx);
      // A formula that points at a blank cell shows 0.
      entry.value = v === null ? 0 : v;
      entry.state = "done";
      return entry.value;
    } catch (error) {
      delete entry.state;
      throw error;
    }
  }

  /** What a cell shows (constant or computed), or null for a blank, an error or a formula that cannot be computed. */
  shownValue(sheet: string, row: number, col: number): string | number | boolean | null {
    const blank = this.sheets.get(sheet)?.get(`${row},${col}`) === undefined;
    const v = blank ? undefined : this.cachedValue(sheet, row, col);
    return v === undefined || (typeof v === "object" && "error" in v) ? null : v;
  }

  /**
   * The cached value for a formula cell, or undefined when it cannot be computed (the reason is
   * added to {@link failures}).
   */
  cachedValue(sheet: string, row: number, col: number): CachedValue | undefined {
    try {
      const v = this.cell(sheet, row, col);
      if (v === null) return 0;
      // Stored as Excel shows it (15 significant digits): 0.005, not 0.004999999999999999, which a
      // "0.00" format would show one cent apart in a viewer that does not calculate.
      if (typeof v === "number") return Number(v.toPrecision(15));
      return isError(v) ? { error: v.code } : v;
    } catch (error) {
      if (!(error instanceof Error) || (error.name !== "UnsupportedFormulaError" && error.name !== "FormulaSyntaxError")) throw error;
      this.failures.push(`${sheet} ${row},${col}: ${error.message}`);
      return undefined;
    }
  }
}
