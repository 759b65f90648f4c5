import { describe, expect, it } from 'vitest';
import { verdict } from './helpers.ts';

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
    'Think before you write to your MP, and then write anyway.',
    'I know your family must be worried. Stay safe.',
    'Europe would shoot itself in the foot.',
    'Nobody knows where the talks will go next.',
    'Надо сжечь старые дрова, треба палити в печі.',
  ])('publishes violent imagery and ordinary talk: %s', (body) => {
    expect(verdict(body).decision).toBe('publish');
  });
});
