/**
 * What the moderation queue derives from a comment's body: the excerpt and the link count,
 * by the same rules as the hold rule and the moderators' email (@clinic/rules).
 */
import { commentExcerpt } from '@clinic/rules';

export { countLinks } from '@clinic/rules';

export const EXCERPT_MAX_LENGTH = 200;

export const plainExcerpt = (body: string, max = EXCERPT_MAX_LENGTH) => commentExcerpt(body, max);
