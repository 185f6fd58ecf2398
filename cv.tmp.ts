import ExcelJS from "exceljs";
import { writeFileSync } from "node:fs";
import { buildSampleWorkbook } from "./src/sheets/sample-workbook";
import { appendSheets } from "./src/xlsx/write-xlsx";
import { writeXlsx } from "./src/xlsx";
(async () => {
  const loc = (process.argv[2] ?? "zh-CN") as "zh-CN";
  const specs = await buildSampleWorkbook(loc);
  const t0 = Date.now();
  const wb = new ExcelJS.Workbook();
  const r = await appendSheets(wb, specs);
  console.log("eval+write ms", Date.now() - t0, "failures", r.uncachedFormulas.length, r.uncachedFormulas.slice(0, 10));
  writeFileSync(`/tmp/cv-${loc}.xlsx`, await writeXlsx(specs));
})();
