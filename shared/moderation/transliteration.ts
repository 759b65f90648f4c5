/**
 * Russian and Ukrainian written in Latin letters ("Vb'yu tebe", "ya tebya naydu"): the
 * Cyrillic readings of such a word, so that the Cyrillic phrases match it too. A comment is
 * read this way only when one of {@link transliterationMarkers} shows it is transliterated.
 */

/**
 * Words that English never uses and transliterated Russian and Ukrainian use all the time
 * (pronouns, "what", "already", "if"): one of them marks a comment as transliterated.
 */
export const transliterationMarkers: readonly string[] = [
  '(tebya|tebia|tebe|tobi|menya|menia|mene|yego|yoho|yiyi|yeyo|etogo|etomu|tsiogo|tsioho)',
  '(chto|shcho|shto|chtoby|shchob|uzhe|vzhe|yesli|esli|yakshcho|yakscho|kogda|koly|teper|seychas|zaraz)',
  '(tvoy|tvoya|tvoyu|tvoi|tvoyi|tvoia|tvoiu|tvoyei|tvoyey|svoyu|svoiu|nikto|nikhto|tozhe|tezh)',
  '(zrozumiv|zrozumila|ponyal|ponial|ponyala|pobachysh|uvidish|budesh|pozhaleyesh|pozhalkuyesh)',
];

/** Letter groups and their readings, longest first ("y", "yi" and "yo" are read by position, below). */
const groups: readonly [string, string, string][] = [
  // [Latin, Russian, Ukrainian]
  ['shch', 'щ', 'щ'],
  ['sch', 'щ', 'щ'],
  ['zh', 'ж', 'ж'],
  ['kh', 'х', 'х'],
  ['ch', 'ч', 'ч'],
  ['sh', 'ш', 'ш'],
  ['ts', 'ц', 'ц'],
  ['tz', 'ц', 'ц'],
  ['ya', 'я', 'я'],
  ['ia', 'я', 'я'],
  ['yu', 'ю', 'ю'],
  ['iu', 'ю', 'ю'],
  ['ye', 'е', 'є'],
  ['ie', 'е', 'є'],
];

const letters: ReadonlyMap<string, [string, string]> = new Map([
  ['a', ['а', 'а']],
  ['b', ['б', 'б']],
  ['v', ['в', 'в']],
  ['w', ['в', 'в']],
  ['g', ['г', 'г']],
  ['h', ['х', 'г']],
  ['d', ['д', 'д']],
  ['e', ['е', 'е']],
  ['z', ['з', 'з']],
  ['i', ['и', 'і']],
  ['j', ['й', 'й']],
  ['k', ['к', 'к']],
  ['q', ['к', 'к']],
  ['c', ['ц', 'ц']],
  ['l', ['л', 'л']],
  ['m', ['м', 'м']],
  ['n', ['н', 'н']],
  ['o', ['о', 'о']],
  ['p', ['п', 'п']],
  ['r', ['р', 'р']],
  ['s', ['с', 'с']],
  ['t', ['т', 'т']],
  ['u', ['у', 'у']],
  ['f', ['ф', 'ф']],
  ['x', ['кс', 'кс']],
]);

const vowels = new Set([...'aeiouy']);

/**
 * The Russian and the Ukrainian reading of a word in Latin letters (lower case), or null when
 * it has anything but Latin letters and apostrophes. A "y" is й at the start or after a vowel,
 * ы (Russian) or и (Ukrainian) after a consonant (dobryy, добрый); "yi" is ї at the start or after a
 * vowel or an apostrophe, "ий" after a consonant (pryidu, прийду), and "yo" йо there (yoho, його) but
 * ьо after a consonant (lyon, льон); an apostrophe is ь, or in
 * Ukrainian the apostrophe before я, ю, є and ї (vb'yu, вб'ю; til'ky, тільки).
 */
export function cyrillicReadings(word: string): [string, string] | null {
  if (!/^[a-z']+$/u.test(word)) return null;
  let ru = '';
  let uk = '';
  let i = 0;
  while (i < word.length) {
    const prev = i > 0 ? word[i - 1]! : '';
    // At the start of a word, after a vowel or after an apostrophe a "y" opens a syllable.
    const startsSyllable = prev === '' || vowels.has(prev) || prev === "'";
    if (word.startsWith('yi', i)) {
      ru += startsSyllable ? 'йи' : 'ий';
      uk += startsSyllable ? 'ї' : 'ий';
      i += 2;
      continue;
    }
    if (word.startsWith('yo', i)) {
      ru += 'ё';
      uk += startsSyllable ? 'йо' : 'ьо';
      i += 2;
      continue;
    }
    const group = groups.find(([latin]) => word.startsWith(latin, i));
    if (group !== undefined) {
      ru += group[1];
      uk += group[2];
      i += group[0].length;
      continue;
    }
    const c = word[i]!;
    if (c === "'") {
      const next = word[i + 1] ?? '';
      ru += 'ь';
      uk += next === 'y' || next === 'i' ? "'" : 'ь';
    } else if (c === 'y') {
      ru += startsSyllable ? 'й' : 'ы';
      uk += startsSyllable ? 'й' : 'и';
    } else {
      const [r, u] = letters.get(c)!;
      ru += r;
      uk += u;
    }
    i++;
  }
  return [ru, uk];
}
