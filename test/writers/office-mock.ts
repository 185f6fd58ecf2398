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
  comments: { address: string; text: string }[];
  loads: string[];
  /** Make the n-th sync (1-based) throw, to test clean-up. */
  failOnSync?: number;
}

function rangeMock(address: string, calls: RangeRecord["calls"]): Fake {
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
      add(type: string) {
        const cf = new OfficeMockObject({ type, custom: { rule: {}, format: cfFormat() }, cellValue: { format: cfFormat() } });
        calls.push({ method: "conditionalFormats.add", args: [type, cf] });
        return cf;
      },
    },
    merge: record("merge"),
    group: record("group"),
  });
  // Not an Office property: `range.address` would need load + sync, so the fake keeps its own.
  (mock as unknown as { fakeAddress: string }).fakeAddress = address;
  return mock;
}

const addressOf = (range: unknown): string => (range as { fakeAddress: string }).fakeAddress;

/** A fake `Excel.RequestContext` whose workbook already has the given sheets and tables. */
export function mockContext(existingSheets: string[], existingTables: string[] = []): { context: Excel.RequestContext; record: WorkbookRecord } {
  const record: WorkbookRecord = { syncs: 0, sheets: [], comments: [], loads: [] };
  const pending: (() => void)[] = [];

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
      getRange(address: string) {
        const calls: RangeRecord["calls"] = [];
        const r: RangeRecord = { address, mock: rangeMock(address, calls), calls };
        sheet.ranges.push(r);
        return r.mock;
      },
      tables: {
        add(address: string, hasHeaders: boolean) {
          const t = new OfficeMockObject({ address });
          sheet.tables.push({ address, hasHeaders, mock: t });
          return t;
        },
      },
      charts: {
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
      notes: {
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
      },
      tables: collection(() => existingTables.map((name) => ({ name }))),
      comments: {
        add(range: unknown, text: string) {
          record.comments.push({ address: addressOf(range), text });
        },
      },
    },
    async sync() {
      record.syncs++;
      if (record.failOnSync === record.syncs) throw new Error("InvalidArgument: the request failed");
      pending.splice(0).forEach((run) => run());
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
