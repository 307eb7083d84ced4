import type { PublicComment } from '@/features/comments/api/comments';

/**
 * The visitor's own comments that wait for moderation, kept in this browser
 * only (localStorage), so they show in place, marked as awaiting moderation,
 * across reloads until a moderator approves them. Nobody else ever sees them.
 */
export type PendingComment = PublicComment & { articleDocumentId: string };

const KEY = 'clinic.pending-comments';
const listeners = new Set<() => void>();
let cache: PendingComment[] | null = null;
/** What the server renders (and hydration starts from): nobody's own comments. */
const NONE: PendingComment[] = [];

function read(): PendingComment[] {
  if (cache) return cache;
  try {
    const parsed: unknown = JSON.parse(window.localStorage.getItem(KEY) ?? '[]');
    cache = Array.isArray(parsed) ? (parsed as PendingComment[]) : [];
  } catch {
    cache = [];
  }
  return cache;
}

function write(next: PendingComment[]) {
  cache = next;
  try {
    if (next.length > 0) window.localStorage.setItem(KEY, JSON.stringify(next));
    else window.localStorage.removeItem(KEY);
  } catch {
    // Storage full or disabled: the comment still shows until the page is left.
  }
  listeners.forEach((listener) => listener());
}

export const pendingComments = {
  subscribe: (listener: () => void) => {
    listeners.add(listener);
    return () => {
      listeners.delete(listener);
    };
  },
  getSnapshot: read,
  getServerSnapshot: () => NONE,
  add: (comment: PendingComment) => {
    write([...read().filter((c) => c.documentId !== comment.documentId), comment]);
  },
  /** Forgets the ones that are now public (approved). */
  forget: (documentIds: ReadonlySet<string>) => {
    const current = read();
    const next = current.filter((c) => !documentIds.has(c.documentId));
    if (next.length !== current.length) write(next);
  },
  /** For tests: start from what storage holds now. */
  reset: () => {
    cache = null;
  },
};
