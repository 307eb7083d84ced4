/**
 * "Save my name, email, and website in this browser for the next time I
 * comment." Stored only when the visitor ticks the box, and removed when they
 * post with it unticked, as WordPress does with its cookies.
 */
export type RememberedAuthor = { name: string; email: string; url: string };

const KEY = 'clinic.comment-author';

export function loadRememberedAuthor(): RememberedAuthor | null {
  try {
    const parsed = JSON.parse(window.localStorage.getItem(KEY) ?? 'null') as Partial<RememberedAuthor> | null;
    if (!parsed || typeof parsed.name !== 'string' || typeof parsed.email !== 'string') return null;
    return { name: parsed.name, email: parsed.email, url: typeof parsed.url === 'string' ? parsed.url : '' };
  } catch {
    return null;
  }
}

export function saveRememberedAuthor(author: RememberedAuthor | null) {
  try {
    if (author) window.localStorage.setItem(KEY, JSON.stringify(author));
    else window.localStorage.removeItem(KEY);
  } catch {
    // Storage disabled: nothing is remembered.
  }
}
