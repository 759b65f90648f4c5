/**
 * The small notation the term and phrase lists are written in, so that a list stays
 * readable and still spells out every inflected form explicitly:
 * - `word` matches the whole word (or phrase: words separated by single spaces);
 * - `stem+` matches words that start with the stem (any ending);
 * - `*stem*` matches the stem anywhere inside a word;
 * - `(a|b|)` is a choice, expanded into every combination: `(|за|на)еб(ал|ать)`.
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

/** Every form a spec stands for. Throws on unbalanced parentheses (a list bug). */
export function expandSpec(spec: string): ExpandedTerm[] {
  let body = spec.trim();
  let mode = modeWord;
  if (body.length > 2 && body.startsWith('*') && body.endsWith('*')) {
    mode = modeInfix;
    body = body.slice(1, -1);
  } else if (body.length > 1 && body.endsWith('+')) {
    mode = modePrefix;
    body = body.slice(0, -1);
  }
  let forms = [''];
  let i = 0;
  while (i < body.length) {
    const open = body.indexOf('(', i);
    if (open === -1) {
      forms = forms.map((f) => f + body.slice(i));
      break;
    }
    const close = body.indexOf(')', open);
    if (close === -1) throw new Error(`unbalanced "(" in term spec "${spec}"`);
    const literal = body.slice(i, open);
    const choices = body.slice(open + 1, close).split('|');
    const next: string[] = [];
    for (const f of forms) for (const c of choices) next.push(f + literal + c);
    if (next.length > maxForms) throw new Error(`term spec "${spec}" expands to too many forms`);
    forms = next;
    i = close + 1;
  }
  const out = new Set<string>();
  for (const f of forms) {
    const form = f.replace(/\s+/gu, ' ').trim();
    if (form === '') continue;
    out.add(form);
    if (mode !== modeInfix && form.includes('ё')) out.add(form.replaceAll('ё', 'е'));
  }
  return [...out].map((text) => ({ text, mode }));
}
