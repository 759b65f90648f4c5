import type { TermList } from './types.ts';

/**
 * Russian obscenities (мат) and insults, with their common Latin transliterations.
 * Stems are anchored at the start of a word (with the verbal prefixes that mat uses:
 * за-, на-, вы-, у-, до- …) or given explicit endings, never matched as raw substrings:
 * греблей, колебался, Потреблять, Ребёнок, трахеи, мандарины, Хлебозавод, rublya and
 * debaty stay clean. Only хуй and пизд are matched anywhere inside a word.
 * Informed by the public "russian-bad-words" lists and bad-words-next's ru dictionary.
 */
const ebPrefixes =
  '(|за|на|вы|от|отъ|у|по|про|при|подъ|подь|съ|въ|разъ|раз|до|пере|недо|взъ|объ|долбо|долба|зло)';
const ebLatinPrefixes = '(|za|na|vy|vi|ot|u|po|pro|pri|raz|do|pere|dolbo|dolba)';

export const ru: TermList = {
  banned: [
    '*хуй*',
    '*хуё*',
    '(|о|а|на|по|ни|до|за|от|при|рас|с)ху(е|ё)+',
    '(ёб|йоб|йоп) (твою|вашу) (мать|маму|бабушку)',
    '(|ни|до|на|по|за|от|а)хуя+',
    '*пизд*',
    '*пезд*',
    // Spelled backwards (йух is хуй, ольйух хуйло).
    '*йух*',
    `${ebPrefixes}(еба|ебу|ебл|ебн|еби|ебош|ёба|ёбу|ёбн|ёбл|ёбы)+`,
    `${ebPrefixes}(ебёт|ебет|ебёшь|ебешь|ебут|ебём|ебем)`,
    '(за|на|вы|от|у|по|про|при|подъ|съ|разъ|до|пере|объ|долбо|долба)ёб+',
    // й for ё: долбойоб, йобаный.
    `${ebPrefixes}йоб+`,
    'бля',
    '(бляд|блят|блядь|бл@д)+',
    'сук(а|и|е|у|ой|ам|ами|ах|ин|ина|ины|ины|ину)',
    'суч(ка|ки|ке|ку|кой|ара|ары|ий|ья|ье|ьё|ьи|ек)',
    'муд(ак|аки|ака|аку|аком|аков|ачьё|ачок|ачка|ачки|ила|илы|иле|илу|ло|озвон|озвоны|обой)',
    '(гандон|гондон)(|ы|а|у|ом|ов)',
    'пид(о|а|ъ)р+',
    'залуп+',
    'манд(а|у|ой|е|ы|ёж|авошка|авошки)',
    'шлюх(а|и|е|у|ой|ам|ами)',
    'шлюш(ка|ки|ку|кой)',
    '(|на|по|ни|до)хер',
    'хер(ня|ни|ню|нёй|ней|ов|ово|овый|овая|овые|ова|овы|овой|ову|овым|овых|ачить)',
    'ублюд(ок|ки|ка|ку|ков|ком|очный|ина)',
    'мраз(ь|и|ью|ей|ота)',
    'дроч(ить|ила|ил|ат|ит|ер|еры|ун|ишь|ка)',
    'трах(ать|аю|ает|ал|али|ала|нуть|нул|нули|ну|ни|ай|ается|нутый|аться)',
    'говн(о|а|у|ом|е|юк|юки|юка|юку|юком|юков|ище|ина|ецо)',
    'жоп(а|у|е|ой|ы|ам)',
    'засран(ец|цы|ка|ки|цев)',
    'обосра(л|лся|ть|лись|ться)',
    // English swearing spelled in Cyrillic: фак ю, факин.
    '(фак|факи|факю|факин|факинг|факен|мазафака|мазафакер|мазафакеры)',
    '(фак|фэк) (ю|тебе|вам|офф|оф)',
    // Latin transliterations.
    '*pizd*',
    'blya',
    '(blyad|blyat|bljad|bljat|blead|bliad|bliat)+',
    // Consonants only, and 9 for я: пздц, bl9.
    '(пздц|пзц|pzdc|pzdts|bl9|бл9|bl9t|бл9ть|bl9d|бл9дь)',
    // 3.14 for пи: 3.14здец.
    '14зд+',
    '(хули|хуле)',
    'сцук(о|а|и|е|у)',
    '(suka|suki|suky|suku|suke|cyka|cyki|cyku|suchka|suchara)',
    '(nahui|nahuy|nahuj|nakhui|nakhuy|nahu|nahuya|nakhuya|nahuja|pohui|pohuy|pohuj|poxuy|poxui|nihuya|nihua|dohuya)',
    '(huy|huj|khuy|khuj|xyu|xyi|xuy|xuj|xyй)(|nya|nia|lo|la|ovo|ovy|ovyi|ня)',
    // Latin letters drawn as Cyrillic ones: xyeta is хуета.
    '(xyeta|xyeto|xyesos|xyesosy|hueta|huyeta|khueta)',
    '(huinya|huynya|huinia|khuinia|khuinya|khuynya|huilo|huylo|hujlo|khuilo|huesos)',
    `${ebLatinPrefixes}(ebat|ebal|eban|yebat|yebal|yeban|yoban|yobn|yobany|yobanyi|ebn|ebosh|yobt)+`,
    '(eblan|yeblan|jeblan|ieblan|yoblan)(|y|u|om|chik)',
    '(ueban|uebok|uyobok|uebki|dolboeb|dolboyob|dolbaeb|dovboyob|zaebal|zaebali|zaebis)',
    // Ukrainian ї written i or yi: заїбала, заїбали.
    '(zaiba|zayiba|zayeba|zaieba|zaeba)(l|la|lo|li|ly|v|ty)',
    '(okhue|ohue|akhue|ahue|okhuye|ohuye)(t|l|nn|vsh)+',
    '(mudak|mudaky|mudaki|mudila|mudilo|mudyla|mudylo|mudlo|mudozvon|mudozvony)',
    '(pidor|pidar|pidoras|pidaras|pidorasy|pidarasy|pidr)(|y|a|u|om)',
    '(gandon|gondon)(|y|a)',
    '(zalupa|zalupu|manda|mandu|shlyuha|shluha|shlyukha|shlukha|shlyukhi|shlyuhi|blyadina)',
    '(kurwa|kurva|kurwy|kurvy|kurwo|kurvo)',
  ],
  suspect: [
    '(дурак|дураки|дура|идиот|идиоты|идиотка|дебил|дебилы|дебилка|кретин|кретины|тупой|тупые|тупица)',
    '(урод|уроды|быдло|чмо|лох|лохи|придурок|придурки|сволочь|сволочи|скотина|твари|тварь)',
    '(хохол|хохлы|хохлов|кацап|кацапы|русня|рашист|рашисты|ватник|ватники|укроп|укропы|свинособаки)',
    '(хрен|херово|фиг|задница|срань)',
  ],
  // страховать (to insure) and its forms: застрахуйте, подстрахуйся, перестрахуйтесь …
  // Huy is a town in Belgium.
  // психовать (to freak out): не психуйте, распсихуйся.
  allow: ['*страхуй*', '*рахуй*', '*психуй*', 'near huy', 'in huy', 'from huy', 'of huy'],
};
