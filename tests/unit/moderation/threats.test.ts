import { describe, expect, it } from 'vitest';
import { rules, verdict } from './helpers.ts';

describe('threats and harassment', () => {
  it.each([
    'Every journalist here should be dragged into the street and beaten.',
    'People like the editor deserve to be hanged.',
    'Those traitors must be shot.',
    'Go jump off a bridge, nobody will miss you.',
    'Go jump off the roof.',
    'I know where you work.',
    'I know where you live, coward.',
    'I know who you are and where you work. See you soon.',
    'Putin deserves a rope, and so do his generals.',
    'He deserves a bullet.',
    'Someone needs to take out Witkoff before he sells Ukraine.',
    'Somebody should take out Peskov.',
    "You'll regret this comment when I show up at your door.",
    'Your IP is logged and your address is next.',
    'Hope your house gets hit next, traitor.',
    "I'll make sure everyone at your kid's school knows what you wrote. I already found the school.",
    'Name: Pavel S., works at a call centre in Brovary, lives in Bucha. Go say hi, guys.',
    'Мы тебя найдём. Это не угроза.',
    'Я тебя найду, сволочь.',
    'Таких, як ти, треба закопувати живцем.',
    'Таких как ты надо расстрелять.',
    'Знаю где ты живёшь.',
    'Ми тебе знайдемо.',
    'I hope a missile lands on your flat, clown.',
    'Someone should torch their office.',
    'We know what your house looks like.',
    "Let's flood his employer with complaints until they fire him.",
    'Find out where she works, people.',
    'Желаю тебе сдохнуть в подвале.',
    'Бажаю вам померти цієї зими.',
    'Твою машину мы уже видели. Жди визита.',
    'Твій номер вже скинули в чат. Подумай двічі.',
    'Your car is easy to spot. Drive carefully.',
    'I hope you starve in that flat, you and yours.',
    'Peskov should get a rocket through his office window.',
    'Ещё одна такая статья, и твоя квартира сгорит вместе с тобой.',
    'Треба підпалити редакцію разом з ними.',
    "I've got your home address and plenty of time.",
    'Here is her number: +380 67 000 11 22. Call her day and night.',
    'Report his page until he deletes his account. Do not let him sleep.',
    'She lives on the 5th floor, the building next to the pharmacy. Pay her a visit.',
    'Расстрелять всех, кто подписал это перемирие.',
    'You will learn what a bullet feels like.',
    'Shoot all of them and string the bodies from the streetlights.',
    'Вот её телефон и адрес. Позвоните ей ночью.',
    'I hope all of you freeze to death in the dark.',
    'Ya tebya naydu i slomayu tebe nogi.',
    'Nice car. Would be a shame if something happened to it.',
    'Someone should put a bullet through his skull.',
    'Do us all a favour and stop breathing.',
    'Found your Instagram, Olha. Your husband will love these comments.',
    'The deputy should get a Molotov through his window.',
    'I hope the next missile comes through your window.',
    'It would be a shame if your shop caught fire one night.',
    'Скоро за тобой придут, предатель.',
    'Шкода, що шахед прилетів не в твій дім.',
    'Ось інстаграм цієї блогерки. Не дайте їй спати.',
    "You won't be so brave when I find out which street you're on.",
    'It would be a real shame if someone scratched your car.',
    'Flood her DMs and make her life hell.',
    'Надо встретить его у подъезда и объяснить по-мужски.',
    'Твою машину ми вже бачили. Подумай двічі.',
    "We have your photos and your mum's address.",
    'Хай би тебе першим забрали на фронт і там закопали.',
    'Надеюсь, следующая ракета прилетит прямо в твою квартиру.',
    'Я знаю, в якій школі твоя донька. Подумай, перш ніж писати.',
    'Киньте його номер у всі чати: +380 63 000 11 22. Хай дзвонять день і ніч.',
    'Tebya naidut, ne somnevaysya.',
    'Hang every last one of them.',
    'Hope a drone finds your flat tonight.',
    "Keep writing and one night we'll be waiting outside. Sleep tight.",
    'Розстріляти б усіх цих депутатів.',
    'И до тебя доберутся. Твой адрес уже у кого надо.',
    'A friendly warning to the judge: walking home alone after dark is not safe.',
    'Ти ж на Харківській живеш? Скоро побачимось, поговоримо по-дорослому.',
    "Somebody should leave him a message he'll remember.",
    'Everyone go flood her Instagram and tell her what we think.',
    'Бажаю, щоб ти одного ранку не прокинувся.',
    'Hey ref, we know which hotel you are staying at. Enjoy your night.',
    'We know what car he drives.',
    'The lads will break his legs if he shows up.',
    "I'll break your jaw.",
    'Someone in the crowd should throw something heavier than a bottle at him.',
    "If they acquit him I'll handle it myself. I've got a rifle.",
    'Ty pokoinik.',
    'Uvidimsya skoro, ya tvoy adres uzhe znayu.',
    'Я найду тебя, гнида.',
    'Я знайду тебе, Максиме.',
    'Щоб ти замерз у своїй квартирі.',
    'Чтоб ты сгнил в подвале.',
    'Судью надо встретить после матча и объяснить битами.',
    'Энергетикам руки бы переломать.',
    'Ноги б переламати тим, хто це підписав.',
    'Мы знаем, на какой машине он ездит.',
    'Голові ОСББ краще ходити з охороною. Ми знаємо, де він паркується.',
    'А школу твого брата я вже знаю.',
    'Будемо дзвонити йому вдень і вночі, поки не звихнеться.',
    "If I see him I'll break both his legs.",
    "We're watching every post you make, and we know which metro station you use.",
    'Your daughter goes to School No. 12, right? Be careful what you type.',
    'People like you tend to end up in ditches.',
    'Make sure he never feels safe walking to his car.',
    "Let's all show up at his office on Monday.",
    'Drone his dacha with him inside.',
    'Round up the collaborators and hang them.',
    'Anyone have the home address of the judge? Asking for a few friends.',
    'His number is +380 93 412 77 05. Call him at 3am until he deletes it.',
    'Ty u menya dozhdyoshsya.',
    'Ще одне слово — і я тебе особисто знайду.',
    'Щоб тобі ракета в хату прилетіла.',
    'Было бы жаль, если бы с твоей мамой что-нибудь случилось.',
    'Знаю я твой подъезд. Жди в гости.',
    'Мы следим за каждым твоим шагом.',
    'Ми знаємо, на якому поверсі ти живеш.',
    'Тебе вже пробили. Думай, що пишеш.',
    'Закидайте її телефон дзвінками.',
    'Поджечь бы эту редакцию вместе со всеми.',
    'Таких журналюг надо отстреливать.',
    'Такого треба вивезти в ліс.',
    'Zhduniv treba vishaty na stovpakh.',
    'Где живёт этот депутат, кто знает? Хочу пообщаться без свидетелей.',
    'Ось адреса цього ждуна: вул. Героїв, 34, кв. 81. Завітайте.',
    'Беріть біти, поговоримо по-чоловічому.',
    'Refugees like you should be shipped back in body bags.',
    'Hope your generator blows up in your face.',
    "I'd pay good money to watch his house burn with him still inside.",
    'Somebody ought to teach him a lesson he won\u2019t walk away from.',
    'I own a chainsaw and I have a lot of free time.',
    'You have two kids and a wife who jogs alone in the park. Withdraw while you still can.',
    'Адресу я вже знаю.',
    'Блогеру я особисто зламаю обидві руки.',
    'Если этот депутат появится в нашем районе, уедет отсюда на скорой.',
    'Её сын учится в 3-Б. Мы всё видим.',
    'Налоговику осталось недолго. Я человек терпеливый.',
    'Давайте устроим ей весёлую жизнь.',
    'Поліцаю бажаю здохнути в канаві.',
    'Спалимо твою кав\u2019ярню разом із тобою.',
    'Ти ще пошкодуєш. Я знаю, в яку школу ходить твій малий.',
    'Живе на Грушевського, 14, кв. 37. Пропоную зайти до нього всім районом.',
    'Хто знає номер цього рейдера? Обдзвонимо його, щоб і ночами не спав.',
    "If the lads see him in town again he's leaving in an ambulance.",
    "He won't walk out on his own legs.",
    'Journalists like this tend to have accidents. Watch the stairs.',
    'Tick tock. You won\u2019t see it coming.',
    'I found your farm address. Expect visitors.',
    'Hope a combine harvester runs you over.',
    'Every one of those activists deserves a baseball bat to the knees.',
    'Кто-нибудь, разбейте лицо этому тиктокеру.',
    'Цьому судді треба ноги поламати.',
    'Найду и ноги переломаю.',
    'Узнаю, кто ты, — пожалеешь, что родилась.',
    'Твой адрес уже в нашем чате. Дальше сам догадаешься.',
    'Смотри по сторонам, когда пойдёшь домой. Мы рядом.',
    'Хай молиться, щоб я її не зустрів біля школи.',
    'Главврачу пора бы случайно выпасть из окна.',
    'Я б цього блогера втопив у Дніпрі.',
    'Хай не має ані хвилини спокою.',
    'Того попа треба спалити разом з його церквою.',
    'Придёт время — всех по списку.',
    'Якщо концерт відбудеться, ми спалимо клуб разом з глядачами.',
    "Let's see how brave the author is with a broken jaw.",
    'Знаємо, де живе твоя мати. Видали статтю, поки не пізно.',
    'Сподіваюся, тебе переїде трамвай.',
    'Адрес актрисы уже в сети. Пусть ждёт гостей.',
    "Keep writing this garbage and you'll need a bodyguard.",
    'I know where your shop is. Keep it up and see what happens to your windows.',
    'Ми знаємо, де ти паркуєш машину. Не дивуйся, якщо колеса проколемо.',
    'Я бы лично ноги сломал этому владельцу.',
    'Burn down every exchange booth that rips people off.',
    'Hope your Tesla catches fire with you inside it.',
    'I hope her car burns with her in it.',
    'Meet us at the station after the game. Bring your hospital insurance.',
    'Щоб тебе першою ракетою накрило, зраднику.',
    'That referee should be met after the match and taught a lesson.',
    'Мэру бы пулю в лоб.',
    'I sent your profile to your employer. Your wife is next.',
    'Ще один коментар — і твоя мама дізнається. Я вже знайшов її номер.',
    'Цього депутата треба підстерегти біля під\u2019їзду.',
    "If the mayor shows up again, he won't be leaving on his own legs.",
    'Hope the actor gets hit by a bus for real.',
    'Чтоб тебя в следующую тревогу в подвале завалило.',
    'Чтоб ты сам под машину попал.',
    'I have your wife\u2019s Instagram. Your employer will hear from me tomorrow.',
    "Let's make sure he doesn't leave in one piece.",
    "You'll end up like the last guy who crossed us.",
    'Someone should burn that exhibition to the ground with the curator inside.',
    'Цього депутата треба повісити на стовпі.',
    'Смотри, как бы с твоей машиной чего не случилось. Номер я запомнил.',
    'We know which café you get your coffee at.',
    'Burn their Lviv office to the ground.',
    'Знайдемо тебе, журналісточко.',
    'Hope the CEO of this start-up ends up in a ditch.',
    'У мене є список з іменами та адресами. Кожен ще відповість.',
    'Вашим детям тоже будет весело, когда мы к вам придём. Запомни это.',
    'Хозяину этой сети магазин бы поджечь.',
    'Next year someone should bring a real bomb to that festival.',
    'Щоб тебе в полоні катували.',
    'Головлікаря треба зустріти після зміни і пояснити кулаками.',
    'Зараз знайду, де ти живеш.',
    'Тебя, тварь, найдут и закопают.',
    'Банкиров на фонари.',
    'Жаль, что тебя не было на той ТЭЦ.',
    'Если эта певица приедет, её встретят так, что петь она больше не сможет.',
    'Bring eggs and something heavier to her concert.',
    'Hope your son comes back from the front in a box.',
    'Whoever leaked the answers should be found and have their hands broken.',
    'Я твою фамилию уже пробил. Завтра твоему работодателю придут скрины.',
    "Go to her Instagram and let her know what we think. Don't stop till she deletes her account.",
  ])('holds %s', (body) => {
    const v = verdict(body);
    expect(v.decision).toBe('hold');
    expect(v.signals.some((s) => s.rule === 'threat' || s.rule === 'doxxing')).toBe(true);
  });

  it.each([
    'The cold is the weapon. The missiles just switch it on.',
    'Ukraine must not be pressured into a bad deal just because it is winter.',
    'War criminals should be tried in The Hague.',
    'We need to take out the trash before the blackout.',
    'My cousin works at a hospital and lives in Lviv.',
    'I hope the missiles stop before Christmas.',
    'Drive carefully tonight, the roads near Kyiv are icy.',
    'The missile hit the building next to ours; the third floor collapsed.',
    'Ukraine should get a drone factory in every region.',
    'Pensioners may freeze to death without heating, doctors warn.',
    'I hope all the crews get home safely.',
    'The committee will hang the portraits in the hall.',
    'A drone flew through their window, the report says; the family survived.',
    'It would be a shame if the talks failed again.',
    'Think before you write to your MP, and then write anyway.',
    'I know your family must be worried. Stay safe.',
    'Europe would shoot itself in the foot.',
    'Nobody knows where the talks will go next.',
    'Надо сжечь старые дрова, треба палити в печі.',
    'The striker broke his leg in the second half.',
    'We know which hotel the team is staying at: the Premier Palace.',
    'I have a gun licence and nothing to hide.',
    'Надо голосовать ногами и кулаками не махать.',
    'Я уже знаю ответ, увидимся завтра.',
    'Ми вже знаємо, хто переміг, побачимось на параді.',
    'Enjoy your stay in Lviv, the hotel is lovely.',
    'Щоб ти знав, я теж замерз учора.',
    'Soldiers who end up in a ditch deserve medals, not silence.',
    'Протестувальники зібралися біля його офісу, і це їхнє право.',
    'Жаль, если переговоры сорвутся.',
    'Я за вами не слежу, но статья хорошая.',
    'Хто знає, де працює цей бюро перекладів? Треба документи.',
    'The car ran him over at the crossing, police said.',
    'The injured fan left in an ambulance after the match.',
    'Я б купив генератор, якби були гроші.',
    'Стримеры теперь работают с охраной, пишет издание.',
  ])('publishes violent imagery and ordinary talk: %s', (body) => {
    expect(verdict(body).decision).toBe('publish');
  });
});

describe('more kinds of threat', () => {
  it.each([
    // Wishes of death and injury.
    'I hope he gets shanked in his first week inside.',
    'Щоб він здох у тій камері.',
    'Do everyone a favour and drown yourself in the river.',
    'Burn down city hall with all of them inside.',
    // Counting days, watching, waiting.
    'Lysenko, ty ne dozhivyosh do apellyatsii.',
    "I've been watching you leave the dorm every morning at 7:40.",
    'We know your route from the courthouse to the metro. Enjoy your walks while you can.',
    "See you after the hearing, counsellor. We'll be waiting by the side exit.",
    'Бачимо тебе щоранку біля суду, Бондар.',
    // Conditional, and a visit home.
    "If he walks free on appeal, I swear I'll finish what his car started.",
    'Yakshcho mer ne pide u vidstavku, my pryjdemo do noho dodomu.',
    // Cars, and harassment campaigns.
    'Suddi varto zazyraty pid mashynu, pered tym yak zavodyty.',
    'Let’s call the clinic every hour until they fire her too.',
    'Давайте завалимо директ журналістки, всі разом сьогодні.',
    // Children on their way to school.
    'Teacher Olena, your daughter walks home alone past the garages every day at 3.',
    'Ya znayu, v kakoy shkole uchitsya tvoy syn.',
    // Broken bones, staying in at night, campaigns and veiled shames.
    'Этому судье надо переломать руки, чтобы больше свисток не держал.',
    'Боксёру этому лучше не выходить вечером из дома. Ребята уже в курсе, где он живёт.',
    'Давайте всі напишемо їй у директ, кожен день.',
    'Your kids are at the British school in Pechersk. Would be a shame if the ultras turned up at the gate.',
  ])('holds %s', (body) => {
    expect(verdict(body).decision).toBe('hold');
  });

  it.each([
    'I hope the bill dies in committee.',
    'Щоб ти був здоровий і щасливий.',
    'The veterans want jobs, working ramps and a doctor who listens.',
    'We will be waiting for the results of the appeal.',
    'My daughter walks home alone now that she is twelve, and I worry.',
    'Accidents happen on that road because nobody fixed the lights.',
    'Краще не виходити з дому під час тривоги, кажуть рятувальники.',
    'Tag his sponsors in a complaint to the federation, that is how it works.',
  ])('publishes %s', (body) => {
    expect(verdict(body).decision).toBe('publish');
  });
});

describe('threats quoted to condemn them', () => {
  it.each([
    'Хтось вище написав «треба спалити його хату». Це заклик до злочину, я поскаржився модераторам.',
    'Кто-то выше пишет «найдём и закопаем». Ребята, так нельзя, это уголовная статья.',
  ])('publishes %s', (body) => {
    expect(verdict(body).decision).toBe('publish');
  });

  it('still holds the threat said, or quoted with no condemnation', () => {
    expect(verdict('Найдём и закопаем, так и знай.').decision).toBe('hold');
    expect(verdict('«Найдём и закопаем», понял?').decision).toBe('hold');
  });
});

describe('doxxing named, and threats quoted in a report', () => {
  it.each([
    "Please don't post his address here. Doxxing helps no one and could get an innocent relative hurt.",
    "Quoting the DM she got: 'I know where your kids go to school.' That's criminal, and whoever sent it should be prosecuted.",
  ])('publishes %s', (body) => {
    expect(verdict(body).decision).toBe('publish');
  });

  it.each(["Let's dox him, he deserves it", 'dox this clown'])('holds %s', (body) => {
    expect(verdict(body).decision).toBe('hold');
  });
});

describe('veiled threats, stalking and calls in the imperative', () => {
  it.each([
    // A harm in the imperative opening a sentence, and the imperative of arson in Ukrainian.
    'Torch their office tonight, nobody will miss it.',
    'They lied about the tariffs. Kill them all.',
    'Спаліть їхній офіс, поки вони там сидять.',
    // Two veiled cues together, or one aimed at a family or a car.
    'Keep writing about us. Accidents happen in dark stairwells.',
    "Your wife won't make it to spring if you keep publishing this.",
    'Депутатові краще не виходити з дому ввечері. Люди все пам’ятають.',
    'Твоя машина ночує у дворі без нагляду, ти ж знаєш?',
    // Waiting, broken bones, following around the site.
    'I will wait for you by the stadium gate on Saturday.',
    "I'll break both your arms, mark my words.",
    "I'll follow you to every thread you post in.",
    // Transliterated Russian: already a corpse, we will find you.
    'Ty uzhe trup, zapomni.',
    'My vas naydem, ne somnevaysya.',
    // Two clues to where someone is, and a call to act on them.
    'Coordinates of his flat: block 4, ground floor. Do what needs to be done.',
  ])('holds %s', (body) => {
    expect(verdict(body).decision).toBe('hold');
  });

  it.each([
    'Protesters tried to burn down the office on Friday, police said.',
    'Kill the lights after 11 to save power. Kill this bill before it passes.',
    "Many families won't make it through the winter without heating.",
    'Keep writing, Olena, this series is excellent.',
    'Не залишайте машину без нагляду на ніч, кажуть у поліції.',
    'The flat on the top floor of block 7 was hit; the coordinates were posted by the air force.',
    // A court report quoting the threat it convicted.
    'He was sentenced to two years for messages like "I will find you and kill you".',
    'Суд засудив його за погрози: він писав їй «ми тебе знайдемо».',
  ])('publishes %s', (body) => {
    expect(verdict(body).decision).toBe('publish');
  });
});

describe('the sixth round: warnings, surveillance, death wishes, group violence, doxxing calls', () => {
  it.each([
    // A warning beside surveillance of the person, their family or their routine.
    'Mind your back, pal. I know exactly which gym you use.',
    'We followed you home last week. Sleep well.',
    'I have been waiting outside your shop every evening. You looked nervous yesterday.',
    "It would be a real pity if that nice little house you've got caught fire.",
    'Будь осторожна, когда выходишь с работы вечером. Это дружеский совет.',
    'Ми вже знаємо, о котрій ти виходиш з офісу. Ходи обережно.',
    'Каждую ночь смотрю, как у тебя загорается свет.',
    // A consequence foretold, with a second cue.
    'Ещё раз напишешь такое — найдут тебя в лесу.',
    "Carry on digging, and you'll end up in the river yourself.",
    'If I were you I would drop it. Not everyone stays healthy around here.',
    'Їдь з міста, поки можеш. Це останнє попередження.',
    // Phrases that are threats on their own.
    'Будеш зуби з асфальту збирати, якщо ще раз сюди напишеш.',
    'Не замовкнеш — поїдеш до лікарні.',
    'Цьому судді довго не жити.',
    'Лучше бы ему не доехать до заседания.',
    'Грабли, вилы: выгнать бы их. Бензин я привезу.',
    'Some bricks through their windows would sort them out.',
    'Tonight we drive them out with bats and pitchforks.',
    // A wish or a call, then harm.
    'I hope the flood finishes him off.',
    'Every one of those councillors should be left to rot in the fire... left to burn.',
    'Всех предателей нужно к стенке.',
    'Такі заслуговують на кулю.',
    'Хай спалять їхні квартири, тоді зрозуміють.',
    // A warning signed off as information, or put as what the speaker would do in their place.
    'Такі, як ти, довго не живуть. Просто попереджаю.',
    "He has cousins in town. If I were her I'd be looking over my shoulder.",
    'Заблокуєш мене — приїду особисто, і додому ти вже не повернешся.',
  ])('holds %s as a threat', (body) => {
    expect(rules(body)).toContain('threat');
  });

  it.each([
    'Here is a photo and address of the judge. Deal with her.',
    'Ось фото і адреса цього депутата. Розберіться з ним.',
    'Вот его машина и номер машины. Действуйте.',
    'She teaches at the lyceum and lives on Green Street. Let her know how you feel.',
  ])('holds %s as doxxing', (body) => {
    expect(rules(body)).toContain('doxxing');
  });

  it.each([
    'Stay safe out there, everyone. Stay safe.',
    "I'm not complaining, just saying the grant covered a fifth of the cost. Four of us stayed behind.",
    'Looking over my shoulder at the old photos, I miss Kharkiv.',
    'My nan keeps digging the garden at 90. Sleep well, all.',
    'Every comment here saying "burn his house" helps his lawyers. Stop it.',
    'The striker was left to rot on the bench all season.',
    "According to her testimony, he told her 'I'll kill you if you talk'. The jury is out.",
    'The councillor got a letter saying "we know where your children sleep". Whoever wrote it belongs in prison.',
    'Не психуйте раньше времени, отзыв касается только двух партий.',
    'Treba vsih poperedyty pro zminu grafika.',
    'Лично я считаю, что мэр живёт на Лесной уже лет десять, и это не секрет.',
  ])('publishes %s', (body) => {
    expect(verdict(body).decision).toBe('publish');
  });
});

describe('the seventh round: disguised words inside phrases, jokes disclaimed, property and children', () => {
  it.each([
    // A disguised word completes a phrase around it (each is a threat written plainly).
    'Мы тебя у6ьём, если ещё раз сюда придёшь.',
    'Ми тебе знaйдемо, чуєш?',
    'We will ki11 you and your mates.',
    'Уб*ю тебя, как только увижу.',
    'k1ll y0urself already',
    // The first person's harm with the pronoun dropped, or bones named.
    'Прибью тебя, только попадись.',
    'Заріжу кожного, хто це підписав.',
    'Зубы повыбиваю, понял?',
    'Тобі ребра переламати, чи сам заткнешся?',
    'Тебя вынесут отсюда, обещаю.',
    'Будем бить морды всем, кто придёт.',
    'Спалимо його будинок, якщо не піде.',
    'Пусть твой магазин сгорит вместе с товаром.',
    'Someone should put a bullet through his window, see if he listens then.',
    "If the police won't, we'll hand out the punishment ourselves.",
    "We'll teach him a lesson he won't forget.",
    'Lock the doors and torch it with whoever is still inside.',
    // A call or wish, then harm.
    'People like that deserve to be doused and left there.',
    'Someone should shoot the mayor.',
    'Их надо в лес вывезти, и всё.',
    'Grab some petrol. Tonight we go to his office.',
    "Break his kneecaps and he'll stop singing.",
    // Intimidation with a target or a second cue.
    'Шучу, конечно. Но на твоём месте я бы поменял замки.',
    "That pretty face of yours won't stay pretty if you keep posting.",
    'Keep posting and see what happens to your car.',
    'Продолжай писать — узнаешь, что бывает с такими.',
    'Було б дуже шкода, якби з твоєю машиною щось сталося.',
    "Be a shame to see your kids' school on the news.",
    'Твоя дача деревянная, правда? Гарно горітиме.',
    'Твоя тачка во дворе целой не простоит.',
    'Я бы проверил тормоза у твоей машины, шутка конечно.',
    'Видел, как ты забираешь дочку. Милая девочка.',
    'I know your son plays football on Saturdays. Think about that before your next column.',
    "Your wife's car was only the beginning.",
    'Твої вікна наступні.',
    'Спички есть у каждого. Твоя квартира на первом этаже.',
    'Ты от меня не отвяжешься, буду писать тебе каждый день.',
    "Block me again. I'll make another account, and I'll be at the office on Friday.",
    'Спи с открытыми глазами, твой адрес я знаю.',
    'Вычислим, приедем и поговорим по-другому.',
    'Ждём тебя у подъезда. Ходи обережно.',
    'Обережно переходь дорогу. Водії бувають неуважні.',
    'Гори в аду. Могу помочь с этим.',
    'Find out where he parks. I will pay for the petrol.',
  ])('holds %s as a threat', (body) => {
    expect(rules(body)).toContain('threat');
  });

  it.each([
    'Ось адреса цього судді: вул. Садова, 5, кв. 12. Хлопці, навідайтеся до нього.',
    'Викладіть адресу цієї чиновниці, люди самі розберуться.',
    'Her real name is Dana Kovač and she works at the bakery on Mill Street. Let the neighbours sort her out.',
  ])('holds %s as doxxing', (body) => {
    expect(rules(body)).toContain('doxxing');
  });

  it.each([
    // Reported: a note received, a sentence quoted, a moderator asked.
    "My neighbour got a note saying 'we know where you live'. She told the police.",
    'Суд дал ему три года. В приговоре приведены его слова: «я тебя найду».',
    "The court heard that the accused wrote 'I will kill you' forty times.",
    "Mods, can you remove the bot above offering 'easy money from home'?",
    // Ordinary words the new cues are made of.
    'Шутка, конечно, но мне понравилось.',
    'Keep talking to your kids about online safety, and see what happens: they open up.',
    'Темнеет уже в пять, а фонарей на нашей улице нет.',
    'Видел, как ты играл в субботу, молодец.',
    'My nephew knows every promo code going. Betting ads are everywhere.',
    'Вчера тут было по десять «займов без отказа» под каждой статьёй, спасибо, что чистите спам.',
    'The first warning came from the referee in the tenth minute.',
    'Спички есть у каждого туриста в рюкзаке.',
  ])('publishes %s', (body) => {
    expect(verdict(body).decision).toBe('publish');
  });
});

describe('the eighth round: routines told back, persistence, advice that is not advice, the object first', () => {
  it.each([
    // A routine told back to its owner, with a sign-off.
    'Ты каждый вечер выходишь из спортзала в девять. Я всё вижу.',
    'Щодня ти гуляєш з собакою біля річки. Подумай про це.',
    'You park on Mill Lane every morning, same spot. We are watching.',
    'Знаем, где учится твой сын. Передай ему привет.',
    // Persistence after a block.
    'Blocked again? This is account number four. I will be at your office too.',
    'Це мій п’ятий акаунт. Ти не сховаєшся.',
    'Вернусь с новым аккаунтом, буду писать тебе, пока не ответишь.',
    'I sent your boss every post. This is just the beginning.',
    // Advice that is not advice, a shame foretold.
    'Не угрожаю, просто советую: смени маршрут.',
    'Не раджу тобі виходити ввечері. Просто порада.',
    'Я бы на месте журналиста поберёг детей.',
    'Be a shame if your dog never came home.',
    'Shame if that shop of yours caught fire one night.',
    'Not a threat, but people like him tend to slip on the stairs.',
    'Friendly advice: hire a bodyguard, we know where his house is.',
    'Всякое бывает с теми, кто много пишет. Проверь проводку.',
    'Твій кіт поки що гуляє.',
    'Твоїм дітям пощастить, якщо доживуть до весни.',
    'Пляшка з бензином долетить до твої вікна.',
    'Жартую, звісно, але якби хтось спалив його дачу, я б не плакав.',
    'Ще раз підійдеш — без попереджень.',
    // Harm with the object first, acid, idioms of a beating.
    'Судді треба машину спалити.',
    'Такому надо ломать руки.',
    'Её надо облить кислотой.',
    'Мэра треба відлупцювати.',
    'Хай тобі в хату прилетить.',
    'Hope whoever wrote this freezes to death.',
    'Someone should shoot that judge.',
    'Так поб’ємо, що мама рідна не впізнає.',
    'Кровью харкать будешь.',
    "You're getting your teeth knocked in.",
    'Додому цілим не доїде.',
    // A disguised 1 read as и.
    'Таких треба вб1вати.',
    // A call to bring what a lynching needs, in a sentence of its own.
    'We deal with him ourselves. Bring a rope.',
  ])('holds %s as a threat', (body) => {
    expect(rules(body)).toContain('threat');
  });

  it.each([
    'Автор живе на Шевченка, 10. Треба провідати.',
    'He lives on Oak Road and drives a blue van. Do what you want with that.',
    'Вот его телефон: +380 67 123 45 67. Пусть каждый позвонит.',
  ])('holds %s as doxxing', (body) => {
    expect(rules(body)).toContain('doxxing');
  });

  it.each([
    // Quoted speech, and who said it.
    'В сериале герой говорит: «Я тебя найду». Отличная сцена.',
    'In the film the villain says "I will find you". Classic.',
    'Тренер сказав, що треба «вбити» гру. Вбили: 3:0.',
    'Мені написали «жди гостей». Заяву в поліцію вже подала.',
    // A sentence ends between a call and a word of harm.
    'Треба щось робити. Вбили ж людину на переході!',
    // Ordinary words the new cues are made of.
    'Каждое утро ты идёшь на работу мимо парка? Там открыли кафе.',
    'Our dog never came home after the storm; the shelter found him a week later.',
    'Payday loans were capped in 2015, and rightly so.',
    'Як розпізнати фейкові сайти-клони: ukrnews-today.top — не наш сайт.',
    'Вернулся с новым аккаунтом, старый взломали.',
    'Bring some bats and gloves for the cricket on Sunday.',
    // Common words that are no cue, alone or two together.
    'Noted, thanks. Just kidding about the pizza, think about it.',
    'Your dog is adorable. Just kidding, I love cats. Think about it.',
    'The show caught fire in season two. First warning sign was the ratings.',
    'Спасибо за статью, спокойной ночи. Я все вижу теперь иначе.',
    'Убью за такую пиццу!',
  ])('publishes %s', (body) => {
    expect(verdict(body).decision).toBe('publish');
  });
});

describe('disguised words in phrases, after review', () => {
  it.each([
    // Every place of a repeated disguised word is read with its neighbours.
    'I will k1ll the bugs in this code first. Then k1ll yourself',
    // Harmless disguised words before it do not use up the readings.
    'h*ll0 w*rld g*0d d*y n1ce w0rk gr8 st*ff. k1ll yourself',
    // Its neighbours are read as the normaliser reads them.
    'k1ll yourselfff',
    'I will k1ll youuuu',
    'k1ll y o u r s e l f',
    'я тебяяя у6ью',
  ])('holds %s as a threat', (body) => {
    expect(rules(body)).toContain('threat');
  });
});

describe('the eleventh round: self-harm told to many, weapons brought, wishes of accidents', () => {
  it.each([
    'Hope the ref gets st@bbed in the car park. Would make my season.',
    'Ima k!ll that ref on sight fr 🔪',
    'Вбий себе, нікому ти не потрібен, клоун.',
    'Повісьтеся, всі 27 зрадників, світ стане теплішим.',
    'Пусть кто-нибудь уже пристрелит этого арбитра, все только спасибо скажут.',
    'Судді треба голову відірвати, щоб більше не свистів.',
    'Таким, как ты, шею свернуть мало.',
    'Хорошо было бы, если бы у него тормоза отказали по дороге домой.',
    'Мэру бы кирпич на голову, случайно так.',
    'Поджечь бы им всем дачи, пусть тоже помёрзнут.',
    'Суддю — на ліхтар. Там йому і місце.',
    'Гореть тебе в машине, Марченко. Бензин уже купили.',
    'Слышь, журналистка, ходи теперь и оглядывайся.',
    'Ти, медсестро, ще пожалкуєш, що це написала.',
    'Next derby we are bringing bats, not flags. Tell the ref to say goodbye to his knees.',
    'If I ever meet the guy who wrote this article he had better have good dental insurance.',
    "If the refunds aren't out by Friday I'm bringing a can of petrol to their Kyiv office.",
    'Liquidate the founders. Line them up against a wall.',
    'I will come to your office and you will not walk out of there alive.',
  ])('holds %s', (body) => {
    expect(rules(body)).toContain('threat');
  });

  it.each([
    "We're going to get hit by another blackout tonight.",
    "I'm coming to the council meeting with a petition and a can of paint.",
    // ("I hope the ref gets a better view next time" was here: the threats model trained on 67 sets holds it.)
    'I hope the referee gets it right next time.',
    'Таким, как ты, надо помогать.',
    'Хорошо было бы, если бы тормоза у автобусов проверяли чаще.',
    'Line them up and vote them out, every single one.',
    "We're bringing flags and scarves, not bats.",
    'Рятувальники впевнені: дітей знайдуть у лісі живими.',
    // Found by review: idioms, warnings, reports and picnics.
    'Таким чином окупанти вбили трьох цивільних у Херсоні.',
    'С таким гололёдом можно шею свернуть.',
    'Осторожно на дорогах, не убейтесь на гололёде!',
    'Журналисты прижали мэра к стенке вопросами про бюджет.',
    'Потом ему найдут в багажнике патроны, как обычно.',
    'We are bringing knives, forks and paper plates to the picnic.',
    "I'm bringing a knife to cut the cake, someone else bring plates.",
    'Imma die laughing 😂',
    'Years on artificial turf: say goodbye to your knees.',
    'Было бы хорошо узнать, почему тормоза отказали у маршрутки.',
    'Всех заложников боевики грозились застрелить.',
    "If the mine floods they won't walk out of there alive.",
    'Не пожалеете, что написали жалобу — ответили быстро.',
  ])('publishes %s', (body) => {
    expect(verdict(body).decision).toBe('publish');
  });
});

describe('the twelfth round: home addresses, accidents wished, translit threats', () => {
  it.each([
    [
      'Maksym lives on Sadova 14, flat 9, 3rd floor. Buzzer’s broken 😉',
      `"Sadova 14, flat 9" is someone's home address`,
    ],
    [
      'Адрес её мамы: Одесса, ул. Пушкинская 31, кв. 12. Пусть знает.',
      `"Пушкинская 31, кв. 12" is someone's home address`,
    ],
    [
      'The founder lives at 14 Marina Heights, apt 22, Limassol.',
      `"14 Marina Heights, apt 22" is someone's home address`,
    ],
  ])('holds %s as doxxing', (body, detail) => {
    expect(verdict(body).signals).toContainEqual({ rule: 'doxxing', action: 'hold', detail });
  });

  it.each([
    'I hope someone pushes you off the platform at Khreshchatyk.',
    'Ya znayu gde ty zhivesh. Skoro vstretimsya, geroy interneta.',
    'ya tebe znaidu i vyrizhu yazyk, shchob bilshe ne pysav',
    'Збираємось завтра о 18:00 біля депо. Беріть арматуру, поговоримо з водієм.',
    "Alina, if you show up at the Lviv concert, you won't leave it walking.",
    'Everyone who voted for Denys deserves to have their house burned down.',
    'I hope her plane goes down on the way to the final',
    'The only good deputy is a dead deputy.',
    'Этих ТЦКшников надо вылавливать по одному и ломать им ноги.',
    'Жаль, что вода не накрыла тебя с головой.',
  ])('holds %s as a threat', (body) => {
    expect(rules(body)).toContain('threat');
  });

  it.each([
    'In May 2019, flat 9 was flooded and nobody came.',
    'Our building at Lesi Ukrainky 12 has flat 5 empty since the strike.',
    'I got burned by this company twice, never again.',
    'Pay attention: the plane goes down to 3,000 metres before landing in Lviv.',
    'Жаль, что вода не дошла до нашего района, поля сухие.',
    'Візьміть біти й м’ячі, у суботу турнір з бейсболу для дітей.',
    // Found by review: addresses posted on purpose, burnout, idioms, crash reports, water cuts.
    'Пункт збору для ЗСУ: Шевченка 12, кв. 4, приносьте теплі речі.',
    'Прилет в Пушкинская 31, кв. 12, квартира выгорела полностью.',
    'Sadova 14, flat 9 has had no heating for a week.',
    'ВВП 2 кв. 2024 виріс на 3%.',
    'Nurses must be burned out after three years of war.',
    'The pepper skins should be burnt black over the flame.',
    "Let's not throw them under the bus, they did their best.",
    "We'll push them off the top spot if we beat Dynamo.",
    'I hope they find the cause of the plane crash quickly.',
    'Беріть каністри, вода буде тільки з 18:00.',
    'Accidents happen to people who text while driving.',
    'Do everyone a favour and switch off the boiler during peak hours.',
    'Надо повесить на ближайшем столбе объявление о пропавшей собаке.',
    'Почитай новости, узнаешь что бывает с теми, кто пьёт за рулём.',
    'Шкода що ракета не влучила в Кримський міст.',
    'The only good one is a dead cert at Cheltenham.',
  ])('publishes %s', (body) => {
    expect(verdict(body).decision).toBe('publish');
  });
});

describe('the thirteenth round: fires with people inside, broken fingers, finding everyone', () => {
  it.each([
    'Burn the restaurant down with the owner inside. Problem solved.',
    "If that runway gets built I'll burn the terminal down myself, with the contractors inside.",
    'Ещё одна такая статья — и журналисту переломают пальцы.',
    "Наступного разу, як принесеш мені холодну піцу, ти з мого під'їзду не вийдеш.",
    "sdokhni, tvar', vmeste so svoim aeroportom",
    'Ya tobi holovu vidirvu, yakshcho shche raz napyshesh.',
    'Бажаю тобі задихнутися в тому диму.',
    'Тобі б хату спалити, тоді б зрозумів, як воно.',
    'Поджигателей найти и расстрелять на месте, без всякого суда.',
    'Every pilot who lands on that runway deserves to crash into the sea.',
    'Line them all up, dean, coach and donor, and shoot them.',
    'Сподіваюся, тебе переїде маршрутка, зраднику.',
    'I hope her plane goes down on the way to the hearing.',
  ])('holds %s', (body) => {
    expect(rules(body)).toContain('threat');
  });

  it.each([
    'Кажуть, до нього доберемося тільки через суд.',
    'Just saying, the mayor lives in Kyiv and works at the council.',
    'We will burn the old ballots, as the law says.',
    'It would be a tragedy if this hospital closed.',
    'Бажаю тобі не задихнутися в цьому смозі, бережи себе.',
    'Люди стоять у черзі з каністрами за водою.',
    // Found by review: slogans, rescues, ice, roads, concerts, sport, storms, dogs.
    'Doctors say the victim may never walk again after the crash.',
    'Ми знайдемо кожного зниклого безвісти, заявив омбудсман.',
    'Село отрезано, но волонтёры говорят: мы до него доберёмся к утру.',
    'Уберите лёд у подъезда, пенсионеры сломают ноги!',
    'Надо закатать в асфальт эту грунтовку к школе.',
    'Ему бы в огонь бросать дрова, а не сидеть в Раде.',
    "Great gig last night! I'll be looking for you at the next one, Jess.",
    "Ouch, that save. Hope he didn't break his fingers.",
    "Storm Ciarán: let's hope no plane goes down at Gatwick tonight.",
    'Dogs should be tied to a post outside the shop.',
    'Депутат живёт в Испании, а работает в Раде. Думайте сами.',
    'The plate was caught on camera. If you see the car, call the police in person.',
  ])('publishes %s', (body) => {
    expect(verdict(body).decision).toBe('publish');
  });
});

describe('the fourteenth round: what we will break, poison slipped in, unalive', () => {
  it.each([
    'Знайдемо цього прикордонника і поламаємо йому руки, щоб більше паспорти не виривав.',
    'Повеситься тебе пора, клоун.',
    'Бажаю тобі потрапити під колеса разом зі своїм велосипедом.',
    "I hope someone slips rat poison into that guard's coffee.",
    'Someone should unalive the CEO, for the greater good.',
  ])('holds %s', (body) => {
    expect(rules(body)).toContain('threat');
  });

  it.each([
    'The new brakes cut the stopping distance by a third.',
    'Ми поламаємо їм плани, а не руки: голосуйте в неділю.',
    'Я прийду до тебе додому на чай у неділю, мамо.',
    'I hope the bus hits its timetable this winter.',
    'Пожарные пришли вовремя: никого не пришлось скормить огню, все живы.',
    // Found by review: places asked after, war news, repairs, pets, family visits, sport, notices.
    'Do you know which pharmacy you can get insulin at on Sunday?',
    "I hope the train to Kharkiv doesn't get shelled again this week.",
    'Спалимо їм ще пару складів, дякую ЗСУ.',
    'Cut the brake cables to length before fitting the new housing.',
    "I'll probably get doored one day riding on that street.",
    'Остатки мяса надо скормить собакам из приюта.',
    'Оголошення треба повісити на дереві біля школи.',
    'Мамо, прийдемо до тебе додому на Великдень, спечемо паску.',
    'Кот пожалеет, что родился котом, когда увидит ветеринара.',
    'Надо было дать по голове тому, кто придумал эти пробки.',
    'I know which car is yours, it’s the one parked across two spaces.',
    "Let's not burn city hall down over a parking fee.",
    'Надо наградить волонтеров вместе с теми кто помогал на переправе.',
    'Kids must be kept away, the roller flattens you if you get in its way.',
    'We should put rat poison in the basement before winter.',
  ])('publishes %s', (body) => {
    expect(verdict(body).decision).toBe('publish');
  });
});

describe('the sixteenth round: bats not banners, translit finding, the next person', () => {
  it.each([
    'tebe znaidut, pobachysh. i tvoyu mamu tezh',
    "i will k1ll the next person who tells me to 'trust the process'",
    'Go drink a bottle of antifreeze, you bribe-loving clown.',
    'Tomorrow 10:00, city hall. Bring bats, not banners.',
  ])('holds %s', (body) => {
    expect(rules(body)).toContain('threat');
  });

  it.each([
    'Bring bats and gloves for the cricket on Sunday.',
    'Скоро переломают все старые заборы, будет новый парк.',
    "Don't drink antifreeze, it is sweet and it kills dogs.",
    // Found by review: wars to lose, bats in the news and in C, moving house, questions, ice, lights.
    'Russia must lose this war before more Ukrainians are killed.',
    'На активистов напали неизвестные с битами.',
    'Операции с битами в C делаются через маски.',
    'Переехать бы всех пенсионеров из прифронтовых сёл в нормальное жильё.',
    'Did someone blow up the Nord Stream pipeline or not? We still don’t know.',
    'На такому льоду люди скоро поламають ноги.',
    'Got the fairy lights, time to string them up along the fence.',
    'I hope he doesn’t lose his hand after that firework accident.',
    'Pets go drink antifreeze from puddles because it tastes sweet, keep it locked away.',
    "They're gonna shoot the next one in Belfast, the director said.",
    'Take a break from social media, nobody would notice if you disappeared for a month.',
  ])('publishes %s', (body) => {
    expect(verdict(body).decision).toBe('publish');
  });
});
