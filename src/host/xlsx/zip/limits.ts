/**
 * How much a package may inflate to before the host refuses it.
 *
 * A RAK workbook is small: the 20,000-row benchmark plan (ten times the largest real plan seen) has a
 * 13.5 MB sheet part and 13.7 MB in all. A part is refused above 160 MiB, about twelve times that,
 * and a package above 320 MiB in all: room for any plausible plan and its neighbours (a budget sheet,
 * a data sheet), while a file built to inflate a thousandfold (1 MB to 1 GB) is stopped at a size the
 * host can still hold in memory. The size a zip declares can lie, so the limit is checked twice:
 * against the declared size before inflating, and against the bytes actually produced while
 * inflating, in slices small enough that no single step can overshoot by much.
 */
export const PACKAGE_LIMITS = {
  /** Inflated bytes of one part. */
  partBytes: 160 * 1024 * 1024,
  /** Inflated bytes of all parts read, together. */
  totalBytes: 320 * 1024 * 1024,
  /** Entries in the zip's central directory. */
  entries: 20_000,
} as const;

export type PackageLimits = { readonly [K in keyof typeof PACKAGE_LIMITS]: number };

/** A package refused for its size: which part, and the limit it would pass. */
export class PackageTooLargeError extends Error {
  override readonly name = "PackageTooLargeError";
  constructor(
    /** The part's name in the zip, or null for the package as a whole. */
    readonly part: string | null,
    readonly limitBytes: number,
  ) {
    super(
      part === null
        ? `the package inflates to more than ${mebibytes(limitBytes)} MB in all`
        : `part ${part} inflates to more than ${mebibytes(limitBytes)} MB`,
    );
  }
}

/** The zip itself is broken or is not a zip a spreadsheet program writes. */
export class PackageFormatError extends Error {
  override readonly name = "PackageFormatError";
}

export function mebibytes(bytes: number): number {
  return Math.round(bytes / (1024 * 1024));
}
