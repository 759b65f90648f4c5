/**
 * The small notation the term and phrase lists are written in, so that a list stays
 * readable and still spells out every inflected form explicitly:
 * - `word` matches the whole word (or phrase: words separated by single spaces);
 * - `stem+` matches words that start with the stem (any ending);
 * - `*stem*` matches the stem anywhere inside a word;
 * - `(a|b|)` is a choice, expanded into every combination: `(|за|на)еб(ал|ать)`; choices
 *   may nest: `(seo (services|package)|backlinks)`.
 * A whole-word or word-start form with `ё` is also listed with `е`, as people rarely type
 * the dots (not stems inside words: `*хуё*` must not become `*хуе*`, which is in страхует).
 */

export const modeWord = 0;
export const modePrefix = 1;
export const modeInfix = 2;

export interface ExpandedTerm {
  text: string;
  mode: number;
}

const maxForms = 4096;

/** A term's matching mode from its marks: `*stem*` inside words, `stem+` from a word's start, else whole words. */
export function splitMode(term: string): { mode: number; body: string } {
  const body = term.trim();
  if (body.length > 2 && body.startsWith('*') && body.endsWith('*'))
    return { mode: modeInfix, body: body.slice(1, -1) };
  if (body.length > 1 && body.endsWith('+')) return { mode: modePrefix, body: body.slice(0, -1) };
  return { mode: modeWord, body };
}

/** Every form a spec stands for. Throws on unbalanced parentheses (a list bug). */
export function expandSpec(spec: string): ExpandedTerm[] {
  const { mode, body } = splitMode(spec);
  const [forms, end] = sequence(body, 0, spec);
  if (end !== body.length) throw new Error(`unbalanced ")" in term spec "${spec}"`);
  const out = new Set<string>();
  for (const f of forms) {
    const form = f.replace(/\s+/gu, ' ').trim();
    if (form === '') continue;
    out.add(form);
    if (mode !== modeInfix && form.includes('ё')) out.add(form.replaceAll('ё', 'е'));
  }
  return [...out].map((text) => ({ text, mode }));
}

/** Concatenation up to an unmatched `|` or `)`: the forms and where it stopped. */
function sequence(body: string, start: number, spec: string): [string[], number] {
  let forms = [''];
  let i = start;
  while (i < body.length && body[i] !== '|' && body[i] !== ')') {
    if (body[i] === '(') {
      const choices: string[] = [];
      let j = i + 1;
      for (;;) {
        const [alt, stop] = sequence(body, j, spec);
        choices.push(...alt);
        if (stop >= body.length) throw new Error(`unbalanced "(" in term spec "${spec}"`);
        j = stop + 1;
        if (body[stop] === ')') break;
      }
      forms = product(forms, choices, spec);
      i = j;
    } else {
      let j = i;
      while (j < body.length && !'()|'.includes(body[j]!)) j++;
      const literal = body.slice(i, j);
      forms = forms.map((f) => f + literal);
      i = j;
    }
  }
  return [forms, i];
}

function product(left: readonly string[], right: readonly string[], spec: string): string[] {
  if (left.length * right.length > maxForms) throw new Error(`term spec "${spec}" expands to too many forms`);
  const out: string[] = [];
  for (const l of left) for (const r of right) out.push(l + r);
  return out;
}
