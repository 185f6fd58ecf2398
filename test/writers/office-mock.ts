/**
 * A recording fake of the part of the Excel object model the Office.js writer uses, built on
 * office-addin-mock's OfficeMockObject. Like Office.js, collection items are only readable after
 * `context.sync()`; every proxy object the writer creates is kept so tests can inspect what was set.
 */
import { OfficeMockObject } from "office-addin-mock";

/** An Office.js proxy fake: any property can be set and read back, like the real proxies. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Fake = any;

export interface RangeRecord {
  address: string;
  mock: Fake;
  calls: { method: string; args: unknown[] }[];
  /** Only read (load called), as the task pane reads: not part of the sheet's content. */
  read?: boolean;
}

export interface SheetRecord {
  name: string;
  mock: Fake;
  ranges: RangeRecord[];
  tables: { address: string; hasHeaders: boolean; mock: Fake }[];
  charts: { type: string; source: string; seriesBy: string; mock: Fake; calls: { method: string; args: unknown[] }[] }[];
  calls: { method: string; args: unknown[] }[];
  notes: { address: string; text: string }[];
}

export interface WorkbookRecord {
  syncs: number;
  sheets: SheetRecord[];
  comments: { address: string; text: string; sheet?: string }[];
  loads: string[];
  /** Make the n-th sync (1-based) throw, to test clean-up. */
  failOnSync?: number;
}

/** What Excel would show in a range (its calculated values), for fakes that are read from. */
export type ShownValues = (sheet: string, address: string) => unknown[][] | undefined;

function rangeMock(address: string, calls: RangeRecord["calls"], shown?: unknown[][]): Fake {
  const record = (method: string) =>
    function (...args: unknown[]): void {
      calls.push({ method, args });
    };
  const borders = new Map<string, Fake>();
  const cfFormat = () => ({ fill: {}, font: {} });
  const mock = new OfficeMockObject({
    format: {
      font: {},
      fill: {},
      protection: {},
      borders: {
        getItem(edge: string) {
          let b = borders.get(edge);
          if (!b) {
            b = new OfficeMockObject({ edge });
            borders.set(edge, b);
          }
          return b;
        },
        byEdge: () => borders,
      },
    },
    dataValidation: {},
    conditionalFormats: {
      clearAll: record("conditionalFormats.clearAll"),
      add(type: string) {
        const cf = new OfficeMockObject({ type, custom: { rule: {}, format: cfFormat() }, cellValue: { format: cfFormat() } });
        calls.push({ method: "conditionalFormats.add", args: [type, cf] });
        return cf;
      },
    },
    merge: record("merge"),
    unmerge: record("unmerge"),
    group: record("group"),
    ungroup: record("ungroup"),
    insert: record("insert"),
    delete: record("delete"),
    clear: record("clear"),
    ...(shown ? { values: shown, address, rowCount: shown.length, columnCount: shown[0]?.length ?? 0, isNullObject: false } : {}),
  });
  (mock.dataValidation as Fake).clear = record("dataValidation.clear");
  // Not an Office property: `range.address` would need load + sync, so the fake keeps its own.
  (mock as unknown as { fakeAddress: string }).fakeAddress = address;
  return mock;
}

const addressOf = (range: unknown): string => (range as { fakeAddress: string }).fakeAddress;

/** A fake `Excel.RequestContext` whose workbook already has the given sheets and tables. */
export function mockContext(
  existingSheets: string[],
  existingTables: string[] = [],
  shown?: ShownValues,
): { context: Excel.RequestContext; record: WorkbookRecord } {
  const record: WorkbookRecord = { syncs: 0, sheets: [], comments: [], loads: [] };
  const pending: (() => void)[] = [];
  /** Ranges read (load called): like Office.js, their values arrive with the next sync. */
  const reads: Fake[] = [];

  const collection = (items: () => { name: string }[]) => ({
    load(props: string) {
      record.loads.push(props);
      // Like Office.js: the items arrive with the next sync.
      pending.push(() => {
        (this as unknown as { items: unknown }).items = items();
      });
      return this;
    },
  });

  const addSheet = (name: string): Fake => {
    const sheet: SheetRecord = { name, mock: undefined, ranges: [], tables: [], charts: [], calls: [], notes: [] };
    const call = (method: string) =>
      function (...args: unknown[]): void {
        sheet.calls.push({ method, args });
      };
    sheet.mock = new OfficeMockObject({
      name,
      getRange(address = "") {
        const calls: RangeRecord["calls"] = [];
        const r: RangeRecord = { address, mock: rangeMock(address, calls, shown?.(sheet.name, address)), calls };
        (r.mock as { fakeSheet: string }).fakeSheet = sheet.name;
        if (shown) {
          const load = (r.mock.load as (p?: unknown) => Fake).bind(r.mock);
          r.mock.load = (props?: unknown) => {
            r.read = true;
            reads.push(r.mock);
            return load(props);
          };
        }
        sheet.ranges.push(r);
        return r.mock;
      },
      tables: {
        load: () => ({ items: sheet.tables.map((t) => ({ delete: () => sheet.tables.splice(sheet.tables.indexOf(t), 1) })) }),
        add(address: string, hasHeaders: boolean) {
          const t = new OfficeMockObject({ address });
          sheet.tables.push({ address, hasHeaders, mock: t });
          return t;
        },
      },
      charts: {
        load: () => ({ items: sheet.charts.map((c) => ({ delete: () => sheet.charts.splice(sheet.charts.indexOf(c), 1) })) }),
        add(type: string, source: unknown, seriesBy: string) {
          const calls: { method: string; args: unknown[] }[] = [];
          const chart = new OfficeMockObject({
            title: {},
            setPosition(...args: unknown[]) {
              calls.push({ method: "setPosition", args });
            },
          });
          sheet.charts.push({ type, source: addressOf(source), seriesBy, mock: chart, calls });
          return chart;
        },
      },
      comments: {
        load: () => ({ items: record.comments.filter((c) => c.sheet === sheet.name).map((c) => ({ delete: () => record.comments.splice(record.comments.indexOf(c), 1) })) }),
      },
      notes: {
        load: () => ({ items: sheet.notes.map((n) => ({ delete: () => sheet.notes.splice(sheet.notes.indexOf(n), 1) })) }),
        add(range: unknown, text: string) {
          sheet.notes.push({ address: addressOf(range), text });
        },
      },
      horizontalPageBreaks: { add: call("horizontalPageBreaks.add") },
      pageLayout: {
        headersFooters: { defaultForAllPages: {} },
        setPrintTitleRows: call("setPrintTitleRows"),
        setPrintTitleColumns: call("setPrintTitleColumns"),
        setPrintArea: call("setPrintArea"),
      },
      freezePanes: {
        freezeRows: call("freezeRows"),
        unfreeze: call("unfreeze"),
        freezeColumns: call("freezeColumns"),
        freezeAt(range: unknown) {
          sheet.calls.push({ method: "freezeAt", args: [addressOf(range)] });
        },
      },
      protection: { protect: call("protect") },
      activate: call("activate"),
      delete: call("delete"),
    });
    record.sheets.push(sheet);
    return sheet.mock;
  };

  const existing = existingSheets.map((name) => ({ name }));
  const data = {
    workbook: {
      worksheets: {
        ...collection(() => [...existing, ...record.sheets.map((s) => ({ name: s.name }))]),
        add: addSheet,
        getItem(name: string) {
          const found = record.sheets.find((s) => s.name === name);
          if (!found) throw new Error(`ItemNotFound: no sheet ${name}`);
          return found.mock;
        },
      },
      tables: collection(() => existingTables.map((name) => ({ name }))),
      comments: {
        add(range: unknown, text: string) {
          record.comments.push({ address: addressOf(range), text, sheet: (range as { fakeSheet: string }).fakeSheet });
        },
      },
    },
    async sync() {
      record.syncs++;
      if (record.failOnSync === record.syncs) throw new Error("InvalidArgument: the request failed");
      pending.splice(0).forEach((run) => run());
      for (const r of reads.splice(0)) await (r.sync as () => Promise<void>)();
    },
  };
  const context = new OfficeMockObject(data) as unknown as Excel.RequestContext;
  return { context, record };
}

/** Everything set on ranges with this address, merged in call order. */
export function rangesAt(sheet: SheetRecord, address: string): RangeRecord[] {
  return sheet.ranges.filter((r) => r.address === address);
}

/** The sheet record by name. */
export function sheetNamed(record: WorkbookRecord, name: string): SheetRecord {
  const s = record.sheets.find((x) => x.name === name);
  if (!s) throw new Error(`no sheet ${name}; have ${record.sheets.map((x) => x.name).join(", ")}`);
  return s;
}
