/**
 * Reads a zip (an OPC package) from its central directory, without inflating anything up front.
 * Each entry keeps a view of its compressed bytes, so a part the host never changes can be written
 * back exactly as it was (see write.ts). Inflating is bounded (limits.ts): a part whose declared size
 * is over the limit is refused before inflating, and the inflated bytes are counted while inflating,
 * in slices, so a part that lies about its size is stopped as soon as it passes the limit.
 *
 * Handles what spreadsheet programs write: stored and deflated entries, data descriptors, UTF-8 and
 * CP437 names, Zip64 records. Encrypted entries are refused (Excel encrypts a workbook as a whole,
 * in a different container, which is not a zip at all).
 */
import { Inflate } from "fflate";
import { PACKAGE_LIMITS, PackageFormatError, PackageTooLargeError, type PackageLimits } from "./limits";

export interface ZipEntry {
  readonly name: string;
  /** 0 stored, 8 deflated. */
  readonly method: number;
  readonly crc: number;
  readonly compressedSize: number;
  /** The uncompressed size the zip declares (checked against what inflating produces). */
  readonly size: number;
  readonly flags: number;
  readonly time: number;
  readonly date: number;
  readonly externalAttributes: number;
  /** The compressed bytes, a view into the file. */
  readonly data: Uint8Array;
}

const EOCD = 0x06054b50;
const EOCD64 = 0x06064b50;
const EOCD64_LOCATOR = 0x07064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
/** Compressed bytes inflated per step: deflate expands at most about 1032:1, so one step adds at most ~8 MB. */
const INFLATE_SLICE = 8 * 1024;

const utf8 = new TextDecoder("utf-8");

export class ZipReader {
  /** Entries in the order of the central directory (directories left out). */
  readonly entries: readonly ZipEntry[];
  private readonly byName = new Map<string, ZipEntry>();
  private readonly byLowerName = new Map<string, ZipEntry>();
  private inflatedTotal = 0;

  constructor(
    readonly bytes: Uint8Array,
    readonly limits: PackageLimits = PACKAGE_LIMITS,
  ) {
    this.entries = readCentralDirectory(bytes, limits);
    for (const entry of this.entries) {
      this.byName.set(entry.name, entry);
      this.byLowerName.set(entry.name.toLowerCase(), entry);
    }
  }

  /** The entry of a part; OPC part names compare without regard to case. */
  entry(name: string): ZipEntry | undefined {
    return this.byName.get(name) ?? this.byLowerName.get(name.toLowerCase());
  }

  has(name: string): boolean {
    return this.entry(name) !== undefined;
  }

  /** The part's bytes, inflated within the limits; null when there is no such part. */
  read(name: string): Uint8Array | null {
    const entry = this.entry(name);
    return entry ? this.inflate(entry) : null;
  }

  /** The part as text (UTF-8, a byte-order mark dropped); null when there is no such part. */
  text(name: string): string | null {
    const bytes = this.read(name);
    return bytes === null ? null : decodeText(bytes);
  }

  inflate(entry: ZipEntry): Uint8Array {
    const { partBytes, totalBytes } = this.limits;
    if (entry.size > partBytes) throw new PackageTooLargeError(entry.name, partBytes);
    if (this.inflatedTotal + entry.size > totalBytes) throw new PackageTooLargeError(null, totalBytes);
    const out = inflateBounded(entry, partBytes, { left: totalBytes - this.inflatedTotal, limit: totalBytes });
    this.inflatedTotal += out.length;
    return out;
  }
}

export function decodeText(bytes: Uint8Array): string {
  const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder("utf-16le").decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder("utf-16be").decode(bytes.subarray(2));
  return utf8.decode(start ? bytes.subarray(start) : bytes);
}

/** Inflates one entry, refusing it once it passes its own limit or what is left of the package's. */
function inflateBounded(entry: ZipEntry, partLimit: number, total: { left: number; limit: number }): Uint8Array {
  const check = (length: number): void => {
    if (length > partLimit) throw new PackageTooLargeError(entry.name, partLimit);
    if (length > total.left) throw new PackageTooLargeError(null, total.limit);
  };
  if (entry.flags & 1) throw new PackageFormatError(`part ${entry.name} is encrypted`);
  if (entry.method === 0) {
    check(entry.data.length);
    return entry.data;
  }
  if (entry.method !== 8) throw new PackageFormatError(`part ${entry.name} uses compression method ${entry.method}`);
  // Inflate straight into a buffer of the declared size (no list of chunks to join afterwards);
  // should the part be bigger than it said, the buffer grows, still within the limits.
  let out = new Uint8Array(Math.max(entry.size, 1024));
  let length = 0;
  let done = false;
  const inflater = new Inflate((chunk, final) => {
    check(length + chunk.length);
    if (length + chunk.length > out.length) {
      const grown = new Uint8Array(Math.max(out.length * 2, length + chunk.length));
      grown.set(out.subarray(0, length));
      out = grown;
    }
    out.set(chunk, length);
    length += chunk.length;
    if (final) done = true;
  });
  const data = entry.data;
  try {
    for (let at = 0; at < data.length && !done; at += INFLATE_SLICE) {
      const end = Math.min(data.length, at + INFLATE_SLICE);
      inflater.push(data.subarray(at, end), end === data.length);
    }
  } catch (error) {
    if (error instanceof PackageTooLargeError) throw error;
    throw new PackageFormatError(`part ${entry.name} cannot be inflated (${(error as Error).message})`);
  }
  return length === out.length ? out : out.subarray(0, length);
}

function readCentralDirectory(bytes: Uint8Array, limits: PackageLimits): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const eocd = findEndOfCentralDirectory(view);
  let count = view.getUint16(eocd + 10, true);
  let offset = view.getUint32(eocd + 16, true);
  if (count === 0xffff || offset === 0xffffffff) {
    const locator = eocd - 20;
    if (locator >= 0 && view.getUint32(locator, true) === EOCD64_LOCATOR) {
      const at = Number(view.getBigUint64(locator + 8, true));
      if (at + 56 > bytes.length || view.getUint32(at, true) !== EOCD64)
        throw new PackageFormatError("bad Zip64 record");
      count = Number(view.getBigUint64(at + 32, true));
      offset = Number(view.getBigUint64(at + 48, true));
    }
  }
  if (count > limits.entries) throw new PackageFormatError(`the zip has ${count} entries`);
  const entries: ZipEntry[] = [];
  let at = offset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== CENTRAL)
      throw new PackageFormatError("the zip's central directory is damaged");
    const flags = view.getUint16(at + 8, true);
    const method = view.getUint16(at + 10, true);
    const time = view.getUint16(at + 12, true);
    const date = view.getUint16(at + 14, true);
    const crc = view.getUint32(at + 16, true);
    let compressedSize = view.getUint32(at + 20, true);
    let size = view.getUint32(at + 24, true);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const externalAttributes = view.getUint32(at + 38, true);
    let local = view.getUint32(at + 42, true);
    const nameBytes = bytes.subarray(at + 46, at + 46 + nameLength);
    const zip64 = readZip64Extra(view, at + 46 + nameLength, extraLength, { size, compressedSize, local });
    size = zip64.size;
    compressedSize = zip64.compressedSize;
    local = zip64.local;
    at += 46 + nameLength + extraLength + commentLength;
    const name = flags & 0x800 ? utf8.decode(nameBytes) : decodeCp437(nameBytes);
    if (name.endsWith("/")) continue;
    if (local + 30 > bytes.length || view.getUint32(local, true) !== LOCAL)
      throw new PackageFormatError(`the zip's entry for ${name} is damaged`);
    const dataStart = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    if (dataStart + compressedSize > bytes.length)
      throw new PackageFormatError(`the zip's entry for ${name} is cut short`);
    entries.push({
      name: name.replace(/^\/+/, "").replace(/\\/g, "/"),
      method,
      crc,
      compressedSize,
      size,
      flags,
      time,
      date,
      externalAttributes,
      data: bytes.subarray(dataStart, dataStart + compressedSize),
    });
  }
  return entries;
}

function findEndOfCentralDirectory(view: DataView): number {
  const min = Math.max(0, view.byteLength - 22 - 0xffff);
  for (let at = view.byteLength - 22; at >= min; at--) {
    if (view.getUint32(at, true) === EOCD) return at;
  }
  throw new PackageFormatError("not a zip package (no central directory)");
}

function readZip64Extra(
  view: DataView,
  start: number,
  length: number,
  fields: { size: number; compressedSize: number; local: number },
): { size: number; compressedSize: number; local: number } {
  const out = { ...fields };
  if (out.size !== 0xffffffff && out.compressedSize !== 0xffffffff && out.local !== 0xffffffff) return out;
  for (let at = start; at + 4 <= start + length;) {
    const id = view.getUint16(at, true);
    const size = view.getUint16(at + 2, true);
    if (id === 0x0001) {
      let p = at + 4;
      if (out.size === 0xffffffff) {
        out.size = Number(view.getBigUint64(p, true));
        p += 8;
      }
      if (out.compressedSize === 0xffffffff) {
        out.compressedSize = Number(view.getBigUint64(p, true));
        p += 8;
      }
      if (out.local === 0xffffffff) out.local = Number(view.getBigUint64(p, true));
      return out;
    }
    at += 4 + size;
  }
  return out;
}

// Code page 437's upper half, for names written without the UTF-8 flag.
const CP437_HIGH =
  "ÇüéâäàåçêëèïîìÄÅÉæÆôöòûùÿÖÜ¢£¥₧ƒáíóúñÑªº¿⌐¬½¼¡«»░▒▓│┤╡╢╖╕╣║╗╝╜╛┐└┴┬├─┼╞╟╚╔╩╦╠═╬╧╨╤╥╙╘╒╓╫╪┘┌█▄▌▐▀αßΓπΣσµτΦΘΩδ∞φε∩≡±≥≤⌠⌡÷≈°∙·√ⁿ²■\u00a0";

function decodeCp437(bytes: Uint8Array): string {
  let out = "";
  for (const b of bytes) out += b < 0x80 ? String.fromCharCode(b) : CP437_HIGH[b - 0x80];
  return out;
}
