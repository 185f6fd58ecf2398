/**
 * What the task pane needs from a workbook, as an interface so panels never touch Office.js directly:
 * `OfficeHost` talks to Excel, `PreviewHost` to an in-memory workbook (plain browser, tests).
 */
import type { SheetRewrite } from "../../excel/write-sheets";
import type { Scalar, SheetSpec } from "../../sheets/spec";

export type { SheetRewrite };

/** Values of a rectangular range and where they came from. */
export interface RangeValues {
  /** Address as the user would type it, with the sheet: `'Sample volume'!B2:B145`. */
  address: string;
  /** Row-major values; blank cells are `null`. */
  values: Scalar[][];
}

/** A sheet the writer created, under the name it really got (never an existing sheet's). */
export interface CreatedSheet {
  id: string;
  name: string;
}

export interface WriteReport {
  created: CreatedSheet[];
}

/** What a range field asks for: a people list or a column of numbers. */
export type RangeKind = "people" | "numbers";

export interface WorkbookHost {
  /** "excel" inside Office; "preview" against the in-memory workbook. */
  readonly kind: "excel" | "preview";
  /** Office's UI language tag ("zh-CN", "en-US"…), or the browser's in preview. */
  displayLanguage(): string;
  /** The current selection (its address and values). */
  readSelection(): Promise<RangeValues>;
  /** Reads a range by address (`Sheet1!B2:B145`, or `B2:B145` on the active sheet). */
  readRange(address: string): Promise<RangeValues>;
  /** Adds the sheets to the workbook under free names, never overwriting one; activates the first. */
  writeSheets(specs: readonly SheetSpec[]): Promise<WriteReport>;
  /**
   * Rewrites sheets the add-in created before: each is cleared and filled from its spec under its
   * own name and place, so other sheets' references to it stay valid. Never for a user's sheet:
   * the caller checks the sheets are the ones it wrote. `names` maps `[[id]]` references to sheet names.
   */
  rewriteSheets(rewrites: readonly SheetRewrite[], names: ReadonlyMap<string, string>): Promise<void>;
  /** Shows a sheet (the "open" link of a report). */
  activateSheet(name: string): Promise<void>;
  /** A value remembered with this workbook (document settings), or undefined. */
  getSetting(key: string): unknown;
  /** Remembers a JSON-serialisable value with this workbook. */
  setSetting(key: string, value: unknown): Promise<void>;
  /** Preview only: a sheet of its own workbook holding such data (placeholders name it). */
  exampleSheet?(holds: RangeKind): string | undefined;
  /** Preview only: the sheets as .xlsx bytes for a download. */
  exportXlsx?(specs: readonly SheetSpec[]): Promise<Uint8Array>;
}
