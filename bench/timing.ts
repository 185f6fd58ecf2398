/** Timing helpers the benchmarks share: a median per call, and result formatting. */

/** Keeps results alive so the engine cannot drop the work. */
let sink = 0;

/** Median milliseconds per call over several batches of at least `minMs` each. */
export function msPerCall(work: () => number, minMs = 60, batches = 7): number {
  for (let i = 0; i < 3; i++) sink += work(); // warm up
  let calls = 1;
  for (;;) {
    const t0 = performance.now();
    for (let i = 0; i < calls; i++) sink += work();
    if (performance.now() - t0 >= minMs) break;
    calls *= 2;
  }
  const times: number[] = [];
  for (let b = 0; b < batches; b++) {
    const t0 = performance.now();
    for (let i = 0; i < calls; i++) sink += work();
    times.push((performance.now() - t0) / calls);
  }
  times.sort((x, y) => x - y);
  if (sink === -1) console.log(sink); // never true; keeps `sink` observable
  return times[Math.floor(times.length / 2)]!;
}

export const fmt = (ms: number): string => (ms >= 1 ? `${ms.toFixed(2)} ms` : `${(ms * 1000).toFixed(1)} µs`);
export const verdict = (ok: boolean): string => (ok ? "target met" : "TARGET MISSED");
