import { randomBytes } from 'node:crypto';
import type { Core, Modules } from '@strapi/strapi';
import type consultService from '#src/api/consult-request/services/consult-request';
import type {
  ConsultRequestView,
  EraseResponse,
  ExportedComment,
  ModerationStatus,
  PersonalDataContact,
} from '../../shared/contracts';
import { COMMENT, COMMENT_RELATIONS, articleRef, type RelatedDocument } from './queue-service';
import type { EraseInput } from './validation';

export const ANONYMOUS_NAME = 'Anonymous';
export const REMOVED_BODY = "[removed at the author's request]";

/**
 * The address an erased comment keeps. authorEmail is a required email field,
 * so it cannot be emptied; a random address under the reserved `.invalid` TLD
 * (RFC 2606) satisfies the field, can never receive mail, and, being different
 * for every comment, neither links the erased comments together nor lets
 * anyone post as a "known author" with it.
 */
export function erasedEmail(): string {
  return `erased-${randomBytes(8).toString('hex')}@example.invalid`;
}

const CONSULT = 'api::consult-request.consult-request';

/** The consultation requests' own service finds and deletes them (it alone holds their keys). */
type ConsultContactTools = Pick<ReturnType<typeof consultService>, 'exportByContact' | 'eraseByContact'>;

interface StoredComment {
  documentId: string;
  createdAt?: string | Date | null;
  updatedAt?: string | Date | null;
  moderationStatus?: string | null;
  authorName?: string | null;
  authorEmail?: string | null;
  authorUrl?: string | null;
  body?: string | null;
  clientIpHash?: string | null;
  userAgent?: string | null;
  article?: RelatedDocument | null;
  parent?: RelatedDocument | null;
}

type CommentInput = Modules.Documents.Params.Data.Input<typeof COMMENT>;
/** Comment input in which an optional attribute may be null, which is how Strapi clears it. */
type ClearableCommentInput = { [K in keyof CommentInput]?: CommentInput[K] | null };

const iso = (value: string | Date | null | undefined) => new Date(value ?? 0).toISOString();

function toExported(comment: StoredComment): ExportedComment {
  return {
    documentId: comment.documentId,
    createdAt: iso(comment.createdAt),
    updatedAt: iso(comment.updatedAt),
    moderationStatus: (comment.moderationStatus ?? 'pending') as ModerationStatus,
    authorName: comment.authorName ?? '',
    authorEmail: comment.authorEmail ?? '',
    authorUrl: comment.authorUrl ?? null,
    body: comment.body ?? '',
    clientIpHash: comment.clientIpHash ?? null,
    userAgent: comment.userAgent ?? null,
    article: articleRef(comment.article),
    parent: comment.parent?.documentId ?? null,
  };
}

const byEmail = (email: string) => ({ authorEmail: { $eqi: email } });

async function commentsByEmail(strapi: Core.Strapi, email: string): Promise<ExportedComment[]> {
  const found = await strapi.documents(COMMENT).findMany({
    filters: byEmail(email),
    sort: [{ createdAt: 'asc' }, { id: 'asc' }],
    populate: COMMENT_RELATIONS,
  });
  return (found as StoredComment[]).map(toExported);
}

/**
 * Replaces the name, email, website, IP hash and user agent of every comment by `email`, and
 * the text too when asked. The comments stay, so replies keep their place in the thread;
 * their moderation status is kept.
 */
async function anonymiseComments(strapi: Core.Strapi, email: string, removeText: boolean): Promise<number> {
  const comments = strapi.documents(COMMENT);
  const found = await comments.findMany({ filters: byEmail(email), fields: ['documentId'] });
  for (const { documentId } of found) {
    const anonymised = {
      authorName: ANONYMOUS_NAME,
      authorEmail: erasedEmail(),
      authorUrl: null,
      clientIpHash: null,
      userAgent: null,
      ...(removeText ? { body: REMOVED_BODY } : {}),
    } satisfies ClearableCommentInput;
    // The generated input type has no null for optional attributes, though null is how Strapi
    // clears one; `satisfies` above has checked every name and value, so widen it here.
    await comments.update({ documentId, data: anonymised as unknown as Partial<CommentInput> });
  }
  return found.length;
}

/**
 * Personal-data requests, as WordPress's privacy tools answer them: every comment written with
 * an email address (compared case-insensitively, the whole address), and every consultation
 * request sent with that address or a phone number (found by the front desk's lookup hashes,
 * through the consultation requests' own service), exported with all stored fields, or erased.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const consultRequests = () => strapi.service(CONSULT) as unknown as ConsultContactTools;

  return {
    /** Comments by the email address only (they have no phone); requests by either. */
    async exportByContact({ email, phone }: PersonalDataContact): Promise<{
      comments: ExportedComment[];
      consultRequests: ConsultRequestView[];
    }> {
      const [found, requests] = await Promise.all([
        email ? commentsByEmail(strapi, email) : Promise.resolve([]),
        consultRequests().exportByContact({ email, phone }),
      ]);
      return { comments: found, consultRequests: requests };
    },

    /**
     * Anonymises the comments (see anonymiseComments) and deletes the consultation requests
     * (nothing in them is anyone else's, and nothing refers to them), in one transaction: either
     * both are done or neither.
     */
    async eraseByContact({ email, phone, removeText }: EraseInput): Promise<EraseResponse['data']> {
      return strapi.db.transaction(async () => {
        const erased = email ? await anonymiseComments(strapi, email, removeText) : 0;
        const deleted = await consultRequests().eraseByContact({ email, phone });
        return { erased, consultRequests: deleted };
      });
    },
  };
};
