/**
 * Message placeholders: `{name}`, or `{name:format}` where format is one of `PLACEHOLDER_FORMATS`, or
 * a plural choice `{name|one|other}`: "one" when the number `name` is 1, "other" otherwise, so English
 * says "1 row" and "2 rows" (`{count:number} {count|row|rows}`; Indonesian needs none).
 * The same grammar is parsed twice: by the type system (so a translation that drops or renames a
 * placeholder does not compile) and at run time (for messages looked up by a string code).
 */

export const PLACEHOLDER_FORMATS = ["rupiah", "number", "short"] as const;
export type PlaceholderFormat = (typeof PLACEHOLDER_FORMATS)[number];

type NameOf<P extends string> = P extends `${infer N}:${string}` ? N : P extends `${infer N}|${string}` ? N : P;

/** The placeholder names of a message literal: `Placeholders<"{a} and {b:rupiah}">` is "a" | "b". */
export type Placeholders<S extends string> = S extends `${string}{${infer P}}${infer Rest}`
  ? NameOf<P> | Placeholders<Rest>
  : never;

type Catalog = Readonly<Record<string, string>>;

/** Keys whose messages use different placeholder names in the two catalogs. */
export type MismatchedPlaceholders<A extends Catalog, B extends { readonly [K in keyof A]: string }> = {
  [K in keyof A]: [Placeholders<A[K]>] extends [Placeholders<B[K]>]
    ? [Placeholders<B[K]>] extends [Placeholders<A[K]>]
      ? never
      : K
    : K;
}[keyof A];

/** `true` when the catalogs agree; otherwise names the offending keys, so the compiler error does too. */
export type SamePlaceholders<A extends Catalog, B extends { readonly [K in keyof A]: string }> = [
  MismatchedPlaceholders<A, B>,
] extends [never]
  ? true
  : { readonly placeholdersDifferIn: MismatchedPlaceholders<A, B> };

/** A plural choice's two words: `{count|row|rows}` is { one: "row", other: "rows" }. */
export interface PluralChoice {
  readonly one: string;
  readonly other: string;
}

export interface PlaceholderUse {
  readonly name: string;
  readonly format: string | null;
  readonly plural: PluralChoice | null;
}

const PLACEHOLDER_RE = /\{([A-Za-z_][A-Za-z0-9_]*)(?::([A-Za-z]+)|\|([^{}|]*)\|([^{}|]*))?\}/g;

function pluralOf(one: string | undefined, other: string | undefined): PluralChoice | null {
  return one === undefined || other === undefined ? null : { one, other };
}

export function parsePlaceholders(message: string): PlaceholderUse[] {
  const uses: PlaceholderUse[] = [];
  for (const m of message.matchAll(PLACEHOLDER_RE)) {
    uses.push({ name: m[1] as string, format: m[2] ?? null, plural: pluralOf(m[3], m[4]) });
  }
  return uses;
}

export function placeholderNames(message: string): string[] {
  return [...new Set(parsePlaceholders(message).map((u) => u.name))].sort();
}

export function replacePlaceholders(
  message: string,
  replace: (name: string, format: string | null, original: string, plural: PluralChoice | null) => string,
): string {
  return message.replace(
    PLACEHOLDER_RE,
    (original, name: string, format: string | undefined, one: string | undefined, other: string | undefined) =>
      replace(name, format ?? null, original, pluralOf(one, other)),
  );
}
