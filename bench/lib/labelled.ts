import { readFileSync } from 'node:fs';

/** One comment of a labelled set, in the dev set's format. */
export interface LabelledComment {
  id: string;
  body: string;
  authorName?: string;
  label: 'clean' | 'abusive' | 'spam';
  category: string;
  note?: string;
}

/** Reads a JSONL dev set. */
export function readDevSet(path: string): LabelledComment[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as LabelledComment);
}
