/** Text rules of the contract: NFC, no control characters but `\n`, lengths in code points. */

// C0 and C1 controls except LF, plus DEL. Tabs and CRs become spaces or newlines first.
const controls = /[\u0000-\u0009\u000B-\u001F\u007F-\u009F]/gu;

/** Normalises submitted text as it is stored: CRLF to LF, NFC, controls removed, trimmed. */
export function cleanText(text: string): string {
  return text.replace(/\r\n?/gu, '\n').replace(/\t/gu, ' ').normalize('NFC').replace(controls, '').trim();
}

export function codePointLength(text: string): number {
  let length = 0;
  for (const _ of text) length++;
  return length;
}
