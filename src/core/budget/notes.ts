import type { MessageKey, Params } from "../i18n";

/**
 * Something the pane (or the CLI) should tell the user about a plan of edits: what Rakit inserted,
 * replaced or left alone, and why. A value like a finding; `translateKey(lang, note.key, note.params)`
 * turns it into a sentence.
 */
export interface Note {
  readonly key: MessageKey;
  readonly params: Params;
}

export function note(key: MessageKey, params: Params = {}): Note {
  return { key, params };
}

/** "1, 8, 9": sasaran numbers as a message shows them. */
export function listNumbers(numbers: readonly number[]): string {
  return numbers.join(", ");
}
