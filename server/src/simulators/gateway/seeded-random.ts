/** Uniform numbers in [0, 1): mulberry32 when seeded, so a test or a demo run can be replayed exactly. */
export function randomSource(seed?: number): () => number {
  if (seed === undefined) return Math.random;
  let state = seed | 0;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
