/** A built-in term list, written in the notation of `pattern-syntax.ts`. */
export interface TermList {
  /** Terms whose use rejects a comment when the list is enabled in `bannedTerms.lists`. */
  banned: readonly string[];
  /** Milder terms, held for review when enabled in `suspectTerms.lists`. */
  suspect: readonly string[];
  /** Innocent words (or `stem+` / `*stem*` stems) that a stem of `banned` would otherwise catch. */
  allow: readonly string[];
  /**
   * Terms that are also given names: written with a capital and followed by a capitalised
   * word, they name a person ("Dick Durbin", "Dick Advocaat") and do not count.
   */
  names?: readonly string[];
}
