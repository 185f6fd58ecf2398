/**
 * OfficeHost against fakes of the Office.js globals: what it asks Excel for and how it turns the
 * answers into the pane's shapes. (Writing sheets is the Office.js writer's job, tested with its own fake.)
 */
import { mockContext, sheetNamed } from "../../../test/writers/office-mock";
import { SAMPLE_STAFFING_INPUT } from "../../sheets/staffing/generator";
import { buildStaffingSheet } from "../../sheets/staffing/staffing-sheet";
import { OfficeHost } from "./office-host";

const STAFFING_PARAMS = SAMPLE_STAFFING_INPUT.params;

interface RangeCall {
  sheet: string | "active" | "selection";
  address?: string;
}

/** `rows`: the row count Excel reports (defaults to the values'); a huge one must stop the read before values load. */
function installOffice(values: unknown[][], address: string, rows?: number) {
  const calls: RangeCall[] = [];
  const settings = new Map<string, unknown>();
  const saved: number[] = [];
  // Like Office.js, the values are only readable after load() + sync(); the fake records the order.
  const range = () => {
    let loaded = false;
    let synced = false;
    pendingSync.push(() => (synced = loaded));
    return {
      load() {
        loaded = true;
        return this;
      },
      get address() {
        if (!synced) throw new Error("address read before load + sync");
        return address;
      },
      get values() {
        if (!synced) throw new Error("values read before load + sync");
        return values;
      },
      get rowCount() {
        if (!synced) throw new Error("rowCount read before load + sync");
        return rows ?? values.length;
      },
      get columnCount() {
        return values[0]?.length ?? 0;
      },
      isNullObject: false,
      getIntersectionOrNullObject(other: string) {
        calls.push({ sheet: `intersect:${other}` });
        return range();
      },
    };
  };
  const worksheet = (sheet: string) => ({
    getRange: (a: string) => {
      calls.push({ sheet, address: a });
      return range();
    },
    activate: () => calls.push({ sheet: `activate:${sheet}` }),
    getUsedRange: () => `used:${sheet}`,
  });
  const pendingSync: (() => void)[] = [];
  const context = {
    sync: () => {
      pendingSync.splice(0).forEach((f) => f());
      return Promise.resolve();
    },
    workbook: {
      getSelectedRange: () => {
        calls.push({ sheet: "selection" });
        return range();
      },
      worksheets: { getItem: (name: string) => worksheet(name), getActiveWorksheet: () => worksheet("active") },
    },
  };
  (globalThis as Record<string, unknown>).Excel = { run: (batch: (c: unknown) => Promise<unknown>) => batch(context) };
  (globalThis as Record<string, unknown>).Office = {
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
    context: {
      displayLanguage: "zh-CN",
      document: {
        settings: {
          get: (k: string) => (settings.has(k) ? settings.get(k) : null),
          set: (k: string, v: unknown) => settings.set(k, v),
          saveAsync: (cb: (r: { status: string }) => void) => {
            saved.push(settings.size);
            cb({ status: "succeeded" });
          },
        },
      },
    },
  };
  return { calls, settings, saved };
}

afterEach(() => {
  delete (globalThis as Record<string, unknown>).Excel;
  delete (globalThis as Record<string, unknown>).Office;
});

describe("OfficeHost", () => {
  it("reads the selection, turning Excel's blank \"\" into null", async () => {
    const { calls } = installOffice([[120], [""], ["text"]], "Sheet1!B2:B4");
    const read = await new OfficeHost().readSelection();
    expect(read).toEqual({ address: "Sheet1!B2:B4", values: [[120], [null], ["text"]] });
    expect(calls).toEqual([{ sheet: "selection" }]);
  });

  it("reads a range on a quoted sheet name, or on the active sheet", async () => {
    const { calls } = installOffice([[1]], "x");
    await new OfficeHost().readRange("'王''s 话务量'!B2:B145");
    await new OfficeHost().readRange("C3:C9");
    expect(calls).toEqual([
      { sheet: "王's 话务量", address: "B2:B145" },
      { sheet: "active", address: "C3:C9" },
    ]);
  });

  it("trims whole columns to the sheet's used range, and refuses a whole sheet with a size reason", async () => {
    const { calls } = installOffice([["Name"], ["王芳"]], "Team!A1:A2");
    expect(await new OfficeHost().readRange("Team!A:A")).toEqual({ address: "Team!A1:A2", values: [["Name"], ["王芳"]] });
    expect(calls).toEqual([{ sheet: "Team", address: "A:A" }, { sheet: "intersect:used:Team" }]);
    installOffice([[1]], "x", 1_048_576);
    await expect(new OfficeHost().readRange("A1:A1048576")).rejects.toMatchObject({ problem: { kind: "tooLarge", cells: 1_048_576 } });
  });

  it("keeps choices in the document's settings and saves them", async () => {
    const { settings, saved } = installOffice([[1]], "x");
    const host = new OfficeHost();
    expect(host.getSetting("choices.qa")).toBeUndefined();
    await host.setSetting("choices.qa", { channel: "after-sale" });
    expect(settings.get("choices.qa")).toEqual({ channel: "after-sale" });
    expect(saved).toEqual([1]);
    expect(host.getSetting("choices.qa")).toEqual({ channel: "after-sale" });
    expect(host.displayLanguage()).toBe("zh-CN");
  });

  it("activates a sheet by name", async () => {
    const { calls } = installOffice([[1]], "x");
    await new OfficeHost().activateSheet("人力需求 (2)");
    expect(calls).toEqual([{ sheet: "activate:人力需求 (2)" }]);
  });
});

describe("OfficeHost with the Office.js writer", () => {
  it("writes the live staffing sheet under a free name, with its CS.* formulas and chart", async () => {
    const { context, record } = mockContext(["Sheet1", "Headcount"]);
    (globalThis as Record<string, unknown>).Excel = { run: (batch: (c: unknown) => Promise<unknown>) => batch(context) };
    const spec = buildStaffingSheet({ model: "erlangC", volumes: [100, 50], params: STAFFING_PARAMS }, "en-US");
    const report = await new OfficeHost().writeSheets([spec]);
    expect(report).toEqual({ created: [{ id: "staffing", name: "Headcount (2)" }] });
    const sheet = sheetNamed(record, "Headcount (2)");
    expect(sheet.charts).toHaveLength(1);
    expect(JSON.stringify(sheet.ranges.map((r) => r.mock.formulas ?? null))).toContain("=CS.AGENTS(B13,$B$5,$B$6,$B$7,$B$4,$B$8)");
  });
});
