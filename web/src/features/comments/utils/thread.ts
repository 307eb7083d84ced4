import { COMMENT_MAX_DEPTH } from '@clinic/rules';
import type { PublicComment } from '@/features/comments/api/comments';

/** Replies nest at most this deep: the CMS's rule (@clinic/rules), which refuses deeper ones. */
export const MAX_DEPTH = COMMENT_MAX_DEPTH;

export type ThreadNode<T extends PublicComment> = { comment: T; depth: number; replies: ThreadNode<T>[] };

/**
 * Builds the thread from the flat, oldest-first list. A reply whose parent is
 * not in the list (no longer public) is shown at the top level rather than lost.
 */
export function buildThread<T extends PublicComment>(comments: readonly T[]): ThreadNode<T>[] {
  const ids = new Set(comments.map((c) => c.documentId));
  const children = new Map<string | null, T[]>();
  for (const comment of comments) {
    const parent = comment.parent && ids.has(comment.parent.documentId) ? comment.parent.documentId : null;
    children.set(parent, [...(children.get(parent) ?? []), comment]);
  }
  const grow = (parent: string | null, depth: number): ThreadNode<T>[] =>
    (children.get(parent) ?? []).map((comment) => ({
      comment,
      depth,
      replies: grow(comment.documentId, depth + 1),
    }));
  return grow(null, 1);
}
