/**
 * Words hidden where the scan reads one word: inside a camel-case hashtag
 * ("#BanThatPrickArkadin") and, in a comment that tells the reader to read it backwards,
 * written backwards ("tihsllub"). Each part is one word of a text of its own, read for the
 * banned and suspect terms.
 */

/** A hashtag of two or more capitalised parts. */
const camelTag = /#(\p{L}[\p{Ll}\d]*(?:\p{Lu}[\p{Ll}\d]*)+)/gu;
const capital = /(?=\p{Lu})/u;
const longWord = /\p{L}{4,}/gu;

/** Words that tell the reader to read the text backwards. */
const backwardsCue =
  /backwards|reversed|in reverse|навпаки|наоборот|задом наперед|задом наперёд|справа наліво|справа налево/iu;

/** Cheap tests that rule the cue out in almost every comment. */
function mayTellBackwards(body: string): boolean {
  return (
    body.includes('ackward') ||
    body.includes('evers') ||
    body.includes('авпаки') ||
    body.includes('аоборот') ||
    body.includes('адом') ||
    body.includes('права')
  );
}

/** The hidden words of `body`: each `part` to read, and what the author `wrote` it in. */
export function hiddenWords(body: string): { parts: string[]; written: string[] } {
  const parts: string[] = [];
  const written: string[] = [];
  if (body.includes('#')) {
    for (const m of body.matchAll(camelTag)) {
      for (const part of m[1]!.split(capital)) {
        parts.push(part);
        written.push(m[0]);
      }
    }
  }
  if (mayTellBackwards(body) && backwardsCue.test(body)) {
    for (const m of body.matchAll(longWord)) {
      parts.push([...m[0]].reverse().join(''));
      written.push(m[0]);
    }
  }
  return { parts, written };
}
