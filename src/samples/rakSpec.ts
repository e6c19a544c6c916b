/**
 * A RAK described as data, from which `buildRakWorkbook` lays out a workbook in the seed's layout.
 * The project's sample (samples/rak-contoh-2024.json), the CLI tests' layouts and the benchmark's
 * 2,000-row plan are all specs.
 */
export interface RakRowSpec {
  readonly indicator: string;
  readonly target: number | string;
  readonly kegiatan: string;
  /** Planned months (or quarters), 1-based. */
  readonly months: readonly number[];
  readonly pelaksana: string;
  /** Per-row amount, for layouts with a budget per row. */
  readonly budget?: number | string;
}

export interface RakBlockSpec {
  readonly no: number;
  readonly sasaran: string;
  readonly budget?: number | string;
  readonly rows: readonly RakRowSpec[];
}

export interface RakSpec {
  readonly title: readonly string[];
  readonly unit: string;
  readonly tahunAnggaran: number;
  readonly blocks: readonly RakBlockSpec[];
  readonly signature: { readonly placeDate: string; readonly position: string; readonly name: string; readonly nip?: string };
}
