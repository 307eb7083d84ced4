import type { CommentSeed } from './types';

/** Sample comments on the article, one or more in each moderation state. */
export const comments: CommentSeed[] = [
  {
    key: 'sample-comment-approved-thanks',
    articleSlug: 'what-is-ketamine-treatment',
    authorName: 'Sample Visitor A',
    authorEmail: 'sample.visitor.a@example.com',
    body: 'Thank you for the clear explanation. The short history section was easy to follow.',
    moderationStatus: 'approved',
  },
  {
    key: 'sample-comment-approved-reply',
    articleSlug: 'what-is-ketamine-treatment',
    parentKey: 'sample-comment-approved-thanks',
    authorName: 'Sample Clinic Team (placeholder)',
    authorEmail: 'sample.clinic.team@example.com',
    body: 'Thank you for reading. If you have questions, you are welcome to book a free consult.',
    moderationStatus: 'approved',
  },
  {
    key: 'sample-comment-approved-tips',
    articleSlug: 'what-is-ketamine-treatment',
    authorName: 'Sample Visitor B',
    authorEmail: 'sample.visitor.b@example.com',
    body: 'Helpful page. I liked the list of self-care tips.',
    moderationStatus: 'approved',
  },
  {
    key: 'sample-comment-pending',
    articleSlug: 'what-is-ketamine-treatment',
    authorName: 'Sample Visitor C',
    authorEmail: 'sample.visitor.c@example.com',
    body: 'Is the free consult by phone or in person?',
    moderationStatus: 'pending',
  },
  {
    key: 'sample-comment-spam',
    articleSlug: 'what-is-ketamine-treatment',
    authorName: 'Sample Spammer (sample)',
    authorEmail: 'sample.spammer@example.com',
    authorUrl: 'https://spam.example.com',
    body: 'Win big at our online casino! Visit our site now.',
    moderationStatus: 'spam',
  },
  {
    key: 'sample-comment-trash',
    articleSlug: 'what-is-ketamine-treatment',
    authorName: 'Sample Visitor D',
    authorEmail: 'sample.visitor.d@example.com',
    body: 'Test comment, please delete.',
    moderationStatus: 'trash',
  },
];
