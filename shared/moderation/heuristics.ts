import type { CompiledPolicy } from './compile.ts';
import { type Hit, hitText } from './evidence.ts';
import {
  kindBanned,
  kindCharity,
  kindDox,
  kindDoxCall,
  kindDoxPlace,
  kindFakeWarning,
  kindHarm,
  kindHarmCall,
  kindIncite,
  kindIntimidate,
  kindMessenger,
  kindMessengerName,
  kindMoney,
  kindPromo,
  kindSpam,
  kindSpamWeak,
  kindSuspect,
  kindTakeOut,
  kindTarget,
  kindThreat,
  kindWarning,
} from './kinds.ts';
import {
  commercialHost,
  type FoundLink,
  homographHost,
  imitatesTrustedSite,
  maxLinkChunk,
  messengerHosts,
  shorteners,
  spoofedHost,
  withinDomain,
} from './links.ts';
import { flagCapital, flagHandle, phraseRepeats, type Scan, wordText } from './normalise.ts';
import type { Policy } from './policy.ts';
import { spelledPhone } from './spelled-numbers.ts';
import type { Signal } from './types.ts';
import { features, type ModelScore, WordModels } from './word-model.ts';
import { wordWeights } from './word-weights.ts';

/**
 * The detectors: each turns the scan, the hits and the links of one comment into signals.
 * Thresholds are named so the reasons in docs/MODERATION.md can point at them.
 */

/** Harm must follow a call or wish within this many words ("should be … beaten"). */
const inciteReach = 8;
const shoutingMinLetters = 20;
const shoutingRatio = 0.7;
const charFloodRun = 20;
const wordFloodRun = 5;
/** How many times in a row a phrase of two to four words is said before it is a flood. */
const phraseFloodRun = 4;
const emojiFloodCount = 10;
const emojiFloodRun = 6;
/** Hashtags that make a tag cloud rather than a comment ("#booknow #lastminute #deals …"); not "#1 Chiefs". */
const hashtagFloodCount = 10;
const hashtag = /(?<![\p{L}\d_&#])#\p{L}[\p{L}\d_]*/gu;
const maxSignalsPerRule = 3;
/** Two weak advertising phrases hold together only this close ("work in Poland" … "register before"). */
const weakReach = 20;
/** A weak advertising phrase holds beside a link, a price or a phone number only in a comment this short. */
const companyWords = 80;

/** Collects signals, keeping at most a few per rule and no repeated details. */
export class SignalList {
  readonly items: Signal[] = [];
  private readonly perRule = new Map<string, number>();

  add(rule: string, action: Signal['action'], detail: string): void {
    const n = this.perRule.get(rule) ?? 0;
    if (n >= maxSignalsPerRule) return;
    if (this.items.some((s) => s.rule === rule && s.detail === detail)) return;
    this.perRule.set(rule, n + 1);
    this.items.push({ rule, action, detail });
  }

  has(rule: string): boolean {
    return this.perRule.has(rule);
  }

  /** Whether another signal of `rule` would still be kept (saves building its detail). */
  wants(rule: string): boolean {
    return (this.perRule.get(rule) ?? 0) < maxSignalsPerRule;
  }
}

/**
 * Banned terms reject, suspect terms hold; the detail names only the words matched, and
 * `where` may say where the author wrote them (` (in "tihsllub")`).
 */
export function termSignals(
  s: Scan,
  hits: readonly Hit[],
  out: SignalList,
  where: (h: Hit) => string = () => '',
): void {
  for (const h of hits) {
    if (!out.wants('banned_term') && !out.wants('suspect_term')) return;
    if (h.first < h.last && partsNames(s, h)) continue;
    if (h.kind === kindBanned)
      out.add('banned_term', 'reject', `"${hitText(s, h)}"${where(h)} is not allowed`);
    else if (h.kind === kindSuspect)
      out.add('suspect_term', 'hold', `"${hitText(s, h)}"${where(h)} needs a moderator's review`);
  }
}

/**
 * Whether the words of a term written as several words are parted by a full stop, question
 * or exclamation mark before a space, or by a comma before a capital: names in a list ("Ying Fu, CK
 * Hutchison", "Kung Fu. CK …"), not a word broken in two ("fu ck", "fu\nck", "bi.tch", "Ёб, твою мать").
 */
function partsNames(s: Scan, h: Hit): boolean {
  for (let w = h.first; w < h.last; w++) {
    const between = s.source.slice(s.origEnd[w]!, s.origStart[w + 1]!);
    if (/[.!?]\s/u.test(between)) return true;
    if (between.includes(',') && /\p{Lu}/u.test(s.source[s.origStart[w + 1]!] ?? '')) return true;
  }
  return false;
}

function ofKind(hits: readonly Hit[], kind: number): Hit[] {
  return hits.filter((h) => h.kind === kind);
}

function spanText(s: Scan, first: number, last: number): string {
  return s.source.slice(s.origStart[first]!, s.origEnd[last]!);
}

const takeOutTargets = new Set(['him', 'her', 'them', 'that', 'this']);

/**
 * Threats: direct threat phrases, or the parts of one together: a call or wish followed by
 * harm; "take out" aimed at a named person; intimidation aimed at family, home or work;
 * personal details with a call to act on them (doxxing).
 */
export function threatSignals(s: Scan, found: readonly Hit[], out: SignalList): void {
  if (found.length === 0) return; // most comments: nothing below can fire
  // A flat ("кв.", "flat", "apt") is a place word: only then can there be an address.
  const address =
    found.some((h) => h.kind === kindDoxPlace) && flatWord.test(s.source) ? homeAddress.exec(s.source) : null;
  if (address !== null && residence.test(s.source)) {
    out.add('doxxing', 'hold', `"${address[0]}" is someone's home address`);
  }
  const hits = said(s, found);
  for (const h of ofKind(hits, kindThreat)) threat(out, hitText(s, h));
  const incite = ofKind(hits, kindIncite);
  const answered = new Set<Hit>();
  for (const harm of ofKind(hits, kindHarm)) {
    const call = incite.find(
      (i) =>
        i.first <= harm.first && harm.first - i.last <= inciteReach && oneSentence(s, i.last, harm.first),
    );
    if (call === undefined || answered.has(call)) continue;
    answered.add(call);
    threat(out, spanText(s, call.first, harm.last));
  }
  for (const h of ofKind(hits, kindHarmCall)) if (opensSentence(s, h.first)) threat(out, hitText(s, h));
  for (const t of ofKind(hits, kindTakeOut)) {
    const next = t.last + 1;
    if (next >= s.words) continue;
    const named = (s.wordFlags[next]! & flagCapital) !== 0 || takeOutTargets.has(wordText(s, next));
    const called = incite.some((i) => i.first <= t.first && t.first - i.last <= inciteReach);
    if (named && called) threat(out, spanText(s, t.first, next));
  }
  const intimidate = ofKind(hits, kindIntimidate);
  const targets = ofKind(hits, kindTarget);
  if (intimidate.length > 0 && (targets.length > 0 || separateCues(intimidate) > 1))
    threat(out, hitText(s, intimidate[0]!));
  const dox = ofKind(hits, kindDox);
  const doxCall = ofKind(hits, kindDoxCall);
  // Details, a phone number or two clues to where someone is, with a call to act on them.
  const pointed =
    doxCall.length > 0 &&
    (dox.length > 0 || address !== null || hasPhone(s) || distinctPatterns(hits, kindDoxPlace) >= 2);
  if (pointed || dox.length >= 3) {
    out.add('doxxing', 'hold', `"${hitText(s, (doxCall[0] ?? dox[0])!)}" shares or targets personal details`);
  }
}

/** A threat signal quoting `text`. */
function threat(out: SignalList, text: string): void {
  out.add('threat', 'hold', `"${text}" reads as a threat`);
}

/** A word for a flat: "кв.", "flat", "apt". */
const flatWord = /(?<!\p{L})(?:кв|квартира|flat|Flat|apt|Apt|apartment)(?!\p{L})/u;

/**
 * A street and house number with a flat number: "Sadova 14, flat 9", "Пушкинская 31, кв. 12",
 * "14 Marina Heights, apt 22". Up to three digits, so "May 2019, flat 9 flooded" is no address.
 */
const homeAddress =
  /(?:(?<![\p{L}'’.-])\p{Lu}[\p{L}'’.-]{2,}\s\d{1,3}\p{L}?|(?<!\d)\d{1,3}\p{L}?(?:\s\p{Lu}[\p{L}'’-]+){1,3}),?\s(?:кв\.?|квартира|flat|Flat|apt\.?|Apt\.?|apartment)\s?(?:№\s?)?\d{1,4}(?!\d)/u;

/**
 * Words that make an address someone's home: "lives on", "живе", "адрес её мамы". A
 * collection point, a shelter or a flat hit by a drone is an address with none of them.
 */
const residence =
  /lives (?:on|at|in)|living (?:on|at|in)|home address|(?:his|her|their) address|(?:живёт|живет|живе|мешкає|проживає|проживает|прописан|прописаний)(?!\p{L})|(?:адрес|адреса|адресу) (?:его|её|ее|його|її|их|їх|мамы|мами|матері|матери|семьи|сім'ї|родителей|батьків|власника|владельца|директора|депутата|судді|судьи|автора|журналіста|журналиста)(?!\p{L})/iu;

/**
 * Whether word `w` opens a sentence: only spaces, quotation marks or emoji stand between it
 * and the start of the comment or the last full stop, question or exclamation mark or line break.
 */
function opensSentence(s: Scan, w: number): boolean {
  for (let i = s.origStart[w]! - 1; i >= 0; i--) {
    const c = s.source[i]!;
    if (c === '.' || c === '!' || c === '?' || c === '\n') return true;
    if (/[\p{L}\p{N},;:]/u.test(c)) return false;
  }
  return true;
}

/**
 * Whether no sentence ends between words `a` and `b`: a line break, or a full stop, question
 * or exclamation mark before a space (the dot of "mail.ru" ends nothing).
 */
function oneSentence(s: Scan, a: number, b: number): boolean {
  for (let i = s.origEnd[a]!; i < s.origStart[b]!; i++) {
    const c = s.source[i]!;
    if (c === '\n') return false;
    if ((c === '.' || c === '!' || c === '?') && /\s/u.test(s.source[i + 1] ?? ' ')) return false;
  }
  return true;
}

/** How many of `hits` cover words that none of the others counted before them cover. */
function separateCues(hits: readonly Hit[]): number {
  let count = 0;
  let end = -1;
  for (const h of [...hits].sort((a, b) => a.first - b.first || a.last - b.last)) {
    if (h.first <= end) continue;
    count++;
    end = h.last;
  }
  return count;
}

/**
 * A national number as people write it, 9 to 11 digits starting with 0 or 8, in groups:
 * "067 555 90 12", "0 800 55 12 34", "8 (800) 555-35-35".
 */
const localPhone = /(?<![\d+][\s()-]*)[08][\s()-]*\d(?:[\s()-]*\d){7,9}(?![\s()-]*\d)/u;

/** A phone number: "+" and nine digits or more (seen by the scan), or a national one. */
function hasPhone(s: Scan): boolean {
  return s.phone || localPhone.test(s.source);
}

/** Whether the hit's words are part of a link, handle or e-mail ("dsns_telegram", "t.me/x"). */
function insideAddress(s: Scan, h: Hit): boolean {
  const before = s.source[s.origStart[h.first]! - 1] ?? ' ';
  const after = s.source[s.origEnd[h.last]!] ?? ' ';
  // Not a hyphen after it: "Telegram-канал" names the messenger.
  return '/_.@'.includes(before) || '/_@'.includes(after);
}

function handles(s: Scan): number {
  let n = 0;
  for (let w = 0; w < s.words; w++) if ((s.wordFlags[w]! & flagHandle) !== 0) n++;
  return n;
}

function distinctPatterns(hits: readonly Hit[], kind: number): number {
  if (!hits.some((h) => h.kind === kind)) return 0;
  return new Set(hits.filter((h) => h.kind === kind).map((h) => h.pattern)).size;
}

/**
 * The hits that the comment says in its own voice: in a comment that warns of a scam or
 * condemns a threat, what stands inside quotation marks is quoted («ваша карта заблокирована»
 * … мошенники; «найдём и закопаем» … так нельзя) and does not count.
 */
function said(s: Scan, hits: readonly Hit[]): readonly Hit[] {
  if (!hits.some((h) => h.kind === kindWarning || h.kind === kindFakeWarning)) return hits;
  // The threat, spam and model detectors all ask about the same hits of a comment: read them once.
  if (hits !== lastHeard) {
    lastHeard = hits;
    lastSaid = hits.filter((h) => !quoted(s, h));
  }
  return lastSaid;
}

let lastHeard: readonly Hit[] = [];
let lastSaid: readonly Hit[] = [];

const openingQuotes = '«“„"\'';
const closingQuotes = '»”“"\'';

/**
 * Whether the hit stands inside quotation marks: an opening mark (a straight one only at the
 * start of a word) before it with no closing mark between, and a closing one after it (a
 * straight one only at the end of a word) before the sentence ends.
 */
function quoted(s: Scan, h: Hit): boolean {
  const text = s.source;
  let open = -1;
  for (let i = s.origStart[h.first]! - 1; i >= 0 && open < 0; i--) {
    const c = text[i]!;
    if (c === '.' || c === '!' || c === '?' || c === '\n' || c === '»' || c === '”') return false;
    if (openingQuotes.includes(c) && !isLetter(text[i - 1])) open = i;
  }
  if (open < 0) return false;
  for (let i = s.origEnd[h.last]!; i < text.length; i++) {
    const c = text[i]!;
    if (closingQuotes.includes(c) && !isLetter(text[i + 1])) return true;
    if (c === '\n' || c === '«') return false;
  }
  return false;
}

function isLetter(c: string | undefined): boolean {
  return c !== undefined && /\p{L}/u.test(c);
}

/** Two different weak advertising phrases within {@link weakReach} words of each other. */
function weakPair(hits: readonly Hit[]): boolean {
  const weak = ofKind(hits, kindSpamWeak);
  return weak.some((a) =>
    weak.some((b) => a.pattern !== b.pattern && Math.abs(a.first - b.first) <= weakReach),
  );
}

/**
 * Ways offered to reach the author off the site: calls to write ("пишіть", "dm me"), @handles,
 * e-mails and messenger links. A messenger's name alone is talk about it ("не вірте
 * телеграм-каналам"), not a contact.
 */
function contacts(s: Scan, hits: readonly Hit[], links: readonly FoundLink[]): number {
  return distinctPatterns(hits, kindMessenger) + channels(s, hits, links);
}

/** A user name without its @: Latin letters or digits joined by underscores ("ticket _ master _ kyiv"). */
const bareHandle = /[a-z\d]{2} ?_ ?[a-z\d]{2}/iu;

/**
 * Where to reach the author off the site: @handles (or, beside a messenger's name, user names
 * without the @), e-mail addresses and messenger links.
 */
function channels(s: Scan, hits: readonly Hit[], links: readonly FoundLink[]): number {
  const bare = hits.some((h) => h.kind === kindMessengerName) && bareHandle.test(s.source) ? 1 : 0;
  return bare + handles(s) + links.filter((l) => l.email || messengerHosts.has(l.hostname)).length;
}

/**
 * Advertising: a strong phrase holds alone; weak ones hold together (close to each other), or
 * beside a link (not one to donate to), a price or a phone number (in a short comment); a
 * messenger contact holds beside money talk, and a messenger word beside a handle, an e-mail,
 * a messenger link or a number holds without it; self-promotion holds beside a link.
 */
export function spamSignals(
  s: Scan,
  hits: readonly Hit[],
  links: readonly FoundLink[],
  out: SignalList,
): void {
  // A messenger's name inside an address ("t.me/dsns_telegram") offers nothing beyond the address.
  const spoken = said(s, hits);
  const offers = spoken.some((h) => h.kind === kindMessengerName)
    ? spoken.filter((h) => h.kind !== kindMessengerName || !insideAddress(s, h))
    : spoken;
  for (const h of ofKind(offers, kindSpam))
    out.add('spam_phrase', 'hold', `"${hitText(s, h)}" reads as advertising`);
  const weak = distinctPatterns(offers, kindSpamWeak);
  const money = distinctPatterns(offers, kindMoney) + s.money;
  const visibleLinks = links.filter((l) => !l.email).length;
  // A link beside a word of giving is where to donate ("donated monthly … highly recommend").
  const offeredLinks = offers.some((h) => h.kind === kindCharity) ? 0 : visibleLinks;
  // In a long comment a weak word and a price far apart are a coincidence, not an offer.
  const company = s.words <= companyWords && (offeredLinks > 0 || money > 0 || hasPhone(s));
  if (weakPair(offers) || (weak >= 1 && company)) {
    const first = offers.find((h) => h.kind === kindSpamWeak)!;
    out.add('spam_phrase', 'hold', `"${hitText(s, first)}" reads as advertising`);
  }
  // A contact holds beside money talk; without it, only a messenger word offering a way to
  // reach the author (a handle, an e-mail, a messenger link or a number) does.
  if ((money > 0 || weak > 0 || out.has('spam_phrase')) && contacts(s, offers, links) > 0) {
    out.add('messenger_contact', 'hold', 'a messenger contact or handle beside money talk');
  } else if (
    distinctPatterns(offers, kindMessenger) + distinctPatterns(offers, kindMessengerName) > 0 &&
    (channels(s, offers, links) > 0 || hasPhone(s))
  ) {
    // "Пишіть @dovidka_bez_cherg", "Viber +380 …": an off-site contact offered to readers.
    out.add('messenger_contact', 'hold', 'asks readers to write to a messenger contact, handle or number');
  }
  const spelled = spelledPhone(s);
  if (spelled !== null) {
    out.add(
      'spelled_phone',
      'hold',
      `"${spanText(s, spelled.first, spelled.last)}" spells a phone number out in words`,
    );
  }
  if (visibleLinks > 0 && distinctPatterns(hits, kindPromo) > 0) {
    out.add('promotional_link', 'hold', 'a link promoting the author’s own site');
  }
}

/** The word models trained on the labelled sets (`npm run train:models`). */
const models = new WordModels(wordWeights);
const spamModel = models.classes.findIndex((c) => c.name === 'spam');
const threatModel = models.classes.findIndex((c) => c.name === 'threats');

const advertisingRules = [
  'spam_phrase',
  'messenger_contact',
  'promotional_link',
  'spam_link',
  'url_shortener',
  'obfuscated_link',
  'spelled_phone',
];

/** Which models {@link modelSignals} asks, given the rules' signals so far. */
export function askedModels(
  s: Scan,
  hits: readonly Hit[],
  out: SignalList,
): { spam: boolean; threats: boolean } {
  // A warning that quotes what it warns of: the models would read the quotation as said.
  if (said(s, hits).length < hits.length) return { spam: false, threats: false };
  return {
    spam: !advertisingRules.some((rule) => out.has(rule)),
    threats: !out.has('threat') && !out.has('doxxing'),
  };
}

/**
 * The word models, each asked only about what the rules have not held for its reason (and
 * neither about a warning that quotes what it warns of): a
 * comment the spam model scores over its threshold holds as advertising, one the threats model
 * does as a threat; the detail quotes the words that weighed most.
 */
export function modelSignals(s: Scan, hits: readonly Hit[], out: SignalList): void {
  const { spam: askSpam, threats: askThreat } = askedModels(s, hits, out);
  if (!askSpam && !askThreat) return;
  const scores = models.score(features(s));
  const spam = scores[spamModel]!;
  if (askSpam && spam.score > models.classes[spamModel]!.threshold) {
    out.add('spam_model', 'hold', `reads as advertising${weighedWords(s, spam)}`);
  }
  const threats = scores[threatModel]!;
  if (askThreat && threats.score > models.classes[threatModel]!.threshold) {
    out.add('threat_model', 'hold', `reads as a threat or harassment${weighedWords(s, threats)}`);
  }
}

/** The words that weighed most in a model's score, quoted for the detail. */
function weighedWords(s: Scan, m: ModelScore): string {
  const quoted = [...new Set(m.spans.map(([a, b]) => `"${spanText(s, a, b)}"`))];
  return quoted.length === 0 ? '' : `: ${quoted.join(', ')}`;
}

/** A label of a host name in its ASCII (punycode) form. */
const punycode = /(?:^|[./])xn--/iu;

/**
 * Links: allowed domains never count; a blocked domain (or subdomain) rejects; more links
 * than `maxLinks`, shorteners, disguised links, commercial host names and clones of news or
 * government sites (unless the comment `warns` of them) hold.
 */
export function linkSignals(
  links: readonly FoundLink[],
  c: CompiledPolicy,
  policy: Policy,
  out: SignalList,
  warns = false,
): void {
  let counted = 0;
  for (const link of links) {
    if (c.allowedDomains.some((d) => withinDomain(link.hostname, d))) continue;
    const blocked = c.blockedDomains.find((d) => withinDomain(link.hostname, d));
    if (blocked !== undefined) out.add('blocked_domain', 'reject', `links to ${blocked} are not allowed`);
    if (link.email) {
      if (link.obfuscated) out.add('obfuscated_link', 'hold', `a disguised address: "${link.raw}"`);
      continue;
    }
    counted++;
    if (shorteners.has(link.domain) || shorteners.has(link.hostname)) {
      out.add('url_shortener', 'hold', `${link.hostname} hides where the link goes: post the full address`);
    }
    if (link.obfuscated) out.add('obfuscated_link', 'hold', `a disguised link: "${link.raw}"`);
    else if (homographHost(link.hostname)) {
      out.add('obfuscated_link', 'hold', `${link.hostname} mixes alphabets to pass for another address`);
    } else if (spoofedHost(link.hostname, link.domain)) {
      out.add('obfuscated_link', 'hold', `${link.hostname} is ${link.domain} dressed up as another address`);
    } else if (punycode.test(link.raw)) {
      // People write пример.укр; only a disguise writes xn--e1afmkfd.xn--j1amh.
      out.add('obfuscated_link', 'hold', `"${link.raw}" spells its address in punycode`);
    }
    if (commercialHost(link.hostname)) out.add('spam_link', 'hold', `${link.hostname} looks commercial`);
    // A clone of a news or government site, unless the comment warns that it is fake ("… is a scam", "не ведіться").
    else if (!warns && imitatesTrustedSite(link.domain, link.hostname)) {
      out.add('spam_link', 'hold', `${link.domain} wears a news outlet's or a government's name`);
    }
  }
  if (counted > policy.maxLinks) {
    out.add('too_many_links', 'hold', `${counted} links, at most ${policy.maxLinks}`);
  }
}

/** Floods and shouting; trusted authors are spared these softer rules. */
export function floodSignals(s: Scan, trusted: boolean, out: SignalList): void {
  if (trusted) return;
  if (s.casedLetters >= shoutingMinLetters && s.upperLetters >= s.casedLetters * shoutingRatio) {
    out.add('shouting', 'hold', 'mostly capital letters');
  }
  if (s.maxCharRun >= charFloodRun) {
    out.add('repeated_characters', 'hold', `one character repeated ${s.maxCharRun} times`);
  }
  if (s.maxUnbroken >= maxLinkChunk) {
    out.add('unbroken_text', 'hold', `${s.maxUnbroken} characters without a space`);
  }
  if (s.maxWordRun >= wordFloodRun)
    out.add('repeated_words', 'hold', `one word repeated ${s.maxWordRun} times`);
  else if (s.words >= phraseFloodRun * 2 && (s.linkHint || handles(s) >= phraseFloodRun)) {
    // Beside a link, or with a handle in every repeat: chants and thanks say a phrase again and
    // again too ("Слава Україні! Героям слава!", even in a reply to @Oleh); "FOLLOW
    // @chessdrama_daily" five times is advertising.
    const phrase = phraseRepeats(s);
    if (phrase.times >= phraseFloodRun)
      out.add(
        'repeated_words',
        'hold',
        `a phrase of ${phrase.words} words repeated ${phrase.times} times beside a link or handle`,
      );
  }
  if (s.source.includes('#')) {
    const tags = s.source.match(hashtag)?.length ?? 0;
    if (tags >= hashtagFloodCount) out.add('hashtag_flood', 'hold', `${tags} hashtags`);
  }
  if (s.emoji >= emojiFloodCount || s.maxEmojiRun >= emojiFloodRun) {
    out.add('emoji_flood', 'hold', `${s.emoji} emoji`);
  }
}
