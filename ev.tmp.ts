import { buildSampleWorkbook } from "./src/sheets/sample-workbook";
import { SheetEvaluator } from "./src/sheets/evaluate";
(async () => {
  const specs = await buildSampleWorkbook("zh-CN");
  for (let k = 0; k < 3; k++) {
  const t0 = Date.now();
  const ev = new SheetEvaluator(specs);
  const per = new Map<string, number>();
  for (const s of specs) { const t1 = Date.now(); for (const c of s.cells) if (c.formula) { ev.cachedValue(s.id, c.row, c.col); } per.set(s.id, Date.now() - t1); }
  console.log(Date.now() - t0, "ms", [...per].filter(([, v]) => v > 100));
  }
})();
