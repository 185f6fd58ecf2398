/**
 * Parses spec formulas (A1 notation, English function names, comma separators, `[[id]]` sheet
 * tokens) into a small syntax tree. Covers the grammar generated sheets use: numbers, strings,
 * booleans, error literals, cell and range references (optionally on another sheet), the
 * arithmetic, text and comparison operators, percent, and function calls.
 */

export type Node =
  | { kind: "number"; value: number }
  | { kind: "string"; value: string }
  | { kind: "boolean"; value: boolean }
  | { kind: "error"; code: string }
  | { kind: "missing" }
  | { kind: "ref"; sheet: SheetName | undefined; top: number; left: number; bottom: number; right: number }
  | { kind: "unary"; op: "-" | "+" | "%"; arg: Node }
  | { kind: "binary"; op: BinaryOp; left: Node; right: Node }
  | { kind: "call"; name: string; args: Node[] };

export type BinaryOp = "+" | "-" | "*" | "/" | "^" | "&" | "=" | "<>" | "<" | "<=" | ">" | ">=";

/** A sheet named in a formula: a `[[id]]` token or a (quoted) sheet name. */
export type SheetName = { id: string } | { name: string };

/** A formula this parser does not understand (a programming error in a generator, or a gap here). */
export class FormulaSyntaxError extends Error {
  constructor(formula: string, detail: string) {
    super(`Cannot parse formula "${formula}": ${detail}`);
    this.name = "FormulaSyntaxError";
  }
}

type Token =
  | { t: "num"; v: number }
  | { t: "str"; v: string }
  | { t: "err"; v: string }
  | { t: "ref"; sheet: SheetName | undefined; row: number; col: number }
  | { t: "name"; v: string }
  | { t: "op"; v: string };

const ERRORS = ["#DIV/0!", "#N/A", "#NAME?", "#NULL!", "#NUM!", "#REF!", "#VALUE!"];

function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

const CELL = /\$?([A-Za-z]{1,3})\$?(\d+)/y;
const CELL_ALONE = /\$?[A-Za-z]{1,3}\$?\d+(?![A-Za-z0-9_.(])/y;
const SHEET_TOKEN = /\[\[([A-Za-z0-9_-]+)\]\]!/y;
const SHEET_NAME = /([A-Za-z_][A-Za-z0-9_.]*)!/y;
const NUMBER = /(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?/y;
const NAME = /[A-Za-z_][A-Za-z0-9_.]*/y;

function tokenize(formula: string): Token[] {
  const tokens: Token[] = [];
  const src = formula.startsWith("=") ? formula.slice(1) : formula;
  let i = 0;
  const fail = (detail: string): never => {
    throw new FormulaSyntaxError(formula, detail);
  };
  // Sticky patterns match at `i` without copying the rest of the formula.
  const at = (re: RegExp): RegExpExecArray | null => {
    re.lastIndex = i;
    return re.exec(src);
  };
  const cellAt = (sheet: SheetName | undefined): void => {
    const m = at(CELL);
    if (!m) fail(`expected a cell reference at ${i}`);
    tokens.push({ t: "ref", sheet, col: columnIndex(m![1]!), row: Number(m![2]) - 1 });
    i += m![0].length;
  };
  while (i < src.length) {
    const ch = src[i]!;
    if (/\s/.test(ch)) {
      i++;
    } else if (src.startsWith("[[", i)) {
      const m = at(SHEET_TOKEN);
      if (!m) fail(`bad sheet token at ${i}`);
      i += m![0].length;
      cellAt({ id: m![1]! });
    } else if (ch === "'") {
      let j = i + 1;
      let name = "";
      while (j < src.length) {
        if (src[j] === "'" && src[j + 1] === "'") {
          name += "'";
          j += 2;
        } else if (src[j] === "'") break;
        else name += src[j++];
      }
      if (src[j + 1] !== "!") fail(`quoted sheet name without "!" at ${i}`);
      i = j + 2;
      cellAt({ name });
    } else if (ch === '"') {
      let j = i + 1;
      let text = "";
      for (;;) {
        if (j >= src.length) fail("unterminated string");
        if (src[j] === '"') {
          if (src[j + 1] === '"') {
            text += '"';
            j += 2;
            continue;
          }
          break;
        }
        text += src[j++];
      }
      tokens.push({ t: "str", v: text });
      i = j + 1;
    } else if (ch === "#") {
      const code = ERRORS.find((e) => src.slice(i, i + e.length).toUpperCase() === e);
      if (code === undefined) fail(`unknown error literal at ${i}`);
      tokens.push({ t: "err", v: code! });
      i += code!.length;
    } else if (/[0-9.]/.test(ch)) {
      const m = at(NUMBER);
      if (!m) fail(`bad number at ${i}`);
      tokens.push({ t: "num", v: Number(m![0]) });
      i += m![0].length;
    } else if (/[A-Za-z_$]/.test(ch)) {
      const sheetName = at(SHEET_NAME);
      const cell = at(CELL_ALONE);
      if (sheetName) {
        i += sheetName[0].length;
        cellAt({ name: sheetName[1]! });
      } else if (cell) {
        cellAt(undefined);
      } else {
        const m = at(NAME);
        if (!m) fail(`unexpected "${ch}" at ${i}`);
        tokens.push({ t: "name", v: m![0].toUpperCase() });
        i += m![0].length;
      }
    } else {
      const op = ["<>", "<=", ">="].find((o) => src.startsWith(o, i)) ?? ch;
      if (!"+-*/^&=<>(),:%".includes(op[0]!)) fail(`unexpected "${ch}" at ${i}`);
      tokens.push({ t: "op", v: op });
      i += op.length;
    }
  }
  return tokens;
}

/** Parses one formula (with or without the leading "="). */
export function parseFormula(formula: string): Node {
  const tokens = tokenize(formula);
  let pos = 0;
  const fail = (detail: string): never => {
    throw new FormulaSyntaxError(formula, detail);
  };
  const peek = (): Token | undefined => tokens[pos];
  const isOp = (v: string): boolean => {
    const t = tokens[pos];
    return t !== undefined && t.t === "op" && t.v === v;
  };
  const expect = (v: string): void => {
    if (!isOp(v)) fail(`expected "${v}"`);
    pos++;
  };

  const binaryLevel = (ops: readonly string[], next: () => Node): (() => Node) => () => {
    let left = next();
    for (;;) {
      const t = peek();
      if (t?.t !== "op" || !ops.includes(t.v)) return left;
      pos++;
      left = { kind: "binary", op: t.v as BinaryOp, left, right: next() };
    }
  };

  const primary = (): Node => {
    const t = tokens[pos++];
    if (t === undefined) return fail("unexpected end");
    switch (t.t) {
      case "num":
        return { kind: "number", value: t.v };
      case "str":
        return { kind: "string", value: t.v };
      case "err":
        return { kind: "error", code: t.v };
      case "ref": {
        let node: Node = { kind: "ref", sheet: t.sheet, top: t.row, left: t.col, bottom: t.row, right: t.col };
        if (isOp(":")) {
          pos++;
          const end = tokens[pos++];
          if (end?.t !== "ref") fail("expected the end of a range");
          const e = end as Extract<Token, { t: "ref" }>;
          node = { ...node, top: Math.min(t.row, e.row), bottom: Math.max(t.row, e.row), left: Math.min(t.col, e.col), right: Math.max(t.col, e.col) };
        }
        return node;
      }
      case "name": {
        if (isOp("(")) {
          pos++;
          const args: Node[] = [];
          if (isOp(")")) {
            pos++;
            return { kind: "call", name: t.v.replace(/^(?:_XLFN\.|_XLWS\.)+/, ""), args };
          }
          for (;;) {
            args.push(isOp(",") || isOp(")") ? { kind: "missing" } : comparison());
            if (isOp(",")) {
              pos++;
              continue;
            }
            expect(")");
            return { kind: "call", name: t.v.replace(/^(?:_XLFN\.|_XLWS\.)+/, ""), args };
          }
        }
        if (t.v === "TRUE" || t.v === "FALSE") return { kind: "boolean", value: t.v === "TRUE" };
        return fail(`unknown name ${t.v}`);
      }
      case "op":
        if (t.v === "(") {
          const inner = comparison();
          expect(")");
          return inner;
        }
        return fail(`unexpected "${t.v}"`);
    }
  };
  const percent = (): Node => {
    let node = primary();
    while (isOp("%")) {
      pos++;
      node = { kind: "unary", op: "%", arg: node };
    }
    return node;
  };
  // Excel binds negation tighter than "^": -2^2 is 4.
  const unary = (): Node => {
    if (isOp("-") || isOp("+")) {
      const op = (tokens[pos++] as { v: "-" | "+" }).v;
      return { kind: "unary", op, arg: unary() };
    }
    return percent();
  };
  const power = binaryLevel(["^"], unary);
  const product = binaryLevel(["*", "/"], power);
  const sum = binaryLevel(["+", "-"], product);
  const concat = binaryLevel(["&"], sum);
  const comparison = binaryLevel(["=", "<>", "<", "<=", ">", ">="], concat);

  const root = comparison();
  if (pos < tokens.length) fail(`unexpected token at ${pos}`);
  return root;
}
