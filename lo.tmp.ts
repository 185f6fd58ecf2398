import { readFileSync, writeFileSync } from "node:fs";
import { recalculatedBytes } from "./test/support/recalc";
(async () => { writeFileSync(process.argv[3]!, await recalculatedBytes(new Uint8Array(readFileSync(process.argv[2]!)))); })();
