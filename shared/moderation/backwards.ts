import { kindBackwards } from './kinds.ts';
import type { PhraseGroup } from './phrases/types.ts';

/**
 * Words written backwards ("tihsllub"), read only in a comment that tells the reader to read
 * it backwards: each word reversed is one word of a text of its own, read for the banned and
 * suspect terms.
 */

const longWord = /\p{L}{4,}/gu;

/**
 * Words that tell the reader to read the text backwards: "read it backwards", "прочитайте
 * наоборот". A bare "наоборот" or "reversed" is everyday talk ("the court reversed the ruling").
 */
export const backwardsPhrases: readonly PhraseGroup[] = [
  {
    kind: kindBackwards,
    specs: [
      '(read|spell|spelled|spelt|written|write|say) (it |this |that |them |the word |)(backwards|in reverse)',
      '(прочитай|прочитайте|прочти|прочтите|читай|читайте|читати|читать) (это |его |її |його |це |їх |их |слово |)(наоборот|навпаки|задом наперед|задом наперёд|справа наліво|справа налево)',
    ],
  },
];

/** Each word reversed (`parts`), and the word as the author wrote it (`in`). */
export interface ReversedWords {
  parts: string[];
  in: string[];
}

/** The words of `body` of four letters or more, each backwards. */
export function backwardWords(body: string): ReversedWords {
  const out: ReversedWords = { parts: [], in: [] };
  for (const m of body.matchAll(longWord)) {
    out.parts.push([...m[0]].reverse().join(''));
    out.in.push(m[0]);
  }
  return out;
}
