import {
  type CommentPage,
  jsonBody,
  type PostedComment,
  type PublicComment,
  request,
  trimSlash,
} from './api.ts';
import { ClientTokens } from './client-token.ts';
import { formatDate, h, replace } from './dom.ts';
import { describeOutcome } from './messages.ts';
import { styles } from './styles.ts';

/**
 * `<leave-a-comment article-id="..." api="https://comments.example">`: the
 * published comments of one article, threaded, and a form to add one.
 * Everything lives in a shadow root and every piece of text from the API or
 * the reader is rendered as a text node.
 */

export class LeaveAComment extends HTMLElement {
  static observedAttributes = ['article-id', 'api', 'author-token', 'page-size'];

  #authorToken: string | null = null;
  readonly #tokens = new ClientTokens();
  /** Bumped on every reload, so an answer for a former article is dropped. */
  #generation = 0;
  #scheduled = false;
  #loadedFor: string | undefined;
  #cursor: string | null = null;
  #total = 0;
  #sending = false;
  readonly #comments = new Map<string, PublicComment>();
  readonly #threads = new Map<string, HTMLLIElement>();
  #replyTo: { comment: PublicComment; button: HTMLButtonElement } | undefined;

  readonly #count = h('span');
  readonly #list = h('ol', { class: 'list', 'aria-label': 'Comments' });
  readonly #note = h('p', { class: 'note' });
  readonly #more = h('button', { type: 'button', class: 'more', hidden: true }, 'Load more comments');
  readonly #form = h('form', { 'aria-label': 'Leave a comment' });
  readonly #bodyLabel = h('span', {}, 'Leave a comment');
  readonly #body = h('textarea', { name: 'body', required: true, rows: '4' });
  readonly #name = h('input', { name: 'authorName', autocomplete: 'name', maxlength: '60', required: true });
  readonly #email = h('input', {
    name: 'authorEmail',
    type: 'email',
    autocomplete: 'email',
    maxlength: '254',
  });
  readonly #website = h('input', {
    name: 'website',
    type: 'text',
    tabindex: '-1',
    autocomplete: 'off',
    'aria-hidden': 'true',
  });
  readonly #who = h('fieldset', { class: 'full' });
  readonly #signedIn = h('p', { class: 'note full', hidden: true });
  readonly #replyBanner = h('div', { class: 'to', hidden: true });
  readonly #submit = h('button', { type: 'submit', class: 'go' }, 'Post comment');
  readonly #status = h('div', { class: 'st', role: 'status', 'aria-live': 'polite' });

  constructor() {
    super();
    const root = this.attachShadow({ mode: 'open' });
    const cancel = h('button', { type: 'button', class: 'link' }, 'Cancel reply');
    cancel.addEventListener('click', () => this.#cancelReply(true));
    this.#replyBanner.append(h('span'), cancel);
    this.#who.append(
      h('legend', { class: 'sr' }, 'About you'),
      h('label', {}, 'Name', this.#name),
      h('label', {}, h('span', {}, 'Email ', h('small', {}, '(optional, never shown)')), this.#email),
    );
    this.#form.append(
      this.#replyBanner,
      h('label', { class: 'full' }, this.#bodyLabel, this.#body),
      this.#who,
      this.#signedIn,
      // A honeypot: invisible and unreachable for people, filled in by form-stuffing bots.
      h('div', { class: 'hp', 'aria-hidden': 'true' }, h('label', {}, 'Website', this.#website)),
      h('div', { class: 'row' }, this.#submit),
      this.#status,
    );
    this.#form.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.#post();
    });
    this.#more.addEventListener('click', () => void this.#loadPage(this.#generation));
    root.append(
      h('style', {}, styles),
      h(
        'section',
        { class: 'w' },
        h('h2', {}, 'Comments', this.#count),
        this.#form,
        this.#list,
        this.#note,
        this.#more,
      ),
    );
  }

  /** A site-signed SSO token (API.md "Identity"); wins over the `author-token` attribute. */
  get authorToken(): string | null {
    return this.#authorToken ?? this.getAttribute('author-token');
  }

  set authorToken(token: string | null | undefined) {
    this.#authorToken = token || null;
    this.#showIdentity();
  }

  connectedCallback(): void {
    // A page may have set the property before this element was defined.
    if (Object.hasOwn(this, 'authorToken')) {
      const token = (this as { authorToken: string | null }).authorToken;
      Reflect.deleteProperty(this, 'authorToken');
      this.authorToken = token;
    }
    this.#showIdentity();
    this.#schedule();
  }

  attributeChangedCallback(name: string, before: string | null, after: string | null): void {
    if (before === after) return;
    if (name === 'author-token') this.#showIdentity();
    else this.#schedule();
  }

  get #api(): string {
    return trimSlash(this.getAttribute('api') ?? '');
  }

  get #articleId(): string {
    return this.getAttribute('article-id') ?? '';
  }

  /** Comments per page, 1..100 (API.md); 50 unless the `page-size` attribute says otherwise. */
  get #pageSize(): number {
    const size = Number.parseInt(this.getAttribute('page-size') ?? '', 10);
    return size >= 1 && size <= 100 ? size : 50;
  }

  /** Coalesces the attribute changes of one task into one load. */
  #schedule(): void {
    if (this.#scheduled) return;
    this.#scheduled = true;
    queueMicrotask(() => {
      this.#scheduled = false;
      const key = `${this.#api} ${this.#articleId} ${this.#pageSize}`;
      if (this.isConnected && key !== this.#loadedFor) {
        this.#loadedFor = key;
        void this.reload();
      }
    });
  }

  /** Loads the first page again, from scratch. */
  async reload(): Promise<void> {
    const generation = ++this.#generation;
    this.#comments.clear();
    this.#threads.clear();
    this.#list.replaceChildren();
    this.#cursor = null;
    this.#cancelReply(false);
    this.#more.hidden = true;
    if (!this.#api || !this.#articleId) {
      replace(this.#note, 'Comments are not available: the widget needs its article-id and api attributes.');
      return;
    }
    replace(this.#note, 'Loading comments…');
    await this.#loadPage(generation);
  }

  async #loadPage(generation: number): Promise<void> {
    const query = new URLSearchParams({ limit: String(this.#pageSize) });
    if (this.#cursor) query.set('cursor', this.#cursor);
    this.#more.disabled = true;
    const result = await request<CommentPage>(
      `${this.#api}/v1/articles/${encodeURIComponent(this.#articleId)}/comments?${query}`,
      // Revalidate (ETag, 304) so a reader who just posted sees the fresh page.
      { cache: 'no-cache' },
    );
    if (generation !== this.#generation) return;
    this.#more.disabled = false;
    if (!result.ok) {
      const retry = h('button', { type: 'button', class: 'link' }, 'Try again');
      retry.addEventListener('click', () => void this.#loadPage(this.#generation));
      replace(this.#note, 'The comments could not be loaded. ', retry);
      return;
    }
    const focusWasOnMore = this.shadowRoot?.activeElement === this.#more;
    let first: HTMLElement | undefined;
    for (const comment of result.data.items) {
      const item = this.#render(comment);
      first ??= item;
    }
    this.#cursor = result.data.nextCursor;
    this.#more.hidden = !this.#cursor;
    this.#setTotal(result.data.total);
    // The button went away under the keyboard: carry on from the first new comment.
    if (focusWasOnMore && this.#more.hidden) first?.focus();
  }

  #setTotal(total: number): void {
    this.#total = total;
    this.#count.textContent = total > 0 ? String(total) : '';
    replace(this.#note, this.#comments.size === 0 ? 'No comments yet. Be the first to leave one.' : null);
  }

  /** Adds one comment: a root at the end of the list, a reply at the end of its thread. */
  #render(comment: PublicComment, fresh = false): HTMLLIElement | undefined {
    if (this.#comments.has(comment.id)) return undefined;
    this.#comments.set(comment.id, comment);
    const isRoot = comment.parentId === null || comment.rootId === comment.id;
    const parent = comment.parentId ? this.#comments.get(comment.parentId) : undefined;
    const reply = h('button', {
      type: 'button',
      class: 'link',
      'aria-label': `Reply to ${comment.authorName}`,
    });
    reply.textContent = 'Reply';
    reply.addEventListener('click', () => this.#startReply(comment, reply));
    const item = h(
      'li',
      { class: fresh ? 'c new' : 'c', 'data-comment-id': comment.id, tabindex: '-1' },
      h(
        'article',
        { 'aria-label': `Comment by ${comment.authorName}` },
        h(
          'header',
          {},
          h('span', { class: 'who' }, comment.authorName),
          h('time', { datetime: comment.createdAt }, formatDate(comment.createdAt)),
          parent && parent.id !== comment.rootId && h('span', { class: 're' }, `↪ ${parent.authorName}`),
          comment.edited && h('span', { class: 're' }, '(edited)'),
        ),
        h('p', { class: 'body' }, comment.body),
        reply,
      ),
    );
    const root = isRoot ? undefined : this.#threads.get(comment.rootId);
    if (isRoot || !root) {
      this.#threads.set(comment.id, item);
      this.#list.append(item);
    } else {
      let replies = root.querySelector<HTMLOListElement>(':scope > ol');
      if (!replies) {
        replies = h('ol', { class: 'replies', 'aria-label': 'Replies' });
        root.append(replies);
      }
      replies.append(item);
    }
    return item;
  }

  #startReply(comment: PublicComment, button: HTMLButtonElement): void {
    this.#replyTo = { comment, button };
    const label = this.#replyBanner.firstElementChild;
    if (label) label.textContent = `Replying to ${comment.authorName}`;
    this.#replyBanner.hidden = false;
    this.#bodyLabel.textContent = `Your reply to ${comment.authorName}`;
    this.#form.setAttribute('aria-label', `Reply to ${comment.authorName}`);
    this.#submit.textContent = 'Post reply';
    this.#body.focus();
  }

  #cancelReply(restoreFocus: boolean): void {
    const target = this.#replyTo;
    this.#replyTo = undefined;
    this.#replyBanner.hidden = true;
    this.#bodyLabel.textContent = 'Leave a comment';
    this.#form.setAttribute('aria-label', 'Leave a comment');
    this.#submit.textContent = 'Post comment';
    if (restoreFocus) target?.button.focus();
  }

  #showIdentity(): void {
    const token = this.authorToken;
    this.#who.hidden = Boolean(token);
    this.#name.required = !token;
    this.#signedIn.hidden = !token;
    const name = token ? nameInToken(token) : undefined;
    this.#signedIn.textContent = name ? `Commenting as ${name}.` : 'Commenting as a signed-in reader.';
  }

  async #post(): Promise<void> {
    if (this.#sending || !this.#api || !this.#articleId) return;
    const token = this.authorToken;
    const payload: Record<string, string> = { body: this.#body.value };
    if (token) payload.authorToken = token;
    else {
      payload.authorName = this.#name.value;
      if (this.#email.value.trim()) payload.authorEmail = this.#email.value.trim();
    }
    if (this.#website.value) payload.website = this.#website.value;
    const replyTo = this.#replyTo;
    if (replyTo) payload.parentId = replyTo.comment.id;
    // The same request keeps its token, so a retry can never store the comment twice.
    const clientToken = this.#tokens.for(payload);

    this.#sending = true;
    this.#submit.disabled = true;
    this.#form.setAttribute('aria-busy', 'true');
    const label = this.#submit.textContent;
    this.#submit.textContent = 'Posting…';
    replace(this.#status);
    delete this.#status.dataset.kind;
    const result = await request<PostedComment>(
      `${this.#api}/v1/articles/${encodeURIComponent(this.#articleId)}/comments`,
      jsonBody({ ...payload, clientToken }),
    );
    this.#sending = false;
    this.#form.removeAttribute('aria-busy');
    this.#submit.textContent = label;
    this.#submit.disabled = false;

    const outcome = describeOutcome(result, Boolean(replyTo));
    this.#status.dataset.kind = outcome.kind;
    replace(
      this.#status,
      h('p', {}, outcome.text),
      outcome.list && h('ul', {}, ...outcome.list.map((line) => h('li', {}, line))),
    );
    if (result.ok) {
      this.#tokens.settle();
      this.#body.value = '';
      this.#cancelReply(false);
      if (result.data.comment.status === 'published') {
        const { status: _status, ...comment } = result.data.comment;
        this.#render(comment, true);
        this.#setTotal(this.#total + 1);
      }
    } else if (outcome.kind === 'closed') {
      this.#submit.disabled = true;
    } else if (!result.ok && result.error.code === 'PARENT_NOT_FOUND') {
      this.#cancelReply(false);
    }
    this.#body.focus({ preventScroll: true });
  }
}

/** The `name` claim of a JWT, for "Commenting as ..." only: the API verifies the token. */
function nameInToken(token: string): string | undefined {
  try {
    const part = (token.split('.')[1] ?? '').replace(/-/gu, '+').replace(/_/gu, '/');
    const bytes = Uint8Array.from(atob(part), (char) => char.charCodeAt(0));
    const claims = JSON.parse(new TextDecoder().decode(bytes)) as { name?: unknown };
    return typeof claims.name === 'string' ? claims.name : undefined;
  } catch {
    return undefined;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'leave-a-comment': LeaveAComment;
  }
}

if (!customElements.get('leave-a-comment')) customElements.define('leave-a-comment', LeaveAComment);
