import { type ApiResult, jsonBody, type PublicComment, request, trimSlash } from './api.ts';
import { formatDate, h, replace } from './dom.ts';

/**
 * The moderation page (widget/public/moderate.html): sign in with a pasted
 * moderator JWT (kept in sessionStorage, so it dies with the tab), review the
 * pending and flagged queues, approve or reject. Uses only the moderator API.
 */

interface Signal {
  rule: string;
  action: string;
  detail: string;
}

interface ModeratorView extends PublicComment {
  status: 'pending' | 'flagged' | 'published' | 'rejected';
  version: number;
  authorEmail: string | null;
  authorKey: string;
  signals: Signal[];
  reports: { count: number; reasons: Record<string, number> };
  decidedBy: string | null;
  decidedAt: string | null;
}

interface QueuePage {
  items: ModeratorView[];
  nextCursor: string | null;
}

type Queue = 'pending' | 'flagged';

const storageKey = 'lac-moderator-token';
const api = trimSlash(document.querySelector<HTMLMetaElement>('meta[name="lac-api"]')?.content ?? '');

function byId<T extends HTMLElement>(id: string): T {
  const element = document.getElementById(id);
  if (!element) throw new Error(`moderate.html lacks #${id}`);
  return element as T;
}

const signIn = byId<HTMLFormElement>('signin');
const tokenInput = byId<HTMLTextAreaElement>('token');
const signOut = byId<HTMLButtonElement>('signout');
const who = byId<HTMLElement>('who');
const queueSection = byId<HTMLElement>('queue');
const queueTitle = byId<HTMLElement>('queue-title');
const list = byId<HTMLOListElement>('items');
const more = byId<HTMLButtonElement>('more');
const refresh = byId<HTMLButtonElement>('refresh');
const status = byId<HTMLElement>('status');
const tabs = Array.from(document.querySelectorAll<HTMLButtonElement>('button[data-queue]'));

let token = sessionStorage.getItem(storageKey) ?? '';
let queue: Queue = 'pending';
let cursor: string | null = null;

function say(text: string): void {
  status.textContent = text;
}

function withToken(init: RequestInit = {}): RequestInit {
  return {
    ...init,
    cache: 'no-store',
    headers: { ...(init.headers as Record<string, string> | undefined), authorization: `Bearer ${token}` },
  };
}

/** Explains an error; forgets the token when the API refuses it. */
function explain(result: Exclude<ApiResult<unknown>, { ok: true }>): string {
  switch (result.status) {
    case 0:
      return 'The comment API did not answer. Is the local runtime running?';
    case 401:
      showSignIn();
      return 'The token was not accepted (invalid or expired). Paste a fresh one.';
    case 403:
      showSignIn();
      return 'This token is valid but lacks the moderators group.';
    case 501:
      return 'The moderation API is not available yet on this server (501 Not Implemented).';
    default:
      return `The API answered ${result.status} ${result.error.code}: ${result.error.message}`;
  }
}

/** Who the token names, for the header only: the API checks the token. */
function claims(jwt: string): { sub?: string; groups?: string[] } {
  try {
    const part = (jwt.split('.')[1] ?? '').replace(/-/gu, '+').replace(/_/gu, '/');
    const all = JSON.parse(atob(part)) as Record<string, unknown>;
    const groups = all['cognito:groups'] ?? all.groups;
    return {
      sub:
        typeof all.username === 'string' ? all.username : typeof all.sub === 'string' ? all.sub : undefined,
      groups: Array.isArray(groups) ? groups.map(String) : undefined,
    };
  } catch {
    return {};
  }
}

function showSignIn(): void {
  token = '';
  sessionStorage.removeItem(storageKey);
  signIn.hidden = false;
  queueSection.hidden = true;
  signOut.hidden = true;
  who.textContent = '';
}

async function enter(): Promise<void> {
  const { sub, groups } = claims(token);
  if (await loadQueue(false)) {
    sessionStorage.setItem(storageKey, token);
    signIn.hidden = true;
    queueSection.hidden = false;
    signOut.hidden = false;
    who.textContent = `Signed in as ${sub ?? 'unknown'}${groups?.length ? ` (${groups.join(', ')})` : ''}`;
  }
}

async function loadQueue(append: boolean): Promise<boolean> {
  const query = new URLSearchParams({ status: queue, limit: '50' });
  if (append && cursor) query.set('cursor', cursor);
  more.disabled = true;
  const result = await request<QueuePage>(`${api}/v1/moderation/queue?${query}`, withToken());
  more.disabled = false;
  if (!result.ok) {
    say(explain(result));
    return false;
  }
  if (!append) list.replaceChildren();
  for (const item of result.data.items) list.append(render(item));
  cursor = result.data.nextCursor;
  more.hidden = !cursor;
  if (list.childElementCount === 0)
    list.append(h('li', { class: 'empty' }, `Nothing is waiting in the ${queue} queue.`));
  const shown = list.querySelectorAll('li[data-comment-id]').length;
  say(`${shown} ${shown === 1 ? 'comment' : 'comments'} shown in the ${queue} queue.`);
  return true;
}

function render(comment: ModeratorView): HTMLLIElement {
  const reason = h('input', { type: 'text', name: 'reason', placeholder: 'Reason (optional)' });
  reason.setAttribute('aria-label', `Reason for the decision on ${comment.authorName}'s comment`);
  const approve = h('button', { type: 'button', class: 'approve' }, 'Approve');
  const reject = h('button', { type: 'button', class: 'reject' }, 'Reject');
  approve.setAttribute('aria-label', `Approve ${comment.authorName}'s comment`);
  reject.setAttribute('aria-label', `Reject ${comment.authorName}'s comment`);
  const reports = Object.entries(comment.reports?.reasons ?? {})
    .map(([why, count]) => `${why} ${count}`)
    .join(', ');
  const item = h(
    'li',
    { class: 'item', 'data-comment-id': comment.id, tabindex: '-1' },
    h(
      'div',
      { class: 'meta' },
      h('strong', {}, comment.authorName),
      comment.authorEmail && h('span', {}, comment.authorEmail),
      h('span', { title: 'author key' }, `author ${comment.authorKey}`),
      h('time', { datetime: comment.createdAt }, formatDate(comment.createdAt)),
      h('span', {}, `article ${comment.articleId}`),
      comment.parentId && h('span', {}, `reply to ${comment.parentId}`),
      h('span', { class: 'badge' }, `${comment.status} · v${comment.version}`),
    ),
    h('p', { class: 'body' }, comment.body),
    comment.signals?.length > 0 &&
      h(
        'ul',
        { class: 'signals', 'aria-label': 'Signals' },
        ...comment.signals.map((signal) =>
          h('li', {}, h('code', {}, signal.rule), ` ${signal.action}: ${signal.detail}`),
        ),
      ),
    comment.reports?.count > 0 &&
      h('p', { class: 'reports' }, `Reported ${comment.reports.count}×: ${reports}`),
    h('div', { class: 'actions' }, reason, approve, reject),
  );
  const decide = async (decision: 'approve' | 'reject') => {
    approve.disabled = reject.disabled = true;
    const body: Record<string, unknown> = { decision, expectedVersion: comment.version };
    if (reason.value.trim()) body.reason = reason.value.trim();
    const result = await request<{ comment: ModeratorView }>(
      `${api}/v1/moderation/comments/${encodeURIComponent(comment.id)}/decision`,
      withToken(jsonBody(body)),
    );
    approve.disabled = reject.disabled = false;
    if (result.ok || result.status === 404) {
      const next = item.nextElementSibling ?? item.previousElementSibling;
      item.remove();
      // The last one on the page: fetch what else waits, then say what was done.
      if (list.childElementCount === 0) await loadQueue(false);
      say(
        result.ok
          ? `${decision === 'approve' ? 'Approved' : 'Rejected'}: ${comment.authorName}'s comment (now ${result.data.comment.status}).`
          : `${comment.authorName}'s comment no longer exists.`,
      );
      (next instanceof HTMLElement && next.isConnected ? next : queueTitle).focus();
    } else if (result.error.code === 'VERSION_CONFLICT') {
      await loadQueue(false);
      say(`${comment.authorName}'s comment changed since you loaded it; the queue was reloaded. Look again.`);
    } else {
      say(explain(result));
    }
  };
  approve.addEventListener('click', () => void decide('approve'));
  reject.addEventListener('click', () => void decide('reject'));
  return item;
}

signIn.addEventListener('submit', (event) => {
  event.preventDefault();
  token = tokenInput.value.trim();
  tokenInput.value = '';
  if (token) void enter();
});
signOut.addEventListener('click', () => {
  showSignIn();
  say('Signed out.');
  tokenInput.focus();
});
refresh.addEventListener('click', () => void loadQueue(false));
more.addEventListener('click', () => void loadQueue(true));
for (const tab of tabs) {
  tab.addEventListener('click', () => {
    queue = tab.dataset.queue === 'flagged' ? 'flagged' : 'pending';
    for (const other of tabs) other.setAttribute('aria-pressed', String(other === tab));
    replace(queueTitle, queue === 'pending' ? 'Pending: held for review' : 'Flagged: published but reported');
    void loadQueue(false);
  });
}

if (token) void enter();
else showSignIn();
