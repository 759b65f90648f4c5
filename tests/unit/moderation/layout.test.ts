import { describe, expect, it } from 'vitest';
import { cyrillicLayoutForms, layoutReadings } from '../../../shared/moderation/layout.ts';

describe('keyboard layouts', () => {
  it('reads stretches typed on the Latin layout as the Russian letters of the same keys', () => {
    expect(layoutReadings('Ну и [eqyz! Это t,fyfz власть')).toEqual([
      { at: 5, end: 10, reading: 'хуйня' },
      { at: 16, end: 22, reading: 'ебаная' },
    ]);
  });

  it('tries a final comma or full stop both as a letter and as punctuation', () => {
    expect(layoutReadings(',kznm, опять').map((r) => r.reading)).toEqual(['блятьб', 'блять']);
  });

  it('leaves words without a letter-key symbol inside, and symbols without letters, alone', () => {
    expect(layoutReadings("plain words, don't [1] [citation] ;) ok,")).toEqual([]);
  });

  it('types English terms with the Russian and the Ukrainian layout', () => {
    expect(cyrillicLayoutForms('fuck')).toEqual(['агсл']);
    expect(cyrillicLayoutForms('shit')).toEqual(['ырше', 'ірше']);
    expect(cyrillicLayoutForms('хуй')).toEqual([]);
  });
});
