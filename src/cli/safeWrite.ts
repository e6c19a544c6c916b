import { createHash, randomBytes } from "node:crypto";
import {
  closeSync,
  constants,
  fsyncSync,
  lstatSync,
  openSync,
  readFileSync,
  realpathSync,
  statSync,
  unlinkSync,
  writeSync,
} from "node:fs";
import { chmod, chown, open, readFile, rename, rm } from "node:fs/promises";
import { basename, dirname, join, resolve } from "node:path";

/**
 * Writing a file the user owns, safely: the CLI's `-o` (a workbook, often the input itself) and the
 * catalog's JSON export. Every check that can fail is made before the work (`prepareTarget`), and the
 * write itself (`writeAtomically`) never leaves a half-written file, keeps the file's permissions, and
 * refuses rather than overwrite a change another program made to the file since Rakit read it.
 */

/** Why a file is not written; each has a message in the CLI's catalog (messages.ts, write_<kind>). */
export type WriteProblem =
  | { readonly kind: "exists" }
  | { readonly kind: "isFolder" }
  | { readonly kind: "readOnly" }
  | { readonly kind: "folderMissing" }
  | { readonly kind: "folderReadOnly"; readonly folder: string; readonly code: string }
  | { readonly kind: "danglingLink"; readonly link: string }
  | { readonly kind: "changed" }
  | { readonly kind: "busy"; readonly pid: number }
  | { readonly kind: "failed"; readonly code: string };

export class WriteFailure extends Error {
  override readonly name = "WriteFailure";
  constructor(
    readonly out: string,
    readonly problem: WriteProblem,
  ) {
    super(`${out}: ${problem.kind}`);
  }
}

/** Where bytes for `out` go: the file itself, through a symbolic link (kept) to its target. */
export interface WriteTarget {
  /** As the user wrote it, for messages. */
  readonly out: string;
  /** The file that is replaced: `out`, or the file a link at `out` points to. */
  readonly path: string;
  /** The replaced file's permission bits, owner and group, kept by the new file; null for a new file. */
  readonly keep: { readonly mode: number; readonly uid: number; readonly gid: number } | null;
}

/** What a file held when Rakit read it, to tell at the end whether someone else wrote it since. */
export interface FileStamp {
  readonly path: string;
  readonly sha256: string;
}

export function stampOf(path: string, bytes: Uint8Array): FileStamp {
  return { path: canonical(path), sha256: sha256(bytes) };
}

/** The path with links resolved, or as given (absolute) when it does not exist. */
export function canonical(path: string): string {
  const abs = resolve(path);
  try {
    return realpathSync(abs);
  } catch {
    return abs;
  }
}

const WRITE_BITS = 0o222;

/**
 * Every check that can be made before the work: the folder exists and takes a new file (tried, not
 * guessed from permission bits: a read-only file system says so only when written to), and an
 * existing file may be replaced: it is a file, it has a write bit (Windows' "Read-only" attribute
 * clears them all; root could write it anyway, but the user said no), and it is the input itself
 * (an edit in place, as asked) or `force` says so. A link is written through to its target.
 */
export function prepareTarget(out: string, options: { readonly replaceable: boolean }): WriteTarget {
  const abs = resolve(out);
  let path = abs;
  let link: ReturnType<typeof lstatSync> | undefined;
  try {
    link = lstatSync(abs);
  } catch {
    link = undefined;
  }
  if (link?.isSymbolicLink()) {
    try {
      path = realpathSync(abs);
    } catch {
      throw new WriteFailure(out, { kind: "danglingLink", link: out });
    }
  }
  let keep: WriteTarget["keep"] = null;
  if (link) {
    const stat = statSync(path);
    if (stat.isDirectory()) throw new WriteFailure(out, { kind: "isFolder" });
    if ((stat.mode & WRITE_BITS) === 0) throw new WriteFailure(out, { kind: "readOnly" });
    if (!options.replaceable) throw new WriteFailure(out, { kind: "exists" });
    keep = { mode: stat.mode & 0o7777, uid: stat.uid, gid: stat.gid };
  }
  probeFolder(out, dirname(path));
  return { out, path, keep };
}

/** Creates and removes a file in `folder`: the one honest test that a new file can be written there. */
function probeFolder(out: string, folder: string): void {
  let isDir = false;
  try {
    isDir = statSync(folder).isDirectory();
  } catch {
    isDir = false;
  }
  if (!isDir) throw new WriteFailure(out, { kind: "folderMissing" });
  const probe = join(folder, `.rakit-probe-${process.pid}-${randomBytes(4).toString("hex")}`);
  try {
    closeSync(openSync(probe, "wx"));
    unlinkSync(probe);
  } catch (error) {
    throw new WriteFailure(out, { kind: "folderReadOnly", folder, code: errno(error) });
  }
}

/**
 * Replaces `target` with `bytes` so that no reader ever sees half a file: a temporary file beside it,
 * flushed to disk, given the old file's permissions, then renamed over it, and the folder flushed. With
 * `unchangedSince`, the file must still hold what it held when it was read: a change another program
 * (or a second `rakit`) made meanwhile is never silently lost. The check and the rename run under a
 * lock file beside the target, so two Rakit processes cannot both pass the check and then both rename.
 */
export async function writeAtomically(
  target: WriteTarget,
  bytes: Uint8Array | string,
  unchangedSince?: FileStamp,
): Promise<void> {
  const folder = dirname(target.path);
  const name = basename(target.path);
  const lock = join(folder, `.~lock.rakit.${name}`);
  await takeLock(target.out, lock);
  const temp = join(folder, `.${name}.rakit-${process.pid}-${randomBytes(4).toString("hex")}.tmp`);
  try {
    if (unchangedSince && unchangedSince.path === canonical(target.path)) {
      const now = await readFile(target.path).catch(() => null);
      if (now === null || sha256(now) !== unchangedSince.sha256)
        throw new WriteFailure(target.out, { kind: "changed" });
    }
    await io(target.out, async () => {
      const handle = await open(temp, "wx", target.keep?.mode ?? 0o666);
      try {
        await handle.writeFile(bytes);
        await handle.sync();
      } finally {
        await handle.close();
      }
      if (target.keep) {
        // open() applies the umask; the file's own bits are what the user set, so they come back exactly.
        await chmod(temp, target.keep.mode);
        await chown(temp, target.keep.uid, target.keep.gid).catch(() => undefined); // only root may give files away
      }
      await rename(temp, target.path);
    });
    syncFolder(folder);
  } finally {
    await rm(temp, { force: true });
    try {
      unlinkSync(lock);
    } catch {
      // Already gone: nothing to release.
    }
  }
}

/** How long a second edit waits for the first one's final check and rename (milliseconds, not minutes). */
const LOCK_WAIT_MS = 3000;

async function takeLock(out: string, lock: string): Promise<void> {
  const until = Date.now() + LOCK_WAIT_MS;
  for (;;) {
    try {
      const fd = openSync(lock, "wx");
      try {
        // The owner's pid: a lock left by a process that died can be told from a live one.
        writeSync(fd, String(process.pid));
      } finally {
        closeSync(fd);
      }
      return;
    } catch (error) {
      if (errno(error) !== "EEXIST") throw new WriteFailure(out, { kind: "failed", code: errno(error) });
    }
    const pid = Number.parseInt(readSafely(lock), 10);
    if (pid > 0 ? !alive(pid) : olderThan(lock, 10_000)) {
      rmLock(lock); // left over from a process that died (before or after writing its pid)
      continue;
    }
    // No pid yet (its owner is between creating and writing it) or a live owner: wait for it a little.
    if (Date.now() > until) throw new WriteFailure(out, { kind: "busy", pid: pid > 0 ? pid : 0 });
    await new Promise((done) => setTimeout(done, 50));
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return errno(error) === "EPERM";
  }
}

function olderThan(path: string, ms: number): boolean {
  try {
    return Date.now() - statSync(path).mtimeMs > ms;
  } catch {
    return false;
  }
}

function rmLock(lock: string): void {
  try {
    unlinkSync(lock);
  } catch {
    // Someone else removed it first.
  }
}

function readSafely(path: string): string {
  try {
    return readFileSync(path, "utf8");
  } catch {
    return "";
  }
}

/** Flushes a folder's entry list, so the rename survives a power cut; not every system allows it. */
function syncFolder(folder: string): void {
  let fd: number | undefined;
  try {
    fd = openSync(folder, constants.O_RDONLY);
    fsyncSafe(fd);
  } catch {
    // Windows cannot open a folder for this; the rename is still atomic.
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

function fsyncSafe(fd: number): void {
  try {
    fsyncSync(fd);
  } catch {
    // EINVAL on file systems without fsync: nothing more can be done.
  }
}

async function io(out: string, step: () => Promise<void>): Promise<void> {
  try {
    await step();
  } catch (error) {
    if (error instanceof WriteFailure) throw error;
    throw new WriteFailure(out, { kind: "failed", code: errno(error) });
  }
}

function errno(error: unknown): string {
  return (error as NodeJS.ErrnoException | undefined)?.code ?? (error instanceof Error ? error.message : String(error));
}

function sha256(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}
