/** Phrases of one kind (see `kinds.ts`), in the notation of `pattern-syntax.ts`. */
export interface PhraseGroup {
  kind: number;
  specs: readonly string[];
}
