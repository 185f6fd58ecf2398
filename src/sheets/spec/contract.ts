/**
 * What every writer must handle. A writer implements {@link SheetHandlers}: one handler per
 * {@link SheetSpec} field, so a field added to the spec that a writer does not handle is a compile
 * error in that writer, not a feature silently missing from Excel or from the .xlsx.
 * {@link visitSheet} calls the handlers in {@link SHEET_FIELD_ORDER}, the order both writers need
 * (layout before content formats, tables before the validations that may cover them, print and
 * freeze panes last).
 */
import type { SheetSpec } from "./types";

/** One handler per spec field; a handler runs only when the field is set. */
export type SheetHandlers = {
  readonly [K in keyof SheetSpec]-?: (value: NonNullable<SheetSpec[K]>, spec: SheetSpec) => void | Promise<void>;
};

/** Every field, once, in the order writers apply them. */
export const SHEET_FIELD_ORDER = [
  "id",
  "name",
  "tabColor",
  "hideGridlines",
  "columns",
  "rows",
  "cells",
  "merges",
  "tables",
  "validations",
  "conditionalFormats",
  "charts",
  "print",
  "freeze",
  "protect",
] as const satisfies readonly (keyof SheetSpec)[];

// Compile-time check that the order lists every field (a missing one makes this an error).
type Missing = Exclude<keyof SheetSpec, (typeof SHEET_FIELD_ORDER)[number]>;
const everyFieldOrdered: [Missing] extends [never] ? true : Missing = true;
void everyFieldOrdered;

/** Calls each handler for the fields the spec sets, in {@link SHEET_FIELD_ORDER}. */
export async function visitSheet(spec: SheetSpec, handlers: SheetHandlers): Promise<void> {
  for (const key of SHEET_FIELD_ORDER) {
    const value = spec[key];
    if (value === undefined) continue;
    await (handlers[key] as (v: unknown, s: SheetSpec) => void | Promise<void>)(value, spec);
  }
}

/**
 * For writers' sub-objects (print setup, cell, chart): pass what is left after destructuring every
 * field the writer handles. A field the writer forgot stays in `rest` and fails to compile here.
 *
 * @example
 * const { paper, orientation, fitToWidth, repeatRows, repeatCols, area, footer, ...rest } = print;
 * allHandled(rest);
 */
export function allHandled(rest: Record<string, never>): void {
  void rest;
}
