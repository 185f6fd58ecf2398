/** Giving a set of generated sheets new ids, with every `[[id]]` reference among them following. */
import { quoteSheetName } from "./formula-text";
import type { SheetSpec, ValidationRule } from "./types";

/**
 * The same sheets under `rename(id)`: ids and every `[[id]]` token in formulas, links, list
 * sources, conditional formats and table columns. A linked plan uses it to take in another
 * generator's sheets under its own prefix, so they can sit beside that generator's own output.
 */
export function rekeySheets(specs: readonly SheetSpec[], rename: (id: string) => string): SheetSpec[] {
  const ids = new Set(specs.map((s) => s.id));
  return mapSheetTokens(specs, (id) => (ids.has(id) ? `[[${rename(id)}]]` : undefined)).map((s) => ({ ...s, id: rename(s.id) }));
}

/**
 * The same sheets with every `[[id]]` of `names` replaced by that sheet's quoted name: for a sheet
 * written later that reads a sheet already in the workbook (a writer resolves `[[id]]` only among
 * the sheets of one write).
 */
export function pointSheetRefs(specs: readonly SheetSpec[], names: ReadonlyMap<string, string>): SheetSpec[] {
  return mapSheetTokens(specs, (id) => {
    const name = names.get(id);
    return name === undefined ? undefined : quoteSheetName(name);
  });
}

/** Replaces each `[[id]]` token for which `replace` answers a text, in every place a spec holds formulas. */
function mapSheetTokens(specs: readonly SheetSpec[], replace: (id: string) => string | undefined): SheetSpec[] {
  const fix = (text: string) => text.replace(/\[\[([A-Za-z0-9_-]+)\]\]/g, (whole, id: string) => replace(id) ?? whole);
  const rule = (r: ValidationRule): ValidationRule => (r.type === "list" && "source" in r ? { ...r, source: fix(r.source) } : r);
  return specs.map((s) => ({
    ...s,
    cells: s.cells.map((c) => ({ ...c, ...(c.formula !== undefined ? { formula: fix(c.formula) } : {}), ...(c.link !== undefined ? { link: fix(c.link) } : {}) })),
    ...(s.validations ? { validations: s.validations.map((v) => ({ ...v, rule: rule(v.rule) })) } : {}),
    ...(s.conditionalFormats
      ? {
          conditionalFormats: s.conditionalFormats.map((cf) => ({
            ...cf,
            rule: cf.rule.type === "expression" ? { ...cf.rule, formula: fix(cf.rule.formula) } : { ...cf.rule, formulas: cf.rule.formulas.map(fix) },
          })),
        }
      : {}),
    ...(s.tables ? { tables: s.tables.map((t) => ({ ...t, columns: t.columns.map((col) => (col.formula !== undefined ? { ...col, formula: fix(col.formula) } : col)) })) } : {}),
  }));
}
