/**
 * Writes a zip. An entry taken from the package that was read is copied as its compressed bytes,
 * untouched (same bytes, same CRC): the part a program reads back is exactly the part it wrote. New
 * or changed parts are deflated. Local headers and the central directory are written afresh, without
 * data descriptors, so the output is a plain zip whatever the input's layout was.
 */
import { deflateSync } from "fflate";
import { crc32 } from "./crc32";
import type { ZipEntry } from "./read";

export type ZipOutput =
  { readonly name: string; readonly entry: ZipEntry } | { readonly name: string; readonly data: Uint8Array };

// MS-DOS time of 1980-01-01 00:00, what Excel writes: new entries carry no wall-clock time, so the
// same workbook saved twice gives the same bytes.
const DOS_DATE_1980 = 0x21;
const UTF8_FLAG = 0x800;
const encoder = new TextEncoder();

interface Prepared {
  readonly name: Uint8Array;
  readonly method: number;
  readonly crc: number;
  readonly size: number;
  readonly data: Uint8Array;
  readonly time: number;
  readonly date: number;
  readonly externalAttributes: number;
}

function prepare(item: ZipOutput): Prepared {
  const name = encoder.encode(item.name);
  if ("entry" in item) {
    const e = item.entry;
    return {
      name,
      method: e.method,
      crc: e.crc,
      size: e.size,
      data: e.data,
      time: e.time,
      date: e.date,
      externalAttributes: e.externalAttributes,
    };
  }
  const data = deflateSync(item.data, { level: 6 });
  return {
    name,
    method: 8,
    crc: crc32(item.data),
    size: item.data.length,
    data,
    time: 0,
    date: DOS_DATE_1980,
    externalAttributes: 0,
  };
}

export function writeZip(items: readonly ZipOutput[]): Uint8Array {
  const prepared = items.map(prepare);
  let length = 22;
  for (const p of prepared) length += 30 + p.name.length + p.data.length + 46 + p.name.length;
  const out = new Uint8Array(length);
  const view = new DataView(out.buffer);
  let at = 0;
  const offsets: number[] = [];
  for (const p of prepared) {
    offsets.push(at);
    view.setUint32(at, 0x04034b50, true);
    view.setUint16(at + 4, 20, true);
    view.setUint16(at + 6, UTF8_FLAG, true);
    view.setUint16(at + 8, p.method, true);
    view.setUint16(at + 10, p.time, true);
    view.setUint16(at + 12, p.date, true);
    view.setUint32(at + 14, p.crc, true);
    view.setUint32(at + 18, p.data.length, true);
    view.setUint32(at + 22, p.size, true);
    view.setUint16(at + 26, p.name.length, true);
    view.setUint16(at + 28, 0, true);
    out.set(p.name, at + 30);
    out.set(p.data, at + 30 + p.name.length);
    at += 30 + p.name.length + p.data.length;
  }
  const central = at;
  prepared.forEach((p, i) => {
    view.setUint32(at, 0x02014b50, true);
    view.setUint16(at + 4, 20, true);
    view.setUint16(at + 6, 20, true);
    view.setUint16(at + 8, UTF8_FLAG, true);
    view.setUint16(at + 10, p.method, true);
    view.setUint16(at + 12, p.time, true);
    view.setUint16(at + 14, p.date, true);
    view.setUint32(at + 16, p.crc, true);
    view.setUint32(at + 20, p.data.length, true);
    view.setUint32(at + 24, p.size, true);
    view.setUint16(at + 28, p.name.length, true);
    view.setUint32(at + 38, p.externalAttributes, true);
    view.setUint32(at + 42, offsets[i] as number, true);
    out.set(p.name, at + 46);
    at += 46 + p.name.length;
  });
  view.setUint32(at, 0x06054b50, true);
  view.setUint16(at + 8, prepared.length, true);
  view.setUint16(at + 10, prepared.length, true);
  view.setUint32(at + 12, at - central, true);
  view.setUint32(at + 16, central, true);
  return out;
}
