/** Formula text: `[[id]]` sheet tokens, string literals, code vs. quoted parts, filling down. */

/** The `[[id]]` token that writers replace with the real, quoted sheet name. */
export function sheetRef(id: string): string {
  return `[[${id}]]`;
}

/** Quotes a sheet name for a formula: 质检记录 (2) → '质检记录 (2)'. */
export function quoteSheetName(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/** Replaces every `[[id]]` token with the quoted actual sheet name; unknown ids are a programming error. */
export function resolveSheetRefs(formula: string, actualNames: ReadonlyMap<string, string>): string {
  return formula.replace(/\[\[([A-Za-z0-9_-]+)\]\]/g, (_whole, id: string) => {
    const name = actualNames.get(id);
    if (name === undefined) throw new Error(`Formula refers to unknown sheet id "${id}": ${formula}`);
    return quoteSheetName(name);
  });
}

/**
 * Applies `transform` to the parts of a formula that are code, leaving string literals ("…") and
 * quoted sheet names ('…') untouched, so rewrites never change text the user sees.
 */
export function mapFormulaCode(formula: string, transform: (code: string) => string): string {
  let out = "";
  let code = "";
  let i = 0;
  while (i < formula.length) {
    const ch = formula[i]!;
    if (ch === '"' || ch === "'") {
      out += transform(code);
      code = "";
      // A quoted part ends at the next lone quote; a doubled quote is an escaped quote.
      let j = i + 1;
      while (j < formula.length) {
        if (formula[j] === ch) {
          if (formula[j + 1] === ch) j += 2;
          else break;
        } else j++;
      }
      out += formula.slice(i, j + 1);
      i = j + 1;
    } else {
      code += ch;
      i++;
    }
  }
  return out + transform(code);
}

// A cell reference: optional $, 1–3 letters, optional $, row digits; not part of a longer name,
// not a function name (followed by "(") and not a sheet-qualified name's tail.
const CELL_REF = /(?<![A-Za-z0-9_.$])(\$?)([A-Za-z]{1,3})(\$?)(\d+)(?![A-Za-z0-9_.(!])/g;

/**
 * Moves the relative row references of an A1 formula down by `rows` (as Excel does when a formula
 * is filled down): `B2*2` → `B5*2` for 3 rows; `$B$2` and `B$2` stay. Used to fill a table's
 * calculated column from the formula of its first data row.
 */
export function shiftFormulaRows(formula: string, rows: number): string {
  if (rows === 0) return formula;
  return mapFormulaCode(formula, (code) =>
    code.replace(CELL_REF, (_m, colAbs: string, col: string, rowAbs: string, row: string) => {
      const n = Number(row);
      return `${colAbs}${col}${rowAbs}${rowAbs === "$" ? n : n + rows}`;
    }),
  );
}

/** A text as a quoted formula string literal: `He said "hi"` → `"He said ""hi"""`. */
export function formulaText(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}
