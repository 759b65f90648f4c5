import type { TermList } from './types.ts';

/**
 * English profanity and slurs. Curated by hand; the choice of words was informed by the
 * public lists of LDNOOBW ("List of Dirty, Naughty, Obscene and Otherwise Bad Words") and
 * the `obscenity` package's English dataset, narrowed to what rejects a news comment
 * outright. Whole words with explicit endings unless marked as a stem, so Scunthorpe,
 * Penistone, Essex, assassin, cocktail, Dickens, therapist and grape stay clean.
 */
export const en: TermList = {
  banned: [
    '*fuck*',
    '(fuk|fuq|fck|fcuk|fukk|phuk|phuck|fvck|fook|fack)(|s|ing|in|er|ers|ed|en|face|wit|wits|ng|n)',
    '(mother|motha|mutha|muther|mudda|mada)(fuk|fukk|fuq|phuk|phuck|fck)(|a|as|ah|er|ers|in|ing|ed|en)',
    // The middle left out, as a star or an emoji stands for it: motherf*ers, motherf🦆ing.
    '(mother|motha|mutha)(f|ff)(er|ers|in|ing|ah|as)',
    // Broken in two by a space or a line break: "fu ck", "fuc king".
    '(fu ck|f uck|fuc k|fu cking|fuc king|fu ckin|fuc kin|fu cked|fu cker|fu ckers)',
    // Vowels dropped: fkng, fckng.
    '(stfu|gtfo|mofo|fking|fkn|fkng|fcking|effing|fuckin)',
    'shit+',
    '(bull|horse|dip|bat|chicken|ape|dog|holy|jack|dumb)shit(|s|ty|e)',
    'bitch(|es|ing|y|ed|ass)',
    '(biatch|biotch|beyotch|bytch)(|es)',
    '*cunt*',
    '(cvnt|kunt)(|s|y|ish)',
    'dick(|s|head|heads|hole|holes|wad|wads|face|less|ish)',
    'cock(|s|sucker|suckers|sucking|head|heads)',
    '(|dumb|jack|smart|fat|lard|bad|kick)ass(|es)',
    '(ass|arse|azz)(hole|holes|wipe|wipes|hat|hats|clown|clowns|face|lick|licker|licking|bag|bags|head|heads|wad|wads)',
    'whore(|s|d)',
    'slut(|s|ty)',
    'twat(|s)',
    'wank(|er|ers|ing|stain)',
    'bastard(|s)',
    'douche(|bag|bags|s)',
    '(pussy|pussies)',
    'retard(|s|ed)',
    '(fag|fags|faggot|faggots|faggy)',
    'nigg(er|ers|a|as|ah|az)',
    '(kike|kikes|tranny|trannies|chinks)',
    '(clit|clits|dildo|dildos|jizz|blowjob|blowjobs|handjob|cumshot|cumslut)',
    'son of a bitch',
    'prick(|s)',
    '(knob|bell)(end|ends|head|heads)',
    'tosser(|s)',
    'skank(|s|y)',
    '(jack|jerk)off(|s)',
    'dickweed(|s)',
    '(bollocks|bollox|piss off|pissoff|sod off|bugger off)',
    '(up|kiss) (your|his|her|their|my) (arse|ass|arsehole|asshole)',
    '(cnut|cnuts)',
    // Insults compounded of a banned root and an everyday tail (twatwaffle, cockwomble; cuntface is *cunt*).
    '(cvnt|twat|prick|cock|dick|knob|wank|arse|bitch|slut|whore|douche)(face|faces|head|heads|bag|bags|wad|wads|waffle|waffles|womble|wombles|stain|stains|hat|hats|wipe|wipes|weasel|weasels|nugget|nuggets|muppet|muppets|trumpet|trumpets|sack|sacks|goblin|goblins|gibbon|gibbons|lord|lords|bucket|buckets|nozzle|nozzles)',
    '(twunt|twunts)',
    '(fux|fuxk|fuxking|fuxkin|fuxing|fuxed)',
    // Spelled backwards, and upside down (ʞɔnɟ, ɥɔʇıq: also backwards, with u as n, b as q, d as p).
    '(kcuf|kcufs|gnikcuf|tihs|hctib|kcid|tnuc|kcnf|hctiq|kcip)',
  ],
  suspect: [
    '(idiot|idiots|idiotic|moron|morons|moronic|imbecile|imbeciles|cretin|cretins)',
    '(stupid|dumb|dumbo|loser|losers|scum|scumbag|scumbags|creep|creeps|jerk|jerks|pillock|pillocks)',
    '(vatnik|vatniks|orc|orcs|khokhol|khokhols|katsap|katsaps|rashist|rashists|ruzzian|ruzzians)',
    '(crap|crappy|piss|pissed|bugger|goddamn)',
    '(porn|porno|nude|nudes|sexy)',
  ],
  // Phrases exempt the words they cover: pussy willow is the catkin of Palm Sunday.
  allow: [
    // Scunthorpe, and Cuntis in Galicia.
    '*scunth*',
    'cuntis',
    'shitake',
    'shitakes',
    'shittim',
    'shitsu',
    'pussy willow',
    'pussy willows',
    'pussy riot',
    "pussy riot's",
    'shitterton',
    'shittu',
    'pin prick',
    // Blood tests: a finger-prick, a heel prick for newborns, a skin prick for allergies.
    'finger prick',
    'finger pricks',
    'heel prick',
    'skin prick',
    'pin pricks',
    'pinprick',
    'pinpricks',
    'bitchfield',
    'spotted dick',
    'moby dick',
    'king cnut',
    // The Austrian village now called Fugging.
    'called fucking until',
  ],
  names: ['dick'],
};
