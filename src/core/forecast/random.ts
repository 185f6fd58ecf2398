/**
 * Seeded randomness for the synthetic sample and for tests: the same seed always gives the same
 * numbers, on every machine.
 */

/** A uniform generator in [0, 1) (mulberry32). */
export function seededUniform(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Largest mean drawn in one piece (e^−mean stays far from underflow). */
const CHUNK = 500;

/** A Poisson count with mean `mean` ≥ 0, by inversion (exact in distribution; large means in chunks). */
export function poisson(mean: number, uniform: () => number): number {
  let count = 0;
  let rest = mean;
  while (rest > 0) {
    const part = Math.min(rest, CHUNK);
    rest -= part;
    let k = 0;
    let p = Math.exp(-part);
    let cumulative = p;
    const u = uniform();
    while (u > cumulative && p > 0) {
      k += 1;
      p *= part / k;
      cumulative += p;
    }
    count += k;
  }
  return count;
}
