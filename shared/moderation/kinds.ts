/**
 * What a hit of the automaton means. Terms and phrases of every detector share one
 * automaton, so a comment is read once; the kind sends each hit to its detector.
 */
export const kindBanned = 0;
export const kindSuspect = 1;
/** A threat on its own: "I know where you live", "мы тебя найдём". */
export const kindThreat = 2;
/** A call or wish ("should be", "hope your", "треба") that makes a following harm a threat. */
export const kindIncite = 3;
/** Violence done to a person ("beaten", "strung up", "закопувати"). */
export const kindHarm = 4;
/** "take out", a threat only when aimed at a named person. */
export const kindTakeOut = 5;
/** A person's family, home or workplace. */
export const kindTarget = 6;
/** Intimidation ("I already found", "see you soon"). */
export const kindIntimidate = 7;
/** Personal details (doxxing: "works at", "lives in"). */
export const kindDox = 8;
/** A call to act on personal details ("go say hi"). */
export const kindDoxCall = 9;
/** Advertising that holds on its own ("online casino", "подработка"). */
export const kindSpam = 10;
/** Advertising words that hold only together or beside a link, money or a phone number. */
export const kindSpamWeak = 11;
/** A call to write off the site ("dm me", "пишіть", "наш канал"). */
export const kindMessenger = 12;
export const kindMoney = 13;
/** Self-promotion ("I run a blog"), held beside a link. */
export const kindPromo = 14;
/** Words that announce a disguised link ("dot", "hxxp", "www"). */
export const kindLinkHint = 15;
/** An allowed phrase ("pussy willow"): banned and suspect terms inside it do not count. */
export const kindAllow = 16;
/** Where a person is found ("3rd floor", "the building next to"): doxxing beside a call to visit. */
export const kindDoxPlace = 17;
/** A warning about a scam or a threat ("мошенники", "this is spam", "так нельзя"): what it quotes is quoted, not said. */
export const kindWarning = 18;
/** A messenger's name ("telegram", "вайбер"): a contact only beside a call to write or an address. */
export const kindMessengerName = 19;
/** A harm in the imperative ("burn down the office", "kill them all"): a call when it opens a sentence. */
export const kindHarmCall = 20;
/** Giving to a charity ("donated", "збір"): a link beside it is where to give, not an offer. */
export const kindCharity = 21;
/** A word only transliterated Russian or Ukrainian uses ("tebya", "shcho"): the comment is also read in Cyrillic. */
export const kindTransliterated = 22;
/**
 * A warning that a site, an offer or a message is a fake ("scam", "phishing", "не ведитесь",
 * "сайти-клони"): a warning too, and the one that lets a comment name a clone of a news or
 * government site without being held for it.
 */
export const kindFakeWarning = 23;
/** A comment telling the reader to read it backwards ("read it backwards", "прочитайте наоборот"). */
export const kindBackwards = 24;
