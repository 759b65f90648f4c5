import { kindLinkHint, kindMessenger, kindMoney, kindPromo, kindSpam, kindSpamWeak } from '../kinds.ts';
import type { PhraseGroup } from './types.ts';

/**
 * Commercial spam, English, Russian and Ukrainian. `kindSpam` phrases hold on their own
 * (nobody writes "online casino" or "бинарные опционы" in a news comment except to sell);
 * weaker words ("earn", "wholesale", "crypto") hold only in company: with each other, a
 * link, a price, a phone number or a messenger handle.
 */
export const spamPhrases: readonly PhraseGroup[] = [
  {
    kind: kindSpam,
    specs: [
      '(online casino|casino online|casino bonus|free spins|deposit bonus|welcome bonus|no deposit bonus|bonus code|promo code|betting tips|sure bets)',
      'casino(|s)',
      '(слоты|слотов|слоти|слотів|фриспины|фриспинов|фріспіни|фріспінів|казино|казіно)',
      '(just listed|early holders|ca in my bio|ca in bio|contract address in)',
      '(contract in bio|contract in my bio|trc20|erc20|bep20|verified profiles|mail order brides)',
      '(lonely|single|beautiful|hot) (ukrainian|russian|slavic) (women|girls|brides|ladies)',
      'url http+',
      '(link in bio|link in my bio|link in profile|link in my profile|check my profile|check out my profile|посилання в профілі|посилання в біо|ссылка в профиле|ссылка в био)',
      '(познакомлюсь|познайомлюсь) (с|з) (щедрым|щедрим|состоятельным|богатым|мужчиной|чоловіком)',
      '(ищу|шукаю) (щедрого|состоятельного|багатого) (мужчину|чоловіка|спонсора)',
      '(продам|продаю|продаємо|продаем) (довідки|довідку|справки|справку|відстрочку|отсрочку|дипломи|дипломы)',
      '(no interview|no interviews|без співбесіди|без собеседования)',
      '(eth|btc|bitcoin|crypto|usdt|ethereum|solana|sol|xrp|doge) (giveaway|airdrop|doubler|doubling)',
      'double your (bitcoin|crypto|money|investment|eth|btc)',
      '(binary options|forex signals|trading signals|crypto signals|pump signals|investment opportunity|guaranteed (profit|profits|returns|income))',
      '(earn money online|make money online|make money from home|earn from home|earn online|earn daily|no experience (needed|required|necessary))',
      '(seo (services|service|package|backlinks|agency)|backlink|backlinks|buy followers|buy likes|buy subscribers|guest post(|s) for sale)',
      '(viagra|cialis|levitra|kamagra|tramadol|xanax|oxycodone)',
      '(cheap pills|pills online|per pill|online pharmacy|pharmacy online|without prescription|no prescription|weight loss pills|diet pills)',
      '(replica|replicas|fake|luxury) (watches|watch|bags|rolex|handbags)',
      '(rolex|omega|cartier) replica(|s)',
      '(adult dating|hot singles|meet singles|sexy singles|hookup site|hook up tonight|sex dating|sex chat|escort service|escorts)',
      '(free robux|robux generator|free v bucks|v bucks generator|free vbucks|vbucks|no survey|no human verification)',
      '(hack recovery|recovery expert|funds recovery|recover (my|your) (lost|stolen) (crypto|bitcoin|funds|money)|recovered my (lost|stolen) (crypto|bitcoin|funds|money))',
      '(payday loan|payday loans|instant loan|instant loans|fast loan|loan online)',
      // Russian.
      'подработк+',
      '(заработок|заработать|зарабатывай|зарабатывайте) (в интернете|онлайн|без вложений|на дому|не выходя из дома)',
      '(бинарные опционы|бинарных опционов|сигналы для трейдинга|казино|онлайн казино|фриспины|бонус за регистрацию|ставки на спорт|букмекер)',
      '(знакомства для взрослых|интим знакомства|интим услуги|проститутки|индивидуалки|эскорт)',
      '(закладки|закладка|купить диплом|займ онлайн|кредит онлайн|без вложений|без опыта работы)',
      '(девушки|девочки|женщины|красотки) (твоего|вашего|твоего|из твоего|из вашего) (района|города|дома)',
      '(zarabotok|zarabotai|zarabotay|zarabotat) (ot|do|v|bez|online|onlain)',
      '(bez vlozheniy|bez vlozhenii|bez vlozheniya|bez vkladen|rabota na domu)',
      // Ukrainian.
      'підробіт+',
      '(заробіток|заробити|заробляй|заробляйте) (в інтернеті|онлайн|без вкладень|вдома|не виходячи з дому)',
      '(бінарні опціони|бінарних опціонів|онлайн казино|фріспіни|бонус за реєстрацію|ставки на спорт|знайомства для дорослих|інтим послуги|повії)',
      '(без вкладень|позика онлайн|кредит онлайн|купити диплом)',
      '(дівчата|дівчатка|жінки|красуні) (твого|вашого|з твого|з вашого) (району|міста|будинку)',
      '(бронювання|бронь|бронирование|броня) (від|от) (мобілізації|мобилизации)',
      '(зняття|снятие|зняти|снять) з (розшуку|розыска|обліку|учёта|учета) (під ключ|под ключ)',
    ],
  },
  {
    kind: kindSpamWeak,
    specs: [
      '(work from home|work at home|passive income|extra income|financial freedom|be your own boss)',
      '(earn|earning|earnings) (up to|from|over|extra)',
      '(buy now|order now|call now|shop now|click here|click the link|limited offer|limited time offer|best price|best prices|lowest price|wholesale|discount|discounts|special offer|free shipping|free trial)',
      '(giveaway|airdrop|presale|jackpot|bonus|bonuses|token|tokens|pump|to the moon|nft|nfts|memecoin)',
      '(seo|rankings|traffic to your|boost your|grow your)',
      '(replica|replicas|porn|onlyfans|nudes|dating|singles)',
      '(vpn|proxy)',
      '(uncle|aunt|cousin|neighbour|neighbor|mom|mum) (makes|made|earns|earned|is making)',
      '(working|work) (on|from) (his|her|my|their|your) (laptop|computer|phone)',
      '(go to|visit|open) this (site|website|link|page)',
      '(a|per) (month|day|week) (working|from home|online)',
      "(so lonely|i am lonely|i'm lonely|write me|message me|text me)",
      '(work|job|jobs|vacancy|vacancies) in (poland|germany|czechia|the czech republic|europe|the eu)',
      '(trading bot|ai trading|arbitrage bot|doubled his|doubled her|doubled my)',
      '(обмен валют|обмін валют|без комиссии|без комісії|курс выше|курс вищий)',
      '(вернул мне|вернула мне|повернув мені|повернула мені|повертає кошти|повертаємо кошти|возвращаем деньги|возвращаем средства|оплата тільки після результату|оплата только после результата)',
      '(generator|generators) (wholesale|for sale|cheap)',
      '(пассивный доход|подработка|акция|оптом|бесплатно|бонус|розыгрыш|выигрыш)',
      'скидк+',
      '(пасивний дохід|акція|оптом|безкоштовно|бонус|розіграш|виграш)',
      'знижк+',
      '(обучение бесплатно|навчання безкоштовно|жми на ссылку|переходи по ссылке|тисни на посилання)',
      '(ждут знакомства|ждут тебя|ждут встречи|чекають знайомства|чекають на тебе|хочут познакомиться|хочуть познайомитися)',
      '(під ключ|под ключ|легально і швидко|легально и быстро|оплата після результату|оплата после результата)',
      '(pishi|pishite|napishi|napishite|pyshy|pyshit) (v|u|na|mne|nam)',
    ],
  },
  {
    kind: kindMoney,
    specs: [
      '(earn|earns|earned|income|profit|profits|invest|investment|investing|crypto|bitcoin|btc|eth|usdt|usd|dollars|per day|a day|per week|per month|per hour)',
      '(доход|заработок|заработать|заработай|инвестиции|инвестиция|грн|гривен|руб|рублей|долларов|в день|в месяц|в неделю|в час|крипта|криптовалюта)',
      '(дохід|заробіток|заробити|заробляй|інвестиції|гривень|доларів|на день|на місяць|на тиждень|за годину|крипта|криптовалюта)',
    ],
  },
  {
    kind: kindMessenger,
    specs: [
      '(telegram|whatsapp|viber|wechat|signal app|discord server|snapchat|kik)',
      '(dm me|dm us|message me|text me|write me|write to me|contact me|contact us|contact them|reach me|reach out to)',
      '(телеграм|телеграмм|телеге|телеграме|тг|вотсап|ватсап|вайбер|вайбере)',
      '(пиши|пишите|напиши|напишите|пишіть|напишіть|в лс|в личку|в приват|наш канал|мой канал|наш телеграм|канал в телеграм)',
      '(telegu|telege|telegram|telegramm|tg|vaiber|viber|vatsap)',
    ],
  },
  {
    kind: kindPromo,
    specs: [
      '(i|we) (run|own|have|made|started|write) (a|my|our) (blog|site|website|channel|shop|store|company|business|page|podcast)',
      '(my|our) (blog|website|site|channel|shop|store|page|podcast|youtube|newsletter)',
      '(we at|here at|our company|our team at)',
      '(we wrote|i wrote|we made|we put together|i put together) (a|an|our|my)',
      '(our|my) (team|company|agency|experts|studio) (wrote|made|published|prepared|created)',
      '(hope it helps|hope this helps|might help|should help) your readers',
      '(только у нас|тільки у нас|тільки в нас|лише у нас|подписывайтесь на|подпишись на|підписуйтесь на|підпишись на|join our channel|subscribe to our)',
      '(check out|visit|follow|subscribe to|look at) (my|our)',
      '(might|may|could) be (useful|helpful|of interest) (for|to)',
      '(у нашому|в нашому|в нашем|у нашем|in our) (магазині|магазине|інтернет-магазині|интернет-магазине|shop|store)',
    ],
  },
  {
    kind: kindLinkHint,
    specs: [
      '(dot|dotcom|hxxp|hxxps|точка|крапка)',
      'at (gmail|yahoo|hotmail|outlook|proton|mail|yandex|ukr)',
    ],
  },
];
