import type { RakBlockSpec, RakSpec } from "./rakSpec";

/**
 * A big plan in the seed's layout for the benchmark: `blocks` sasaran of `rowsPerBlock` rows each,
 * the rows cycled from the seed's own so the text looks like a real RAK's.
 */
export function largeSpec(seed: RakSpec, blocks: number, rowsPerBlock: number): RakSpec {
  const rows = seed.blocks.flatMap((b) => b.rows);
  const out: RakBlockSpec[] = [];
  for (let b = 0; b < blocks; b++) {
    const template = seed.blocks[b % seed.blocks.length] as RakBlockSpec;
    out.push({
      no: b + 1,
      sasaran: template.sasaran.replace(/\((\d{4})\)/, `(${String(1000 + b).padStart(4, "0")})`),
      budget: 1_000_000 * (b + 1),
      rows: Array.from({ length: rowsPerBlock }, (_, i) => rows[(b * rowsPerBlock + i) % rows.length]!),
    });
  }
  return { ...seed, blocks: out };
}
