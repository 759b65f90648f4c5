import { describe, expect, it } from 'vitest';
import { policy, rules, verdict } from './helpers.ts';

/** The comment is rejected, and a signal names `word` as the banned one. */
function expectBanned(body: string, word: string): void {
  const v = verdict(body);
  expect(v.decision).toBe('reject');
  expect(v.signals).toContainEqual({
    rule: 'banned_term',
    action: 'reject',
    detail: `"${word}" is not allowed`,
  });
}

describe('banned terms', () => {
  it.each([
    ['Trump and Putin can both go fuck themselves.', 'fuck'],
    ['Jackass. Read a map.', 'Jackass'],
    ['The Kremlin is pure bullshit.', 'bullshit'],
    ['Dickhead of the year.', 'Dickhead'],
    ['you motherfucking clowns', 'motherfucking'],
    ['Rubio is a cvnt', 'cvnt'],
    ['phucking clowns', 'phucking'],
    ['another prick on TV', 'prick'],
    ['what a bellend', 'bellend'],
    ['Bollocks. Nobody got the compensation.', 'Bollocks'],
    ['Piss off back to your bunker, troll.', 'Piss off'],
    ['You are a Dick. Nobody asked.', 'Dick'],
    ['Bugger off with your nonsense.', 'Bugger off'],
  ])('rejects plain English profanity: %s', (body, word) => {
    expectBanned(body, word);
  });

  it.each([
    'Ushakov is Putin\u2019s little b!tch',
    'a$$holes in the Kremlin',
    'What a sh*t show',
    'What a sh\u200Bit article.',
    'Only an a\u200Dsshole would',
    'turns to shi\u0301t',
    'Fück Putin.',
    'fuuuuuuuuuuuck the Kremlin',
    'The fuсking nerve',
    'what a \u0501\u0456\u0441\u043a you are', // ԁіск: Cyrillic Komi de, і, с, к
    'Moscow\u2019s little whоrеs',
    'suck my cοck.',
    'ｂｉｔｃｈ please',
    'sHiT aRtIcLe',
    'f u c k this fake truce',
    'Stop replying to me, you d!ck.',
  ])('rejects disguised profanity: %s', (body) => {
    expect(verdict(body).decision).toBe('reject');
  });

  it.each(['Иди нах*й', 'Какая п*зда', 'Ну и бл*ть'])(
    'reads a star inside a Cyrillic word as a Cyrillic letter: %s',
    (body) => {
      expect(verdict(body).decision).toBe('reject');
    },
  );

  it.each(['Ціни на м*ясо знову зросли', 'Скоро з*ма, тримаймось'])(
    'leaves a harmless Cyrillic word with a star alone: %s',
    (body) => {
      expect(verdict(body).decision).toBe('publish');
    },
  );

  it.each([
    'Довбойоби, які пишуть «здайтеся», ідіть у пизду.',
    'Бля, опять эти сказки.',
    'Хуй им, а не Донбасс.',
    'Xyй его знает.',
    'Ушаков — конченый уёбок.',
    'Пішов нахуй, рашисте.',
    'С у к и, опять по ТЭЦ ударили.',
    'Какая cyka поверила в эту паузу?',
    'Ебанутые.',
    'Заебали уже.',
    'pizdec polnyi',
    'suka blyat, opyat',
    'idi nahuy',
    'kurwa, znowu bez światła',
  ])('rejects Ukrainian and Russian mat and its transliterations: %s', (body) => {
    expect(verdict(body).decision).toBe('reject');
  });

  it.each([
    ['What a cuntface.', 'cuntface'],
    ['Some twatwaffle wrote this headline.', 'twatwaffle'],
    ['the cockwombles in parliament', 'cockwombles'],
    ['you absolute dickbag', 'dickbag'],
    ['Shut it, assbag.', 'assbag'],
    ['a twunt with a column', 'twunt'],
    // The root as the tail: thundercunt; the idiom; vowels dropped.
    ['That megacunt on the board again.', 'megacunt'],
    ['Stick your outage map up your arse.', 'up your arse'],
    ['fkng useless council', 'fkng'],
    ['fckn clowns', 'fckn'],
    // еблан, Latin and Ukrainian є; долбойоб with й for ё.
    ['Nu ty i eblan, konechno', 'eblan'],
    ['Знову цей єблан у телевізорі', 'єблан'],
    ['Який же ти долбойоб', 'долбойоб'],
    ['Вот долбоеб, опять за своё', 'долбоеб'],
  ])('rejects insults compounded of a banned root and an everyday tail: %s', (body, word) => {
    expectBanned(body, word);
  });

  it.each([
    'Scunthorpe United fans are collecting coats.',
    'Penistone, Essex and Clitheroe, Cockermouth and Bitche.',
    'The assassin in the classic cockpit drank a cocktail while reading Dickens and Dickinson.',
    'Shiitake soup; the analysts and the therapist; Cumulative losses; Helsinki; grapefruit; we assess.',
    'Hell of a cold snap. Cucumber sandwiches. Analysing the readout.',
    'Сын занимается академической греблей, воспаление трахеи, Потреблять меньше.',
    'Ребёнок спрашивает. Ушаков колебался. Херсонські волонтери. Хлебозавод работает.',
    'Хуст і все Закарпаття. Моя тітка з Дублян. Цены на мандарины. Психологи советуют.',
    'Kurs rublya padayet, a debaty v Gosdume.',
    'Застрахуй машину. Страхуется. Бляшки холестерина? Нет, бляхи ремня.',
    'Застрахуйте будинок від пожежі. Підстрахуйтеся генератором. Перестрахуйтесь и не выходите.',
    'Эпидемия Ебола в Африке.',
    'Підорожчання хліба на 12%. Трактор підорвався на міні, а міст підірвали.',
    'Kyiv🇺🇦strong, great😀job, love💙💛Ukraine.',
    "Порахуйте самі: розрахуйтеся з боргами. Pussy Riot played in Kyiv; Pussy Riot's new album.",
    'Shitterton in Dorset and Bitchfield in Lincolnshire raised the most.',
    'Senator Dick Durbin met Dick Advocaat; a well-known, long-term, as-salam, the-rapist.',
    'Custard on spotted dick, and Moby Dick on the shelf.',
    'Cuntis in Galicia has hot springs; Ebla was a city in Syria and Eblana an old name of Dublin; FK Shakhtar won.',
    'My cousin works at a steel plant near Huy in Belgium.',
    'King Cnut sat on the shore; sooooo goooood.',
    'Fugging in Austria, the village that was called Fucking until 2021, collected money.',
    'Cocktail hour at the Cockburn Arms; Arsenal away; knobbly knees; a Dickensian winter; the cockpit.',
    'Fuka Koshiba stars in it; Fukuoka and Fukui are in Japan; C++ and Ukraine+Poland; Բարեւ, ինչպե՞ս ես',
    // Transliterated comments are read in Cyrillic for phrases only: English words would read as terms.
    'Congrats to Zhe Wang on the new job; uzhe nashla job v Polshe; the 2.0 TSI engine, I bought her on eBay.',
  ])('publishes innocent words that contain a stem: %s', (body) => {
    expect(verdict(body)).toEqual({ decision: 'publish', signals: [] });
  });

  it.each([
    ['Go f*** yourself, Witkoff.', 'f***'],
    ['f**k the Kremlin', 'f**k'],
    ['these f***ing clowns', 'f***ing'],
    ['what a c**t', 'c**t'],
    ['b***h please', 'b***h'],
    ['only an a**hole would', 'a**hole'],
    ['sh** article', 'sh**'],
    ['п**да рулю', 'п**да'],
  ])('reads stars as hidden letters: %s', (body, word) => {
    expectBanned(body, word);
  });

  it.each([
    'h*ll no, d*mn it',
    'Terms apply*. Footnotes**',
    '5*3 = 15, a*b, rated 4* and ***** overall',
    'the w*rd is out; *sigh*',
    'only 5€ a month, 20¥ there, Apple©2026 and ₽100',
    'AT&T, H&M and R&D; 50% off; #hashtag; C#; Q&A at 5%',
    'Fine,thanks. See [1], [citation needed] and `npm test`; ok,bye',
  ])('publishes stars that hide no banned word: %s', (body) => {
    expect(verdict(body)).toEqual({ decision: 'publish', signals: [] });
  });

  it.each([
    ['What a bunch of @ssholes', '@ssholes'],
    ['Оце пiздець (a Latin i)', 'пiздець'],
    ['a total рriсk (Cyrillic р and с)', 'рriсk'],
    ['Опять п@здец со светом', 'п@здец'],
    ['f@ck this', 'f@ck'],
    ['some azzhole general', 'azzhole'],
    ['ᴅɪᴄᴋʜᴇᴀᴅ of the year (small capitals)', 'ᴅɪᴄᴋʜᴇᴀᴅ'],
    ['pure bułlshit', 'bułlshit'],
    ['Пиzдец (a Latin z)', 'Пиzдец'],
    ['shlyukha kremlyovskaya', 'shlyukha'],
    ['🅵🆄🅲🅺 your plan (negative squared letters)', '🅵🆄🅲🅺'],
    ['total bullѕһіt (Cyrillic ѕ, һ, і)', 'bullѕһіt'],
    ['an @$$hat with a microphone', '@$$hat'],
    ['3ae6ali uzhe (digits for з and б)', '3ae6ali'],
    ['Ахуєть, які ціни', 'Ахуєть'],
    ['a ΒΙΤСΗ (Greek capitals and a Cyrillic С)', 'ΒΙΤСΗ'],
    ['ty mudozvon', 'mudozvon'],
    ['эти п1здаболы', 'п1здаболы'],
    ['kcuf the Kremlin (backwards)', 'kcuf'],
    ['What the f🦆ck (an emoji for a letter)', 'f🦆ck'],
    ['f🔥cking liars', 'f🔥cking'],
    ['Zakharova is a lying bi.tch', 'bi.tch'],
    ['what a f-uck up', 'f-uck'],
    ['total sh_it', 'sh_it'],
    ['фак ю, мерія', 'фак'],
    ['Ну и [eqyz, опять свет отключили (the Latin layout)', 'eqyz'],
    [',kznm, опять', 'kznm'],
    ['Это t,fyfz власть', 't,fyfz'],
    ['агсл this war (fuck on the Russian layout)', 'агсл'],
    ['ырше happens', 'ырше'],
    ['Сплошной пеzдёж от Кремля', 'пеzдёж'],
    ['Lavrov is a kcid', 'kcid'],
    ['ʞɔnɟ the kremlin (upside down)', 'ʞɔnɟ'],
    ['ƒuck these scalpers (f with a hook)', 'ƒuck'],
    ['пздц, 4 часа в очереди', 'пздц'],
    ['bl9, opyat svet otklyuchili', 'bl9'],
    ['suky, znovu pidnyaly tsinu', 'suky'],
    ['Опять налоговая ебёт ФОПов', 'ебёт'],
    ['The Pension Fund can go f#@k itself (a grawlix)', 'f#@k'],
    ['that motherf#@%er stole my seat', 'motherf#@%er'],
    ['what an asssssshoooole move (two runs stretched)', 'asssssshoooole'],
    ['Тарифы — 3.14здец, конечно.', '14здец'],
    ['Хулі ви там сидите?', 'Хулі'],
    ['Сучьё продажное', 'Сучьё'],
    ['Whoever wrote this is a cnut.', 'cnut'],
    ['fuxking clowns', 'fuxking'],
    ['Сцуко, опять шахеды', 'Сцуко'],
    ['Yaki zh vy mudaky v tomu banku', 'mudaky'],
    ['Путін — ольйух. Читайте справа наліво.', 'ольйух'],
    ['Мудачок из комментов', 'Мудачок'],
    ['Автор статті — гівноїд.', 'гівноїд'],
    ['Ти ху€плёт (a euro sign for е)', 'ху€плёт'],
    ['fu¢k the rules (a cent sign for c)', 'fu¢k'],
    ['The fսcking queue (an Armenian ս for u)', 'fսcking'],
    ['a blind muthafukka all afternoon', 'muthafukka'],
    ['Чиновники х*ровы, людям рожать негде.', 'х*ровы'],
    ['yak zhe ty zaebav zi svoyimy prohnozamy (Ukrainian in Latin letters)', 'zaebav'],
    ['yak zhe zaiebaly ci remonty', 'zaiebaly'],
    ['f+u+c+k you (letters joined by plus signs)', 'f+u+c+k'],
    ['a mutherfukken idiot', 'mutherfukken'],
    ['Отъебитесь от ветеранов', 'Отъебитесь'],
    ['Shcho za khuinia', 'khuinia'],
    ['Nu i nahuya nam', 'nahuya'],
    ['Ёб твою мать, опять', 'Ёб твою мать'],
  ])('reads disguises that stand in for letters: %s', (body, word) => {
    expectBanned(body, word.replace(/^@(?=\p{L})/u, ''));
  });

  it('reads dotted letters beside a one-letter word without it', () => {
    expect(verdict('What a c.u.n.t move').decision).toBe('reject');
    expect(verdict('I s.e.e a b.i.g crowd').decision).toBe('publish');
  });

  it('exempts the words of an allowed phrase, and only inside it', () => {
    expect(verdict('bundles of pussy willow for Palm Sunday')).toEqual({ decision: 'publish', signals: [] });
    expect(rules('pussy willows, and a pussy')).toEqual(['banned_term']);
  });

  it('names only the matched words in the detail', () => {
    const v = verdict('f u c k this');
    expect(v.signals).toEqual([
      { rule: 'banned_term', action: 'reject', detail: '"f u c k" is not allowed' },
    ]);
  });

  it('rejects a site\u2019s extra terms as whole words and stems', () => {
    const p = policy({ bannedTerms: { extra: ['scoundrel', 'knave+'] } });
    expect(rules('what a scoundrel', p)).toEqual(['banned_term']);
    expect(rules('knavery everywhere', p)).toEqual(['banned_term']);
    expect(rules('scoundrels', p)).toEqual([]);
  });

  it('exempts words on the policy allowlist', () => {
    expect(rules('Dick Cheney spoke', policy({ bannedTerms: { allow: ['dick'] } }))).toEqual([]);
  });

  it('exempts words that start with or contain an allowed stem, and only those', () => {
    const p = policy({ bannedTerms: { lists: [], extra: ['*gloom*'], allow: ['glooms+', '*ungloom*'] } });
    expect(rules('glooms; gloomsday; the ungloomed city', p)).toEqual([]);
    expect(rules('gloomy', p)).toEqual(['banned_term']);
    expect(rules('an ungloomy and gloomy day', p)).toEqual(['banned_term']);
  });

  it('uses only the built-in lists the policy names', () => {
    const englishOnly = policy({ bannedTerms: { lists: ['en'] } });
    expect(rules('Хуй им', englishOnly)).toEqual([]);
    expect(rules('fuck them', englishOnly)).toEqual(['banned_term']);
  });

  it('holds suspect terms when a suspect list is enabled', () => {
    const p = policy({ suspectTerms: { lists: ['en'], extra: ['clown'] } });
    expect(verdict('you idiot', p).signals).toEqual([
      {
        rule: 'suspect_term',
        action: 'hold',
        detail: '"idiot" needs a moderator\u2019s review'.replace('\u2019', "'"),
      },
    ]);
    expect(verdict('what a clown', p).decision).toBe('hold');
    expect(verdict('you idiot').decision).toBe('publish');
  });
});

describe('more tricks of spelling', () => {
  it.each([
    // HTML character references, decimal and hexadecimal (the detail quotes them read).
    ['Who is this f&#117;cking pundit?', 'fucking'],
    ['What a &#x73;hit result', 'shit'],
    // A symbol put between the letters rather than for one.
    ['fu🚋ck these tram delays', 'fu🚋ck'],
    ['sh*it happens at this council', 'sh*it'],
    // Ukrainian ї written i, and Russian translit of охуеть.
    ["yak zhe zaibala tsia meriia z yii 'reformamy'", 'zaibala'],
    ["Okhuet' mozhno, tri penal'ti za match", 'Okhuet'],
    ["bliad', opiat' zabastovka", 'bliad'],
    // Spaced letters with an emoji between each.
    ['F 🔥 U 🔥 C 🔥 K the director', 'F 🔥 U 🔥 C 🔥 K'],
  ])('rejects %s', (body, word) => {
    expectBanned(body, word);
  });

  it.each([
    'Danny Shittu would have eaten this striker alive.',
    'Albumin levels, a pin-prick glucose check and a full blood count',
    'I ❤ U',
    'Tom &amp; Jerry &#8212; a classic',
    'Price: 5&#36; only in the shop window, the article says',
  ])('publishes %s', (body) => {
    expect(verdict(body).decision).toBe('publish');
  });
});

describe('the sixth round: doubled 1s, fack, психуй', () => {
  it.each(['pure bu11sh1t', 'total bu11shit', 'f4ck this', 'fack off'])('rejects %s', (body) => {
    expect(verdict(body).decision).toBe('reject');
  });

  it.each(['Не психуйте раньше времени.', 'Не психуй, все буде добре.', 'We won 11-1 and scored 11 goals.'])(
    'publishes %s',
    (body) => {
      expect(verdict(body).decision).toBe('publish');
    },
  );
});

describe('the eleventh round: a 3 for е in Cyrillic, -en endings', () => {
  it.each([
    ['Вы там в министерстве совсем оху3ли?', 'оху3ли'],
    ['these FUKKEN tariffs man', 'FUKKEN'],
    ['fuken hell', 'fuken'],
  ])('rejects %s', (body, word) => {
    expectBanned(body, word);
  });

  it.each([
    'Він 3ловив м’яч на 93-й хвилині.',
    'Ти 3ануда, але я з тобою згоден.',
    'Ще 3 години без світла.',
    // A leading 3 is a number.
    'Учень отримав 3бали з математики.',
    'Купили 3банки огірків.',
  ])('publishes %s', (body) => {
    expect(verdict(body).decision).toBe('publish');
  });
});

describe('the twelfth round: a word broken in two, its middle left out, look-alikes in a Cyrillic word', () => {
  it.each([
    ['fu ck the fare rise', 'fu ck'],
    ['fu\nck the fare rise', 'fu\nck'],
    ['fuc king hell', 'fuc king'],
    ['The motherf🦆ers in parliament voted for it at 2am 🤡', 'motherf🦆ers'],
    ['the motherf*ers in parliament', 'motherf*ers'],
    ['yakyi zh vin mudylo', 'mudylo'],
    // Latin a and e look Cyrillic, so the word is read as Cyrillic leet: заебал.
    ['Этот ведущий 3ae6ал уже со своими шуточками', '3ae6ал'],
    // But a Latin word with one Cyrillic letter is still read with Latin leet.
    ['you bi7сh', 'bi7сh'],
    ['you 5hіt', '5hіt'],
    // A dot inside a word is no sentence end.
    ['Zakharova is a lying bi.tch, end of story.', 'bi.tch'],
  ])('rejects %s', (body, word) => {
    expectBanned(body, word);
  });

  it.each([
    'Tofu cks… no, tofu sticks, I meant.',
    'Kung fu classes are cheaper now.',
    'Ax ты c0бачка моя!',
    // Found by review: names in a list are no word broken in two.
    'Ying Fu, CK Hutchison spokesperson, declined to comment.',
    'Kung Fu. CK Hutchison sold the ports.',
  ])('publishes %s', (body) => {
    expect(verdict(body).decision).toBe('publish');
  });
});

describe('the thirteenth round: words written backwards, look-alike Latin, nicknames', () => {
  it.each([
    [
      'The statement is a load of tihsllub. Read it backwards, that’s the only way it makes sense.',
      '"bullshit" (in "tihsllub") is not allowed',
    ],
    ['This report is total xyeta 🤡', '"xyeta" is not allowed'],
    ['Ну і хуіло ж цей губернатор', '"хуіло" is not allowed'],
  ])('rejects %s', (body, detail) => {
    expect(verdict(body).signals).toContainEqual({ rule: 'banned_term', action: 'reject', detail });
  });

  it.each([
    "Richard 'Dick' Mayhew, the retired registrar, told reporters the list was kept apart.",
    'Richard "Dick" Nixon resigned in 1974.',
    '#StandWithUkraine #ScunthorpeUnited #EssexPolice',
    'Read it backwards: level, stressed desserts, racecar.',
    // Found by review: "наоборот" and "reversed" alone are everyday words, and hashtags join names.
    'А я тебе скажу наоборот: цены на газ будут падать.',
    'Я тебе навпаки підтримую, Олено.',
    'The Supreme Court reversed the conviction of Dick Johnson.',
    'Another fanboy article. The team went backwards this season.',
    'Badminton club open day #ShuttleCock #Badminton',
    'Reading #PhilipKDick this summer',
  ])('publishes %s', (body) => {
    expect(verdict(body).decision).toBe('publish');
  });
});

describe('the fourteenth round: говнюки, обісрався', () => {
  it.each([
    ['Говнюки из «МедЛайна» даже извиниться не смогли.', 'Говнюки'],
    ['Гурт злив концерт, бо барабанщик обісрався перед виступом 😂', 'обісрався'],
  ])('rejects %s', (body, word) => {
    expectBanned(body, word);
  });
});

describe('the sixteenth round: tags inside a word, курво, blood tests', () => {
  it.each([
    ["Examiners: 'we are honest'. Also examiners: fu<i></i>ck you, pay me.", 'fuck'],
    ['Та щоб тебе, курво, разом з твоєю автошколою.', 'курво'],
  ])('rejects %s', (body, word) => {
    expectBanned(body, word);
  });

  it.each([
    'Arsenal supporters raised 20,000 UAH for incubators and finger-prick glucose testers.',
    'The heel prick test is done on every newborn.',
    '3 < 5 and 7 > 2, the maths is fine.',
    '<b>Важно</b>: свет дадут в 18:00.',
  ])('publishes %s', (body) => {
    expect(verdict(body).decision).toBe('publish');
  });
});
