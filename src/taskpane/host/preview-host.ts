/**
 * The workbook outside Excel: an in-memory workbook seeded with a sample volume day and the sample
 * team, settings in localStorage, and the generated sheets offered as an .xlsx download (the same
 * ExcelJS writer the CLI uses). Lets the pane be demonstrated and tested in any browser.
 */
import { SAMPLE_TEAM } from "../../core/sample/team";
import type { Locale } from "../../i18n/locale";
import { freeSheetName, resolveSheetRefs, type Scalar, type SheetSpec } from "../../sheets/spec";
import { TASKPANE_TEXT } from "../../i18n/taskpane";
import { parseAddress } from "./range-address";
import { checkRangeSize, RangeReadError } from "./range-error";
import { sampleDayVolume, slotLabel } from "../../core/sample/day-volume";
import type { RangeKind, RangeValues, SheetRewrite, WorkbookHost, WriteReport } from "./workbook-host";

/** A key/value store with the localStorage shape (so tests can pass a Map-backed one). */
export interface SettingsStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

interface MemorySheet {
  name: string;
  /** Row-major values; undefined beyond the used range. */
  values: Scalar[][];
}

const SETTINGS_PREFIX = "kefu-kit:";

/** The values a generated spec puts in its cells (formulas kept as "=…" text, with real sheet names). */
function specValues(spec: SheetSpec, names: ReadonlyMap<string, string>): Scalar[][] {
  const values: Scalar[][] = [];
  for (const cell of spec.cells) {
    const row = (values[cell.row] ??= []);
    row[cell.col] = cell.formula !== undefined ? `=${resolveSheetRefs(cell.formula, names)}` : (cell.value ?? null);
  }
  return values;
}

export class PreviewHost implements WorkbookHost {
  readonly kind = "preview" as const;
  private readonly sheets: MemorySheet[] = [];
  private active = 0;
  private selection: string;

  constructor(
    private readonly language: string,
    private readonly store: SettingsStore | undefined,
    sampleLocale: Locale = "en-US",
  ) {
    const t = TASKPANE_TEXT[sampleLocale].sample;
    const volume = sampleDayVolume();
    this.sheets.push({
      name: t.volumeSheet,
      values: [[t.slotHeading, t.volumeHeading], ...volume.map((v, i): Scalar[] => [slotLabel(i), v])],
    });
    this.sheets.push({
      name: t.teamSheet,
      values: [[t.nameHeading, t.employmentHeading], ...SAMPLE_TEAM.map((a): Scalar[] => [a.name, a.employment])],
    });
    this.selection = `'${t.volumeSheet}'!B2:B145`;
  }

  displayLanguage(): string {
    return this.language;
  }

  /** Moves the preview's selection (the "Use selection" buttons read it). */
  select(address: string): void {
    this.selection = address;
  }

  /** Names of all sheets, in tab order. */
  sheetNames(): string[] {
    return this.sheets.map((s) => s.name);
  }

  exampleSheet(holds: RangeKind): string | undefined {
    return this.sheets[holds === "people" ? 1 : 0]?.name;
  }

  activeSheetName(): string {
    return this.sheets[this.active]?.name ?? "";
  }

  readSelection(): Promise<RangeValues> {
    return this.readRange(this.selection);
  }

  readRange(address: string): Promise<RangeValues> {
    try {
      return Promise.resolve(this.read(address));
    } catch (e) {
      return Promise.reject(e instanceof Error ? e : new Error(String(e)));
    }
  }

  private read(address: string): RangeValues {
    const parsed = parseAddress(address);
    if (!parsed) throw new RangeReadError({ kind: "notAddress" });
    const sheetName = parsed.sheet ?? this.activeSheetName();
    const sheet = this.sheets.find((s) => s.name.toLowerCase() === sheetName.toLowerCase());
    if (!sheet) throw new RangeReadError({ kind: "noSheet", sheet: sheetName });
    const { top, left } = parsed.range;
    let { bottom, right } = parsed.range;
    // Whole columns or rows end where the sheet's data ends (like Excel's used range).
    if (parsed.whole === "columns") bottom = Math.min(bottom, sheet.values.length - 1);
    if (parsed.whole === "rows") right = Math.min(right, sheet.values.reduce((n, row) => Math.max(n, row.length), 0) - 1);
    if (bottom < top || right < left) return { address: address.trim(), values: [] };
    checkRangeSize(bottom - top + 1, right - left + 1);
    const values: Scalar[][] = [];
    for (let r = top; r <= bottom; r++) {
      const row: Scalar[] = [];
      for (let c = left; c <= right; c++) row.push(sheet.values[r]?.[c] ?? null);
      values.push(row);
    }
    return { address: address.trim(), values };
  }

  writeSheets(specs: readonly SheetSpec[]): Promise<WriteReport> {
    // Names first (like the real writers), so `[[id]]` references resolve to the names given.
    const taken = this.sheetNames();
    const created = specs.map((spec) => {
      const name = freeSheetName(spec.name, taken);
      taken.push(name);
      return { id: spec.id, name };
    });
    const names = new Map(created.map((c) => [c.id, c.name]));
    specs.forEach((spec, i) => this.sheets.push({ name: created[i]?.name ?? spec.name, values: specValues(spec, names) }));
    if (created.length > 0) this.active = this.sheets.length - created.length;
    return Promise.resolve({ created });
  }

  /** The preview keeps formulas as text and calculates nothing, so row shifts have no references to move. */
  rewriteSheets(rewrites: readonly SheetRewrite[], names: ReadonlyMap<string, string>): Promise<void> {
    const sheets = rewrites.map((r) => this.sheets.find((s) => s.name === r.name));
    const missing = rewrites.find((_r, i) => sheets[i] === undefined);
    if (missing) return Promise.reject(new RangeReadError({ kind: "noSheet", sheet: missing.name }));
    rewrites.forEach((r, i) => (sheets[i]!.values = specValues(r.spec, names)));
    return Promise.resolve();
  }

  activateSheet(name: string): Promise<void> {
    const index = this.sheets.findIndex((s) => s.name === name);
    if (index < 0) return Promise.reject(new RangeReadError({ kind: "noSheet", sheet: name }));
    this.active = index;
    return Promise.resolve();
  }

  getSetting(key: string): unknown {
    const raw = this.store?.getItem(SETTINGS_PREFIX + key);
    if (raw === null || raw === undefined) return undefined;
    try {
      return JSON.parse(raw) as unknown;
    } catch {
      return undefined; // a value another version wrote: ignore it rather than fail the pane
    }
  }

  setSetting(key: string, value: unknown): Promise<void> {
    this.store?.setItem(SETTINGS_PREFIX + key, JSON.stringify(value));
    return Promise.resolve();
  }

  async exportXlsx(specs: readonly SheetSpec[]): Promise<Uint8Array> {
    // Loaded on demand: ExcelJS is large and only the download needs it.
    const { writeXlsx } = await import("../../xlsx");
    return writeXlsx([...specs]);
  }
}
