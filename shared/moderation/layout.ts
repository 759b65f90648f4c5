/**
 * Words typed on the wrong keyboard layout: Russian or Ukrainian typed with the Latin layout
 * on ("[eqyz" is хуйня, ",kznm" is блять) and English typed with the Cyrillic one ("агсл" is
 * fuck). The keys are the same, so the reading is a table lookup per character.
 */

const latinKeys = "qwertyuiop[]asdfghjkl;'zxcvbnm,.`";
const russianKeys = 'йцукенгшщзхъфывапролджэячсмитьбюё';

/** The Russian letter on each key of the Latin layout (lower case). */
const toRussian: ReadonlyMap<string, string> = new Map(
  [...latinKeys].map((key, i) => [key, russianKeys[i]!] as const),
);

/**
 * Keys that type a Cyrillic letter but a symbol on the Latin layout, one of which marks a
 * stretch as typed on the wrong layout: х ъ ж б ю ё. The apostrophe (э) is read, but does
 * not mark one: English is full of them ("don't").
 */
const symbolKeys = new Set([...'[];,.`']);

/**
 * A whitespace-free stretch of Latin-layout keys that reads as Cyrillic: it has at least two
 * letters and a symbol key before its last character (a final "," or "." is punctuation as
 * often as б or ю, so both readings are tried by {@link layoutReadings}).
 */
const typedStretch = /(?<!\S)[a-z[\];',.`]{3,}(?=[!?]*(?:\s|$))/giu;

/**
 * The Cyrillic readings of the stretches of `text` typed on the Latin layout, with where
 * they are in `text`: each stretch as typed, and without a trailing "," or "." if it has one.
 */
export function layoutReadings(text: string): { at: number; end: number; reading: string }[] {
  const out: { at: number; end: number; reading: string }[] = [];
  for (const m of text.matchAll(typedStretch)) {
    const typed = m[0].toLowerCase();
    // A word in brackets ("[citation]") is punctuated, not typed on another layout.
    if (typed.startsWith('[') && typed.endsWith(']')) continue;
    const forms = /[,.]$/u.test(typed) ? [typed, typed.slice(0, -1)] : [typed];
    for (const form of forms) {
      const symbols = [...form.slice(0, -1)].some((c) => symbolKeys.has(c));
      const letters = form.replace(/[^a-z]/gu, '').length;
      if (!symbols || letters < 2) continue;
      out.push({
        at: m.index,
        end: m.index + form.length,
        reading: [...form].map((c) => toRussian.get(c) ?? c).join(''),
      });
    }
  }
  return out;
}

/**
 * An English term as typed with the Russian (and, where the keys differ, the Ukrainian)
 * layout on: "fuck" is "агсл", "shit" "ырше" or "ірше". None when the term is not all letters.
 */
export function cyrillicLayoutForms(text: string): string[] {
  if (!/^[a-z ]+$/u.test(text)) return [];
  const russian = [...text].map((c) => toRussian.get(c) ?? c).join('');
  // The Ukrainian layout has і where the Russian one has ы.
  return russian.includes('ы') ? [russian, russian.replaceAll('ы', 'і')] : [russian];
}
