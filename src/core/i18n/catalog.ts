import { en } from "./en";
import { id } from "./id";
import type { Lang } from "./lang";
import type { Placeholders } from "./placeholders";

/** The Indonesian catalog is the source: its keys are the message keys. */
export type SourceCatalog = typeof id;
export type MessageKey = keyof SourceCatalog;

export const catalogs: Readonly<Record<Lang, Readonly<Record<MessageKey, string>>>> = { id, en };

/** The placeholder names of a message, from the Indonesian text. */
export type MessageParamName<K extends MessageKey> = Placeholders<SourceCatalog[K]>;

export type ParamValue = string | number;
export type Params = Readonly<Record<string, ParamValue>>;

/** `a.b.c` gives "a" | "a.b": every scope a key lives under. */
type PrefixesOf<K extends string> = K extends `${infer Head}.${infer Tail}`
  ? Head | `${Head}.${PrefixesOf<Tail>}`
  : never;

export type Scope = PrefixesOf<MessageKey>;

export function isMessageKey(key: string): key is MessageKey {
  return Object.prototype.hasOwnProperty.call(id, key);
}
