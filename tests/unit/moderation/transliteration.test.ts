import { describe, expect, it } from 'vitest';
import { cyrillicReadings } from '../../../shared/moderation/transliteration.ts';
import { rules, verdict } from './helpers.ts';

describe('Russian and Ukrainian in Latin letters', () => {
  it.each([
    ['tebya', 'тебя', 'тебя'],
    ['shchelepu', 'щелепу', 'щелепу'],
    ["vb'yu", 'вбью', "вб'ю"],
    ["til'ky", 'тилькы', 'тільки'],
    ['pryidu', 'прийду', 'прийду'],
    ['yiyi', 'йийи', 'її'],
    ["pid'yizdu", 'пидьйизду', "під'їзду"],
    ['naydu', 'найду', 'найду'],
    ['zlamaiu', 'зламаю', 'зламаю'],
    ['dobryy', 'добрый', 'добрий'],
    ['yoho', 'ёхо', 'його'],
    ['lyon', 'лён', 'льон'],
  ])('reads %s as %s in Russian and %s in Ukrainian', (latin, ru, uk) => {
    expect(cyrillicReadings(latin)).toEqual([ru, uk]);
  });

  it('reads only words of Latin letters', () => {
    expect(cyrillicReadings('тебе')).toBeNull();
    expect(cyrillicReadings('b2b')).toBeNull();
  });

  it.each([
    "Vb'yu tebe, shchoino pobachu.",
    'Ya tebya naydu, ponyal?',
    'My tebe znaydemo, zrozumiv?',
    'Tvoyu mashinu my uzhe nashli.',
    'Yoho pereyide tramvay, shcho zh.',
  ])('holds %s as a threat', (body) => {
    expect(rules(body)).toContain('threat');
  });

  it.each([
    'Dyakuyu tobi za stattyu, vse pravda.',
    'Ya tebya lyublyu, moya Ukraina.',
    'Uzhe nashla job v Polshe, ochen rada.',
    // English that shares letters with no marker is not read in Cyrillic.
    'Be sure to bring a yak to the parade, it is a tradition.',
  ])('publishes %s', (body) => {
    expect(verdict(body).decision).toBe('publish');
  });
});
