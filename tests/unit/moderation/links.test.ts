import { describe, expect, it } from 'vitest';
import { findLinks, undisguise } from '../../../shared/moderation/links.ts';
import { policy, rules, verdict } from './helpers.ts';

describe('links', () => {
  it('publishes one ordinary link', () => {
    expect(verdict('The BBC says so: https://www.bbc.com/news/articles/cx2r8v9l4q1o').decision).toBe(
      'publish',
    );
  });

  it('holds a comment with three links', () => {
    const v = verdict('see https://a.example.org and https://b.example.net and https://c.example.com');
    expect(v.signals).toContainEqual({
      rule: 'too_many_links',
      action: 'hold',
      detail: '3 links, at most 2',
    });
  });

  it('finds bare domains and messenger links', () => {
    expect(
      findLinks('join us: tinyurl.com/earn-daily-9 or t.me/podrabotka', false).map((l) => l.hostname),
    ).toEqual(['tinyurl.com', 't.me']);
  });

  it.each(['bit.ly/x', 'https://goo.su/free', 'clck.ru/3Hxyz7', 'https://t.co/abc', 'cutt.ly/q', 'is.gd/z'])(
    'holds a URL shortener: %s',
    (link) => {
      expect(rules(`look ${link} now`)).toContain('url_shortener');
    },
  );

  it('rejects a blocked domain and its subdomains, fixably', () => {
    const p = policy({ blockedDomains: ['evil.example'] });
    expect(verdict('go to https://evil.example/x', p).decision).toBe('reject');
    expect(verdict('go to https://www.shop.evil.example/x', p).signals[0]).toEqual({
      rule: 'blocked_domain',
      action: 'reject',
      detail: 'links to evil.example are not allowed',
    });
    expect(verdict('go to https://notevil.example/x', p).decision).toBe('publish');
  });

  it('never counts allowed domains as links', () => {
    const p = policy({ allowedDomains: ['bbc.com'], maxLinks: 0 });
    expect(verdict('https://www.bbc.com/a https://bbc.com/b', p).decision).toBe('publish');
    expect(rules('https://dw.com/a', p)).toEqual(['too_many_links']);
  });

  it.each([
    ['hxxps://vpn-best-free[.]app', 'https://vpn-best-free.app'],
    ['cheap-pills-online(dot)com', 'cheap-pills-online.com'],
    ['pump dot fun', 'pump.fun'],
    ['w w w . cheap-replica-watches . shop', 'www.cheap-replica-watches.shop'],
    ['recoverypro2026 at gmail dot com', 'recoverypro2026@gmail.com'],
  ])('undoes the disguise %s', (text, plain) => {
    expect(undisguise(text)).toBe(plain);
  });

  it('holds disguised links always', () => {
    expect(rules('visit cheap-pills-online(dot)com')).toContain('obfuscated_link');
    expect(rules('Buy on pump dot fun before')).toContain('obfuscated_link');
  });

  it('does not read "dot" in prose as a link', () => {
    expect(verdict('Connect the dot com bubble to the polka dot dress.').decision).toBe('publish');
  });

  it('holds a link whose host name advertises gambling or pills', () => {
    expect(rules('https://lucky-spin-casino.bet/ua')).toContain('spam_link');
  });

  it('holds a messenger handle beside money talk, not alone', () => {
    expect(rules('Income from 1500 грн, write in Telegram @earn_pro')).toContain('messenger_contact');
    expect(verdict('Follow the ministry on Telegram for outage schedules.').decision).toBe('publish');
  });

  it('holds a self-promoting link', () => {
    expect(rules('I run a blog about heaters: https://heating-tips.com/best')).toContain('promotional_link');
  });
});
