/** @jest-environment jsdom */
import { fireEvent, screen } from "@testing-library/react";
import { TASKPANE_TEXT } from "../../i18n/taskpane";
import { buildPayoutSheets, PAYOUT_SHEET_IDS } from "../../sheets/payouts";
import { INPUT_COL, INPUT_FIRST_ROW } from "../../sheets/payouts/input-sheet";
import { recordingHost, renderPanel } from "../test-support/render-pane";
import { PayoutsPanel } from "./PayoutsPanel";

const EN = TASKPANE_TEXT["en-US"];


describe("PayoutsPanel", () => {
  it("writes plan, inputs, statements and summary for the sample team in Chinese", async () => {
    const { host, written } = recordingHost("zh-CN");
    renderPanel(<PayoutsPanel />, host, "zh-CN");
    fireEvent.click(screen.getByTestId("create"));
    const list = await screen.findByTestId("created-sheets");
    const expected = buildPayoutSheets({}, "zh-CN");
    expect(written).toEqual(expected);
    for (const spec of expected) expect(list.textContent).toContain(spec.name);
    expect(host.sheetNames()).toEqual(expect.arrayContaining(["激励方案", "激励明细"]));
  });

  it("pays only the people of the chosen range", async () => {
    const { host, written } = recordingHost("en-US");
    renderPanel(<PayoutsPanel />, host);
    fireEvent.click(screen.getByLabelText(EN.common.peopleRange));
    fireEvent.change(screen.getByLabelText(EN.common.peopleRangeLabel), { target: { value: "'Sample team'!A2:B3" } });
    fireEvent.click(screen.getByTestId("create"));
    await screen.findByTestId("created-sheets");
    const values = written.flatMap((s) => s.cells.map((c) => c.value));
    expect(values).toContain("王芳");
    expect(values).toContain("李娜");
    expect(values).not.toContain("张伟");
  });

  it.each([["en-US"], ["zh-CN"]] as const)(
    "gives a %s user team whose names are also the sample's (王芳, 李娜, 张伟, 刘洋) their own IDs and blank figures, never the sample's",
    async (locale) => {
      const { host, written } = recordingHost(locale);
      const text = TASKPANE_TEXT[locale];
      // A user sheet with a heading row, an ID and an employment column.
      await host.writeSheets([{ id: "mine", name: "Mine", cells: [
        ...[["工号", "姓名", "用工类型"], ["E1", "王芳", "临时"], ["E2", "李娜", "全职"], ["E3", "张伟", ""], ["E4", "刘洋", "兼职"]].flatMap((row, r) =>
          row.map((value, c) => ({ row: r, col: c, value }))),
      ] }]);
      written.length = 0;
      renderPanel(<PayoutsPanel />, host, locale);
      fireEvent.click(screen.getByLabelText(text.common.peopleRange));
      fireEvent.change(screen.getByLabelText(text.common.peopleRangeLabel), { target: { value: "Mine!A1:C5" } });
      fireEvent.click(screen.getByTestId("create"));
      await screen.findByTestId("created-sheets");
      const inputs = written.find((s) => s.id === PAYOUT_SHEET_IDS.inputs)!;
      const at = (r: number, c: number) => inputs.cells.find((x) => x.row === r && x.col === c)?.value ?? null;
      expect([0, 1, 2, 3].map((i) => [at(INPUT_FIRST_ROW + i, INPUT_COL.id), at(INPUT_FIRST_ROW + i, INPUT_COL.name)])).toEqual([
        ["E1", "王芳"], ["E2", "李娜"], ["E3", "张伟"], ["E4", "刘洋"],
      ]);
      expect(at(INPUT_FIRST_ROW + 4, INPUT_COL.name)).toBeNull(); // the heading row is not a fifth agent
      const values = inputs.cells.map((c) => c.value);
      expect(values).not.toContain("A001");
      expect(values).not.toContain(186_500);
      expect(at(INPUT_FIRST_ROW, INPUT_COL.sales)).toBeNull();
    },
  );

  it("says in plain words when the range holds no names", async () => {
    const { host, written } = recordingHost("en-US");
    renderPanel(<PayoutsPanel />, host);
    fireEvent.click(screen.getByLabelText(EN.common.peopleRange));
    fireEvent.change(screen.getByLabelText(EN.common.peopleRangeLabel), { target: { value: "'Sample team'!F2:F9" } });
    fireEvent.click(screen.getByTestId("create"));
    expect((await screen.findByTestId("run-error")).textContent).toContain(EN.common.noNames);
    expect(written).toEqual([]);
  });
});
