import type { Browser, Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { signAuthorToken } from '../../shared/identity.ts';
import { call, freshArticleId, moderatorToken, startTestRuntime } from '../support/runtime.ts';
import { launchChromium } from './chromium.ts';

/**
 * The widget in headless Chromium, on the demo page served by the local
 * runtime (its own origin, calling the API cross-origin as a news site does).
 * Each test takes its own article and its own user agent, so neither data nor
 * the per-client rate limit leaks between tests.
 */

const runtime = await startTestRuntime();
const browser: Browser = await launchChromium();
afterAll(async () => {
  await browser?.close();
  await runtime?.stop();
});

const token = moderatorToken(runtime);
const asModerator = { authorization: `Bearer ${token}` };
// The moderator routes arrive in their own issue; until then they answer 501.
const moderatorApiReady =
  (await call(runtime, 'GET', '/v1/moderation/queue?status=pending', { headers: asModerator })).status !==
  501;

const widget = 'leave-a-comment';

async function openStory(articleId: string, userAgent: string): Promise<Page> {
  const context = await browser.newContext({ userAgent });
  const page = await context.newPage();
  await page.goto(`${runtime.demoUrl}?article=${encodeURIComponent(articleId)}`);
  await page.locator(`${widget} .note`, { hasText: 'No comments yet' }).waitFor();
  return page;
}

async function post(page: Page, body: string, authorName = 'Olena'): Promise<void> {
  await page.locator(`${widget} textarea[name=body]`).fill(body);
  const name = page.locator(`${widget} input[name=authorName]`);
  if (await name.isVisible()) await name.fill(authorName);
  await page.locator(`${widget} button[type=submit]`).click();
}

function status(page: Page, hasText: string) {
  return page.locator(`${widget} [role=status]`, { hasText });
}

function commentIds(page: Page, selector = `${widget} li[data-comment-id]`): Promise<string[]> {
  return page
    .locator(selector)
    .evaluateAll((items) => items.map((item) => item.getAttribute('data-comment-id') ?? ''));
}

describe('the Leave a Comment widget', () => {
  it.skipIf(!moderatorApiReady)(
    'holds a comment on a pre-moderated article, and shows it once a moderator approves it',
    async () => {
      const articleId = freshArticleId('pre');
      const settings = await call(runtime, 'PUT', `/v1/moderation/articles/${articleId}`, {
        body: { mode: 'pre' },
        headers: asModerator,
      });
      expect(settings.status).toBe(200);
      const text = `Stay warm, Kyiv. (${articleId})`;

      const page = await openStory(articleId, 'browser-test-pre');
      await post(page, text);
      await status(page, 'held for review').waitFor();
      expect(await commentIds(page)).toEqual([]);

      const moderation = await page.context().newPage();
      await moderation.goto(`${runtime.demoUrl}moderate`);
      await moderation.locator('#token').fill(token);
      await moderation.locator('#signin button[type=submit]').click();
      const held = moderation.locator('li.item', { hasText: text });
      await held.locator('button.approve').click();
      await moderation.locator('#status', { hasText: 'Approved' }).waitFor();
      expect(await held.count()).toBe(0);

      await page.reload();
      await page.locator(`${widget} li[data-comment-id]`, { hasText: text }).waitFor();
      await page.context().close();
    },
  );

  it('shows a comment full of HTML and script as inert text', async () => {
    const articleId = freshArticleId('xss');
    const payload = '<img src=x onerror="window.__xss=1"><script>window.__xss=1</script>';
    const page = await openStory(articleId, 'browser-test-xss');
    await post(page, payload, '<b>Mallory</b>');
    await status(page, 'is published').waitFor();

    for (const when of ['just posted', 'after a reload']) {
      if (when === 'after a reload') await page.reload();
      const shown = page.locator(`${widget} li[data-comment-id] .body`);
      await shown.waitFor();
      expect(await shown.textContent(), when).toBe(payload);
      expect(await page.locator(`${widget} li[data-comment-id] .who`).textContent()).toBe('<b>Mallory</b>');
      const injected = await page.evaluate(() => ({
        xss: (window as { __xss?: unknown }).__xss,
        elements: document.querySelector('leave-a-comment')?.shadowRoot?.querySelectorAll('img, script, b')
          .length,
      }));
      expect(injected, when).toEqual({ xss: undefined, elements: 0 });
    }
    await page.context().close();
  });

  it('names the rule a rejected comment broke and keeps the text to fix', async () => {
    const articleId = freshArticleId('rejected');
    const text = 'What the fuck is this pause supposed to mean?';
    // The same text straight to the API says which rule the widget must show.
    const direct = await call(runtime, 'POST', `/v1/articles/${articleId}/comments`, {
      body: { body: text, authorName: 'Direct' },
      headers: { 'user-agent': 'browser-test-rejected-direct' },
    });
    expect(direct.status).toBe(422);
    const rules: string[] = direct.body.error.details.map((detail: { message: string }) => detail.message);
    expect(rules.length).toBeGreaterThan(0);

    const page = await openStory(articleId, 'browser-test-rejected');
    await post(page, text);
    await status(page, 'not posted').waitFor();
    const shown = await page.locator(`${widget} [role=status] li`).allTextContents();
    expect(shown).toEqual(rules);
    expect(await page.locator(`${widget} textarea[name=body]`).inputValue()).toBe(text);
    expect(await commentIds(page)).toEqual([]);
    await page.context().close();
  });

  it('puts a reply under its root, at once and after a reload', async () => {
    const articleId = freshArticleId('thread');
    const page = await openStory(articleId, 'browser-test-thread');
    await post(page, 'Does the pause cover the whole region?', 'Jonas');
    await status(page, 'comment is published').waitFor();
    const [rootId] = await commentIds(page);
    expect(rootId).toBeTruthy();

    await page
      .locator(`${widget} li[data-comment-id="${rootId}"] > article button`, { hasText: 'Reply' })
      .click();
    expect(
      await page.evaluate(
        () => document.querySelector('leave-a-comment')?.shadowRoot?.activeElement?.tagName,
      ),
    ).toBe('TEXTAREA');
    await page.locator(`${widget} .to`, { hasText: 'Replying to Jonas' }).waitFor();
    await post(page, 'Only the city, as far as I know.', 'Taras');
    await status(page, 'reply is published').waitFor();
    expect(await page.locator(`${widget} .to`).isVisible()).toBe(false);

    for (const when of ['just posted', 'after a reload']) {
      if (when === 'after a reload') {
        await page.reload();
        await page.locator(`${widget} li[data-comment-id]`).first().waitFor();
      }
      const replies = await commentIds(page, `${widget} li[data-comment-id="${rootId}"] li[data-comment-id]`);
      expect(replies, when).toHaveLength(1);
      expect(replies[0], when).not.toBe(rootId);
      expect(await commentIds(page), when).toEqual([rootId, replies[0]]);
    }
    await page.context().close();
  });

  it('pages with "load more", keeping a reply under its root across the page boundary', async () => {
    const articleId = freshArticleId('pages');
    const ids: string[] = [];
    const texts = ['first root', 'second root', 'reply to the second', 'third root'];
    for (const [index, text] of texts.entries()) {
      const posted = await call(runtime, 'POST', `/v1/articles/${articleId}/comments`, {
        body: { body: text, authorName: 'Reader', parentId: index === 2 ? ids[1] : undefined },
        headers: { 'user-agent': `browser-test-pages-${index}` },
      });
      expect(posted.status).toBe(201);
      ids.push(posted.body.comment.id);
    }
    const context = await browser.newContext({ userAgent: 'browser-test-pages' });
    const page = await context.newPage();
    await page.goto(`${runtime.demoUrl}?article=${articleId}`);
    await page.evaluate(() => document.querySelector('leave-a-comment')?.setAttribute('page-size', '2'));
    await page.locator(`${widget} li[data-comment-id="${ids[1]}"]`).waitFor();
    expect(await commentIds(page)).toEqual(ids.slice(0, 2));

    const more = page.locator(`${widget} button.more`);
    while (await more.isVisible()) {
      const before = (await commentIds(page)).length;
      await more.click();
      await page.waitForFunction(
        (count) =>
          (document.querySelector('leave-a-comment')?.shadowRoot?.querySelectorAll('li[data-comment-id]')
            .length ?? 0) > count,
        before,
      );
    }
    expect(await commentIds(page)).toEqual(ids);
    expect(await commentIds(page, `${widget} li[data-comment-id="${ids[1]}"] li[data-comment-id]`)).toEqual([
      ids[2],
    ]);
    expect(await page.locator(`${widget} h2`).textContent()).toBe('Comments4');
    await context.close();
  });

  it('keeps the text and its clientToken when the network fails, and a retry posts it once', async () => {
    const articleId = freshArticleId('offline');
    const page = await openStory(articleId, 'browser-test-offline');
    const sent: { clientToken: string; body: string }[] = [];
    page.on('request', (request) => {
      if (request.method() === 'POST') sent.push(request.postDataJSON());
    });
    let offline = true;
    await page.route('**/comments', (route) =>
      offline && route.request().method() === 'POST' ? route.abort('internetdisconnected') : route.fallback(),
    );
    const text = 'Posting from a train with bad signal.';
    await post(page, text);
    await status(page, 'could not be sent').waitFor();
    expect(await page.locator(`${widget} textarea[name=body]`).inputValue()).toBe(text);
    expect(await page.locator(`${widget} button[type=submit]`).isEnabled()).toBe(true);

    offline = false;
    await page.locator(`${widget} button[type=submit]`).click();
    await status(page, 'is published').waitFor();
    expect(sent).toHaveLength(2);
    expect(sent[0]?.clientToken).toMatch(/^[A-Za-z0-9_-]{8,64}$/u);
    expect(sent[1]?.clientToken).toBe(sent[0]?.clientToken);
    expect(await commentIds(page)).toHaveLength(1);

    // A new comment after a success gets a new token.
    await post(page, 'And one more thought.');
    await status(page, 'is published').waitFor();
    expect(sent[2]?.clientToken).not.toBe(sent[0]?.clientToken);
    await page.context().close();
  });

  it('posts as the signed-in reader given an authorToken, without asking for a name', async () => {
    const articleId = freshArticleId('sso');
    const page = await openStory(articleId, 'browser-test-sso');
    const authorToken = signAuthorToken(
      { sub: 'site-user-7', name: 'Оксана', exp: Math.floor(Date.now() / 1000) + 3600 },
      runtime.secrets.authorTokenSecret,
    );
    await page.evaluate((value) => {
      const element = document.querySelector('leave-a-comment') as HTMLElement & { authorToken: string };
      element.authorToken = value;
    }, authorToken);
    expect(await page.locator(`${widget} input[name=authorName]`).isVisible()).toBe(false);
    await page.locator(`${widget} .note`, { hasText: 'Commenting as Оксана' }).waitFor();
    await post(page, 'Signed in from the news site.');
    await status(page, 'is published').waitFor();
    expect(await page.locator(`${widget} li[data-comment-id] .who`).textContent()).toBe('Оксана');
    await page.context().close();
  });

  it('has labelled fields, a hidden honeypot and a polite status line', async () => {
    const page = await openStory(freshArticleId('a11y'), 'browser-test-a11y');
    const form = await page.locator(`${widget} form`).evaluate((element) => {
      const field = (name: string) => element.querySelector(`[name=${name}]`) as HTMLInputElement;
      const honeypot = field('website');
      return {
        labels: ['body', 'authorName', 'authorEmail'].map((name) =>
          field(name).labels?.[0]?.textContent?.trim(),
        ),
        honeypot: {
          tabIndex: honeypot.tabIndex,
          autocomplete: honeypot.getAttribute('autocomplete'),
          ariaHidden: honeypot.getAttribute('aria-hidden'),
          width: honeypot.getBoundingClientRect().width,
          left: honeypot.getBoundingClientRect().left,
        },
        live: element.querySelector('[aria-live]')?.getAttribute('aria-live'),
      };
    });
    expect(form.labels).toEqual(['Leave a comment', 'Name', 'Email (optional, never shown)']);
    expect(form.honeypot).toMatchObject({ tabIndex: -1, autocomplete: 'off', ariaHidden: 'true' });
    expect(form.honeypot.left).toBeLessThan(-1000);
    expect(form.live).toBe('polite');

    // Tab order: the comment, then name, email and the button; never the honeypot.
    await page.locator(`${widget} textarea[name=body]`).focus();
    const order: string[] = [];
    for (let step = 0; step < 3; step++) {
      await page.keyboard.press('Tab');
      order.push(
        await page.evaluate(() => {
          const active = document.querySelector('leave-a-comment')?.shadowRoot?.activeElement;
          return active?.getAttribute('name') ?? active?.getAttribute('type') ?? '';
        }),
      );
    }
    expect(order).toEqual(['authorName', 'authorEmail', 'submit']);
    await page.context().close();
  });

  it('tells the author how long to wait when rate limited, and when comments are closed', async () => {
    const articleId = freshArticleId('limits');
    const page = await openStory(articleId, 'browser-test-limits');
    const cors = {
      'access-control-allow-origin': new URL(runtime.demoUrl).origin,
      'access-control-expose-headers': 'retry-after',
    };
    const answers = [
      {
        status: 429,
        headers: { ...cors, 'retry-after': '42' },
        error: { code: 'RATE_LIMITED', message: 'Too many comments.' },
        says: 'wait 42 seconds',
      },
      {
        status: 409,
        headers: cors,
        error: { code: 'ARTICLE_CLOSED', message: 'Comments on this article are closed.' },
        says: 'Comments on this article are closed',
      },
    ];
    for (const answer of answers) {
      await page.route('**/comments', (route) =>
        route.request().method() === 'POST'
          ? route.fulfill({
              status: answer.status,
              headers: answer.headers,
              contentType: 'application/json',
              body: JSON.stringify({ error: answer.error }),
            })
          : route.fallback(),
      );
      await post(page, `Trying again (${answer.status}).`);
      await status(page, answer.says).waitFor();
      expect(await page.locator(`${widget} textarea[name=body]`).inputValue()).toBe(
        `Trying again (${answer.status}).`,
      );
      await page.unroute('**/comments');
    }
    expect(await page.locator(`${widget} button[type=submit]`).isDisabled()).toBe(true);
    await page.context().close();
  });
});
