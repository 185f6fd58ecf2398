import { readFileSync } from "node:fs";
import { loadXlsx } from "./src/xlsx";
import { cellValue, recalculate } from "./test/support/recalc";
(async () => {
  const path = process.argv[2]!;
  const bytes = readFileSync(path);
  const cached = await loadXlsx(bytes);
  const lo = await recalculate(new Uint8Array(bytes));
  let n = 0, bad = 0;
  for (const ws of cached.worksheets) {
    const lws = lo.getWorksheet(ws.name)!;
    ws.eachRow((row) => row.eachCell((cell) => {
      if (cell.type !== 6 /* formula */) return;
      n++;
      const mine = cellValue(ws, cell.address);
      const theirs = cellValue(lws, cell.address);
      const ok = typeof mine === "number" && typeof theirs === "number" ? Math.abs(mine - theirs) <= 1e-9 * Math.max(1, Math.abs(theirs)) : mine === theirs;
      if (!ok && bad++ < 40) console.log(ws.name, cell.address, JSON.stringify(mine), JSON.stringify(theirs), cell.formula?.slice(0, 150));
    }));
  }
  console.log("formula cells", n, "mismatches", bad);
})();
