/**
 * Which state a new comment starts in, as WordPress decides it: the
 * disallowed list and the honeypot send it to spam; too many links or a word
 * of the moderation list hold it; otherwise it is held too, unless the author
 * is known (an earlier approved comment with the same name and email) and the
 * site lets known authors through. Links are counted as the moderation queue
 * counts them (@clinic/rules).
 */
import { countLinks } from '@clinic/rules';

export type InitialStatus = 'approved' | 'pending' | 'spam';

export interface ModerationSettings {
  autoApproveKnownAuthors: boolean;
  holdLinkCount: number;
  moderationKeys: string[];
  disallowedKeys: string[];
}

/** The site-setting fields, as stored. */
export interface StoredModerationSettings {
  commentAutoApproveKnownAuthors?: boolean | null;
  commentHoldLinkCount?: number | null;
  commentModerationKeys?: string | null;
  commentDisallowedKeys?: string | null;
}

export const DEFAULT_HOLD_LINK_COUNT = 2;

/** A newline-separated list of words or phrases, lower-cased, blanks dropped. */
export function parseKeys(text: string | null | undefined): string[] {
  return (text ?? '')
    .split(/\r?\n/)
    .map((line) => line.trim().toLowerCase())
    .filter((line) => line !== '');
}

export function moderationSettings(stored: StoredModerationSettings | null): ModerationSettings {
  const holdLinkCount = stored?.commentHoldLinkCount;
  return {
    autoApproveKnownAuthors: stored?.commentAutoApproveKnownAuthors === true,
    holdLinkCount: typeof holdLinkCount === 'number' && holdLinkCount >= 1 ? holdLinkCount : DEFAULT_HOLD_LINK_COUNT,
    moderationKeys: parseKeys(stored?.commentModerationKeys),
    disallowedKeys: parseKeys(stored?.commentDisallowedKeys),
  };
}


/** What the lists are matched against, case-insensitively, anywhere in each value. */
export interface MatchedFields {
  authorName: string;
  authorEmail: string;
  authorUrl: string | null;
  body: string;
  userAgent: string;
  ip: string;
}

function containsAny(fields: MatchedFields, keys: string[]): boolean {
  if (keys.length === 0) return false;
  const values = Object.values(fields)
    .filter((value): value is string => typeof value === 'string' && value !== '')
    .map((value) => value.toLowerCase());
  return keys.some((key) => values.some((value) => value.includes(key)));
}

export async function initialStatus(
  fields: MatchedFields,
  { honeypotFilled, settings, isKnownAuthor }: {
    honeypotFilled: boolean;
    settings: ModerationSettings;
    /** Asked only when it can change the outcome. */
    isKnownAuthor: () => Promise<boolean>;
  },
): Promise<InitialStatus> {
  if (honeypotFilled || containsAny(fields, settings.disallowedKeys)) return 'spam';
  if (countLinks(fields.body) >= settings.holdLinkCount) return 'pending';
  if (containsAny(fields, settings.moderationKeys)) return 'pending';
  if (settings.autoApproveKnownAuthors && (await isKnownAuthor())) return 'approved';
  return 'pending';
}
