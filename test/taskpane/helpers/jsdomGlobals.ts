/**
 * What Jest's jsdom environment lacks but every browser running the pane has. Import this first in a
 * jsdom test that runs the in-memory host (its sync measures payloads with TextEncoder).
 */
import { TextDecoder, TextEncoder } from "util";

if (typeof globalThis.TextEncoder === "undefined") Object.assign(globalThis, { TextEncoder, TextDecoder });
