import { LinkifyIt } from 'linkify-it';
import { parse } from 'tldts';
import { toLatin } from './char-table.ts';

/**
 * Link detection: linkify-it for real and fuzzy links ("tinyurl.com/x", "t.me/x"), plus the
 * disguises spammers use to slip past it ("hxxps://", "[.]", "(dot)", " dot ",
 * "w w w . x . shop", "name at gmail dot com"). Only called when the normaliser saw a
 * hint of a link, so clean prose never pays for these regexes.
 */

/** TLDs beyond linkify-it's defaults that spam favours. */
const extraTlds = [
  'app',
  'bet',
  'buzz',
  'casino',
  'click',
  'club',
  'dev',
  'fun',
  'icu',
  'info',
  'link',
  'live',
  'loan',
  'lol',
  'online',
  'page',
  'porn',
  'rest',
  'sbs',
  'site',
  'space',
  'store',
  'tech',
  'top',
  'vip',
  'website',
  'win',
  'world',
  'xyz',
  'cfd',
  'monster',
  'today',
  'news',
  'blog',
  'guru',
  'tokyo',
  'money',
  'cash',
  'finance',
  'help',
  'support',
  'claims',
];

let linkify: LinkifyIt | undefined;

/**
 * The linkify-it matcher, built on first use: building it assembles its regexes twice (once
 * more for the extra TLDs), and most comments have no link hint and never get here, so a
 * cold start need not pay for it.
 */
function linkifier(): LinkifyIt {
  linkify ??= new LinkifyIt({ fuzzyLink: true }).tlds(extraTlds, true);
  return linkify;
}

/** Well-known URL shorteners: the destination is hidden, so the link is held. */
export const shorteners: ReadonlySet<string> = new Set([
  'bit.ly',
  'bitly.com',
  'tinyurl.com',
  'goo.su',
  'goo.gl',
  'clck.ru',
  't.co',
  'cutt.ly',
  'is.gd',
  'v.gd',
  'ow.ly',
  'buff.ly',
  'rebrand.ly',
  'tiny.cc',
  'shorturl.at',
  'rb.gy',
  't.ly',
  's.id',
  'u.to',
  'vk.cc',
  'lnkd.in',
  'short.io',
  'shorte.st',
  'adf.ly',
  'bl.ink',
  'tiny.one',
  'surl.li',
  'bit.do',
  'x.co',
  'qps.ru',
  'clc.am',
  'tinyurl.ru',
  'l.linklyhq.com',
  'linktr.ee',
  'shorturl.asia',
  'bom.so',
  'urlz.fr',
  'cli.re',
]);

/** Messenger invitations: a contact channel, suspicious beside money talk. */
export const messengerHosts: ReadonlySet<string> = new Set([
  't.me',
  'telegram.me',
  'telegram.dog',
  'wa.me',
  'chat.whatsapp.com',
  'api.whatsapp.com',
  'viber.me',
  'invite.viber.com',
  'discord.gg',
  'm.me',
  'signal.me',
  'line.me',
  'vk.me',
  'icq.im',
]);

const commercialLabels = new Set([
  'casino',
  'casinos',
  'slot',
  'slots',
  'bet',
  'bets',
  'betting',
  'poker',
  'pills',
  'pill',
  'pharmacy',
  'viagra',
  'cialis',
  'replica',
  'replicas',
  'loan',
  'loans',
  'crypto',
  'giveaway',
  'airdrop',
  'dating',
  'porn',
  'xxx',
  'escort',
  'escorts',
  'seo',
  'backlinks',
  'backlink',
  'robux',
  'vbucks',
  'forex',
  'earn',
  'profit',
  'bonus',
  'jackpot',
  'spin',
  'spins',
  'lucky',
  'cheap',
  'free',
  'mirror',
  'cash',
  'payday',
]);
const commercialTlds = new Set(['bet', 'casino', 'poker', 'loan', 'win', 'xxx', 'porn', 'sex', 'adult']);

export interface FoundLink {
  /** The text as written. */
  raw: string;
  hostname: string;
  /** Registrable domain (public suffix + one label), or the hostname when there is none. */
  domain: string;
  email: boolean;
  /** Found only after undoing a disguise. */
  obfuscated: boolean;
}

const stopLabels = new Set([
  'the',
  'this',
  'that',
  'each',
  'every',
  'one',
  'red',
  'blue',
  'black',
  'polka',
  'tiny',
]);

/** Each " dot " that the label rewrite could use, without consuming what follows it. */
const spokenDot = /\s(?:dot|DOT|Dot|точка|крапка|krapka|tochka)(?=\s+\p{L}{2})/gu;
const labelChar = /^[\p{L}\d-]$/u;
const spaceChar = /^\s$/u;
const letterChar = /^\p{L}$/u;

/** The code point that ends at `end` (exclusive), as a string: one or two code units. */
function charBefore(text: string, end: number): string {
  const lo = text.charCodeAt(end - 1);
  const hi = end >= 2 ? text.charCodeAt(end - 2) : 0;
  return lo >= 0xdc00 && lo <= 0xdfff && hi >= 0xd800 && hi <= 0xdbff
    ? text.slice(end - 2, end)
    : text.slice(end - 1, end);
}

/**
 * `text.replace(pattern, replacer)` for the " dot " label rewrite, run only from the start
 * of the label before the first spoken dot to the letters after the last one. Every match
 * holds a spoken dot, so none starts outside that stretch, and the label's lookbehind sees
 * no label character at the cut either way. The pattern tests a Unicode class at every
 * position, which cost ~60 µs on a 1,600-character comment with one " dot " in it.
 */
function replaceAroundDots(
  text: string,
  pattern: RegExp,
  replacer: (match: string, label: string) => string,
): string {
  const dots = [...text.matchAll(spokenDot)];
  const first = dots[0];
  const last = dots[dots.length - 1];
  if (first === undefined || last === undefined) return text;
  let from = first.index;
  while (from > 0 && spaceChar.test(charBefore(text, from))) from -= charBefore(text, from).length;
  while (from > 0 && labelChar.test(charBefore(text, from))) from -= charBefore(text, from).length;
  let to = last.index + last[0].length;
  while (to < text.length && spaceChar.test(text[to]!)) to++;
  while (to < text.length && letterChar.test(String.fromCodePoint(text.codePointAt(to)!))) {
    to += text.codePointAt(to)! > 0xffff ? 2 : 1;
  }
  return text.slice(0, from) + text.slice(from, to).replace(pattern, replacer) + text.slice(to);
}

/**
 * One disguise: a rewrite, and a cheap regex that must match for the rewrite to change
 * anything. Several rewrites start with a letter class and backtrack at every letter of
 * every word, so on a long comment the guard saves most of the time.
 */
interface Disguise {
  guard: RegExp;
  pattern: RegExp;
  replace: (text: string, pattern: RegExp) => string;
}

const lookalikeDot =
  /(?<=[\p{L}\d])[。｡·•∙](?=(?:com|net|org|shop|store|site|online|xyz|top|info|ua|ru|io|bet|club|pro|biz|win|app|click|link)(?![\p{L}\d]))/gu;

const disguises: readonly Disguise[] = [
  {
    guard: /h(?:xx|\*\*|XX|tt)p/u,
    pattern: /h(?:xx|\*\*|XX|tt)p(s?)\s*(?::\s*\/\s*\/|\[:\]\/\/)/gu,
    replace: (t, p) => t.replace(p, 'http$1://'),
  },
  {
    guard: /[[({]\s*(?:\.|dot|DOT|точка|крапка|krapka|tochka)/u,
    pattern: /\s*[[({]\s*(?:\.|dot|DOT|точка|крапка|krapka|tochka)\s*[\])}]\s*/gu,
    replace: (t, p) => t.replace(p, '.'),
  },
  {
    guard: /\s(?:dot|DOT|Dot|точка|крапка|krapka|tochka)\s+\p{L}{2}/u,
    // Starts only where a label starts: a start inside one fails wherever the start fails, but
    // trying every letter of every word backtracks quadratically on long texts.
    pattern: /(?<![\p{L}\d-])([\p{L}\d-]{3,})\s+(?:dot|DOT|Dot|точка|крапка|krapka|tochka)\s+(?=\p{L}{2,})/gu,
    replace: (t, p) =>
      replaceAroundDots(t, p, (m, label: string) => (stopLabels.has(label.toLowerCase()) ? m : `${label}.`)),
  },
  {
    guard: /[wW]\s+[wW]/u,
    pattern: /\b[wW]\s+[wW]\s+[wW]\s*\.\s*/gu,
    replace: (t, p) => t.replace(p, 'www.'),
  },
  {
    // Single letters spaced around a dot: "b i t . l y", "t i x . s h o p".
    guard: /(?<![\p{L}\d])[\p{L}\d] [\p{L}\d] ?\. ?[\p{L}\d] /u,
    // A label is short, and bounding it keeps the match linear in a flood of spaced letters.
    pattern: /(?<![\p{L}\d])(?:[\p{L}\d] ){1,24}[\p{L}\d] ?\. ?(?:[\p{L}\d] ){1,8}[\p{L}\d](?![\p{L}\d])/gu,
    replace: (t, p) => t.replace(p, (m) => m.replaceAll(' ', '')),
  },
  {
    guard: /\s\.\s/u,
    pattern: /([\p{L}\d])\s+\.\s+(?=[\p{L}\d])/gu,
    replace: (t, p) => t.replace(p, '$1.'),
  },
  {
    // A dot that only looks like one, before a TLD spam uses: "tix4tour。store",
    // "vigrx-ukraine·shop"; not "tranquil·la" or "BBC•World".
    guard: /[\p{L}\d][。｡·•∙][a-z]/u,
    pattern: lookalikeDot,
    replace: (t, p) => t.replace(p, '.'),
  },
  {
    guard: /\s(?:at|AT|\(at\)|\[at\])\s+[\p{L}\d-]+\.\p{L}{2}/u,
    pattern: /(?<![\p{L}\d._-])([\p{L}\d._-]{2,})\s+(?:at|AT|\(at\)|\[at\])\s+(?=[\p{L}\d-]+\.\p{L}{2,})/gu,
    replace: (t, p) => t.replace(p, '$1@'),
  },
];

/** Undoes the common link disguises; returns the text unchanged when there are none. */
export function undisguise(text: string): string {
  let out = text;
  for (const d of disguises) if (d.guard.test(out)) out = d.replace(out, d.pattern);
  return out;
}

/** The unguarded rewrites, for tests proving the guards change nothing. */
export function undisguiseUnguarded(text: string): string {
  let out = text;
  for (const d of disguises) out = d.replace(out, d.pattern);
  return out;
}

type LinkMatch = NonNullable<ReturnType<LinkifyIt['match']>>[number];

function mayHoldLink(c: number): boolean {
  return c === 0x2e || c === 0x3a || c === 0x2f || c === 0x40; // . : / @
}

/**
 * linkify-it's matches in `text`, read one whitespace-free stretch at a time and only in
 * the stretches that have ".", ":", "/" or "@" before their last character. Every link
 * linkify-it finds has one of them followed by more of the link (a dotted host, a scheme,
 * "//" or an email), and none contains whitespace, so the result is the same as matching
 * the whole text, at a fraction of the regex work. Except for lone surrogates: linkify-it
 * reads a lone low surrogate together with the character before it, even a space, so a
 * link can then span whitespace; a text with any lone surrogate is matched whole, as before.
 * The stretches given to linkify-it are added to `record` (emptied when the text has to be
 * read whole), and those in `skip` are not read.
 */
export function matchLinks(text: string, record?: Set<string>, skip?: ReadonlySet<string>): LinkMatch[] {
  const out: LinkMatch[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    while (i < n && isSpace(text.charCodeAt(i))) i++;
    const start = i;
    let candidate = false;
    for (; i < n; i++) {
      const c = text.charCodeAt(i);
      if (isSpace(c)) break;
      if (c >= 0xd800 && c <= 0xdfff) {
        const low = text.charCodeAt(i + 1);
        if (c > 0xdbff || !(low >= 0xdc00 && low <= 0xdfff)) {
          record?.clear();
          return matchLinksWhole(text);
        }
        i++; // a well-formed pair (an emoji): one character like any other
        continue;
      }
      // A mark that ends the stretch ("the end.") has nothing after it to link to.
      if (mayHoldLink(c) && i + 1 < n && !isSpace(text.charCodeAt(i + 1))) candidate = true;
    }
    if (!candidate) continue;
    const stretch = text.slice(start, i);
    if (skip?.has(stretch)) continue;
    record?.add(stretch);
    const found = linkifier().match(stretch);
    if (found !== null) for (const m of found) out.push(m);
  }
  return out;
}

/** The whole text in one linkify-it call: the reference {@link matchLinks} must agree with. */
export function matchLinksWhole(text: string): LinkMatch[] {
  return linkifier().match(text) ?? [];
}

function toLink(m: { raw: string; url: string; schema: string }, obfuscated: boolean): FoundLink | null {
  const email = m.schema === 'mailto:';
  const info = parse(email ? m.url.replace(/^mailto:/u, '').replace(/^[^@]*@/u, '') : m.url);
  const hostname = (info.hostname ?? '').toLowerCase();
  if (hostname === '') return null;
  return { raw: m.raw, hostname, domain: (info.domain ?? hostname).toLowerCase(), email, obfuscated };
}

/** Runs of this many code points without whitespace are not read for links (see `unbroken_text`). */
export const maxLinkChunk = 500;
const longChunk = new RegExp(`\\S{${maxLinkChunk},}`, 'gu');

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x09 || c === 0x0d;
}

/** More links than any policy allows (`maxLinks` is at most 100): reading further changes nothing. */
const enoughLinks = 101;
const windowSize = 1000;

/**
 * The text in pieces of about {@link windowSize} characters cut at whitespace, so a text full
 * of links can stop being read once {@link enoughLinks} are found.
 */
function* windows(text: string): Generator<string> {
  let start = 0;
  while (start < text.length) {
    let end = Math.min(text.length, start + windowSize);
    if (end < text.length) {
      const back = text.lastIndexOf(' ', end);
      const ahead = text.indexOf(' ', end);
      end = back > start ? back : ahead === -1 ? text.length : ahead;
    }
    yield text.slice(start, end);
    start = end;
  }
}

/** The whitespace-delimited stretch of `text` around offsets `from..to`. */
function around(text: string, from: number, to: number): string {
  let a = from;
  let b = to;
  while (a > 0 && !isSpace(text.charCodeAt(a - 1))) a--;
  while (b < text.length && !isSpace(text.charCodeAt(b))) b++;
  return text.slice(a, b);
}

/**
 * The links of a text. Without `disguises` only the stretch between the first and last
 * link hint (`from`, `to`) is read; with them, the whole text is read again once the
 * disguises are undone, and links found only then are flagged `obfuscated`. Unbroken runs
 * of {@link maxLinkChunk}+ characters are skipped: they are held as such, and linkify's
 * regexes would spend milliseconds on them (`unbroken` is the longest such run, when known).
 */
export function findLinks(
  text: string,
  disguises: boolean,
  from = 0,
  to = text.length,
  unbroken = maxLinkChunk,
): FoundLink[] {
  const out: FoundLink[] = [];
  const seen = new Set<string>();
  const chunk = disguises ? text : around(text, from, to);
  const visible = unbroken >= maxLinkChunk ? chunk.replace(longChunk, ' ') : chunk;
  // The second reading of a disguised text (its disguises undone) skips the stretches the
  // rewrites left alone: a stretch yields the same links every time, all found, and their
  // hosts seen, in the first reading. Only the first reading records, so a link found only
  // in the second still counts once per occurrence.
  const read = new Set<string>();
  for (const window of windows(visible)) {
    for (const m of matchLinks(window, disguises ? read : undefined)) {
      const link = toLink(m, false);
      if (link === null) continue;
      out.push(link);
      seen.add(link.hostname);
    }
    if (disguises) {
      const plain = undisguise(window);
      if (plain === window) continue;
      for (const m of matchLinks(plain, undefined, read)) {
        const link = toLink(m, true);
        if (link !== null && !seen.has(link.hostname)) out.push(link);
      }
    }
    if (out.length >= enoughLinks) break;
  }
  return out;
}

/** Whether `hostname` is `domain` or one of its subdomains. */
export function withinDomain(hostname: string, domain: string): boolean {
  return (
    hostname === domain ||
    (hostname.endsWith(domain) && hostname[hostname.length - domain.length - 1] === '.')
  );
}

const latinLetter = /[a-z]/u;
const otherLetters = /[^\p{Script=Latin}\P{L}]/gu;

/**
 * Whether a label of `hostname` mixes Latin letters with letters of another script that
 * look like Latin ones ("bіnance" with a Cyrillic і, "gοogle" with a Greek ο): an address
 * made to pass for another. Labels wholly in one script (пример.рф) are ordinary.
 */
export function homographHost(hostname: string): boolean {
  return hostname.split('.').some((label) => {
    if (!latinLetter.test(label)) return false;
    const others = label.match(otherLetters);
    return others?.every((ch) => toLatin.has(ch.charCodeAt(0))) ?? false;
  });
}

/** Labels that end a real site's address: seeing them before another domain is a disguise. */
const suffixLabels = new Set([
  'com',
  'co',
  'org',
  'net',
  'gov',
  'edu',
  'uk',
  'ua',
  'ru',
  'de',
  'fr',
  'io',
  'info',
  // Short-link and brand addresses: youtu.be, t.me, bit.ly, goo.gl.
  'be',
  'me',
  'ly',
  'gl',
]);

/**
 * Whether `hostname` wears another site's address in front of its own registrable `domain`
 * ("bbc.co.uk.news-video-leak.live", "www.mail.ru.login-check.top"): two or more labels
 * before the domain, one of them a suffix. Ordinary subdomains (news.bbc.co.uk,
 * en.m.wikipedia.org) have none.
 */
export function spoofedHost(hostname: string, domain: string): boolean {
  if (!hostname.endsWith(`.${domain}`)) return false;
  const labels = hostname.slice(0, -domain.length - 1).split('.');
  return labels.length >= 2 && labels.some((l) => suffixLabels.has(l));
}

/** Whether a host name itself advertises gambling, pills, loans and the like. */
export function commercialHost(hostname: string): boolean {
  const labels = hostname.split(/[.-]/u);
  if (commercialTlds.has(labels[labels.length - 1] ?? '')) return true;
  return labels.some((l) => commercialLabels.has(l));
}

/**
 * The names that news outlets and governments trade on, which clones of them wear: a part of
 * the domain's name that is one of the short ones, or contains one of the long ones
 * ("ukrpravda"). The generic "news" is no such name (good-news.info is a parish bulletin).
 */
const trustedNames = ['gov', 'bbc', 'cnn', 'tsn', 'ria', 'tass'];
const trustedStems = ['novosti', 'novyny', 'novini', 'pravda', 'reuters', 'unian', 'euronews', 'ukrinform'];

/** Cheap generic top-level domains, where such clones are registered. */
const cloneTlds = new Set([
  'pro',
  'info',
  'help',
  'co',
  'xyz',
  'top',
  'site',
  'online',
  'click',
  'live',
  'today',
  'news',
  'club',
  'icu',
  'buzz',
  'biz',
]);

/**
 * Whether a host joins a news outlet's or a government's name to other words on a cheap
 * generic domain, in its registrable domain or a label before it: "ria-novosti24.pro",
 * "bbc-news-today.co", "gov-ua-payments.help", "hsc-gov-ua.check-license.info" (the outlets
 * themselves are bbc.co.uk, pravda.com.ua, ria.ru, hsc.gov.ua).
 */
export function imitatesTrustedSite(domain: string, hostname = domain): boolean {
  const dot = domain.indexOf('.');
  if (dot < 0 || !cloneTlds.has(domain.slice(dot + 1))) return false;
  const labels = hostname.slice(0, hostname.length - domain.length + dot).split('.');
  return labels.some((label) => {
    const words = label.split('-');
    if (words.length < 2) return false;
    return words.some((word) => {
      const name = word.replace(/\d+$/u, '');
      return trustedNames.includes(name) || trustedStems.some((stem) => name.includes(stem));
    });
  });
}
