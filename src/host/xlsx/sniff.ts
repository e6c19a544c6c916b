/**
 * What kind of file some bytes are, from the bytes alone (not from a name, nor from a reader's error
 * text): the workbench and the CLI tell the user what a file is and what to do when it is not an
 * .xlsx they can read (an .ods, an old .xls, a password-protected workbook...). Pure: runs anywhere.
 */

/**
 * What the bytes are: "xlsx" a zip holding xl/workbook.xml, "zip" a zip without a workbook part (a
 * .docx, say), "brokenZip" a zip whose directory cannot be read (cut short, say), "other" neither a
 * zip nor a format named here.
 */
export type WorkbookFileKind = "empty" | "xlsx" | "zip" | "brokenZip" | "ods" | "xlsb" | "ole2" | "other";

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const EMPTY_ZIP = [0x50, 0x4b, 0x05, 0x06];
/** Compound File Binary: .xls, and also any password-protected (encrypted) .xlsx. */
const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ODS_MIME = "application/vnd.oasis.opendocument.spreadsheet";

export function sniffWorkbookFile(bytes: Uint8Array): WorkbookFileKind {
  if (bytes.length === 0) return "empty";
  if (startsWith(bytes, OLE2)) return "ole2";
  if (!startsWith(bytes, ZIP) && !startsWith(bytes, EMPTY_ZIP)) return "other";
  const names = zipEntryNames(bytes);
  if (names === null) return "brokenZip";
  if (names.has("xl/workbook.xml")) return "xlsx";
  if (names.has("xl/workbook.bin")) return "xlsb";
  // OpenDocument stores its "mimetype" entry first and uncompressed, so its text is in the first bytes.
  if (names.has("mimetype") && latin1(bytes.subarray(0, 200)).includes(ODS_MIME)) return "ods";
  return "zip";
}

/** The names in a zip's central directory, or null when its end record or directory is not where it should be. */
export function zipEntryNames(bytes: Uint8Array): Set<string> | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The end-of-central-directory record: 22 bytes, followed by a comment of at most 65,535 bytes.
  const lowest = Math.max(0, bytes.length - 22 - 0xffff);
  let end = -1;
  for (let i = bytes.length - 22; i >= lowest; i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      end = i;
      break;
    }
  }
  if (end < 0) return null;
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  const names = new Set<string>();
  for (let n = 0; n < count; n++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== 0x02014b50) return null;
    const nameLength = view.getUint16(at + 28, true);
    const extra = view.getUint16(at + 30, true);
    const comment = view.getUint16(at + 32, true);
    if (at + 46 + nameLength > bytes.length) return null;
    names.add(latin1(bytes.subarray(at + 46, at + 46 + nameLength)));
    at += 46 + nameLength + extra + comment;
  }
  return names;
}

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return bytes.length >= magic.length && magic.every((b, i) => bytes[i] === b);
}

function latin1(bytes: Uint8Array): string {
  let out = "";
  for (const b of bytes) out += String.fromCharCode(b);
  return out;
}
