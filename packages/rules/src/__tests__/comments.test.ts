import { describe, expect, it } from 'vitest';
import { checkComment } from '../comment-schema.js';
import { COMMENT_MESSAGES, commentExcerpt, countLinks } from '../comments.js';

const valid = {
  article: 'abc123',
  authorName: ' Sample Visitor ',
  authorEmail: 'visitor@example.com',
  authorUrl: '',
  body: 'A question:\nhow long does it take?',
  formToken: 'token',
  homepage: '',
};

describe('checkComment', () => {
  it('accepts a comment, trimmed, with blanks as null and the body kept on its lines', () => {
    expect(checkComment(valid)).toEqual({
      ok: true,
      value: {
        article: 'abc123',
        parent: null,
        authorName: 'Sample Visitor',
        authorEmail: 'visitor@example.com',
        authorUrl: null,
        body: 'A question:\nhow long does it take?',
        formToken: 'token',
        honeypotFilled: false,
      },
    });
  });

  it('names each field in error with the messages the API has always given', () => {
    const result = checkComment({ ...valid, authorName: 'Two\nlines', authorEmail: 'nope', authorUrl: 'javascript:alert(1)', body: '', moderationStatus: 'approved' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toEqual(
      expect.arrayContaining([
        { path: ['authorName'], message: COMMENT_MESSAGES.oneLine },
        { path: ['authorEmail'], message: COMMENT_MESSAGES.email },
        { path: ['authorUrl'], message: COMMENT_MESSAGES.url },
        { path: ['body'], message: COMMENT_MESSAGES.required },
        { path: ['moderationStatus'], message: COMMENT_MESSAGES.notAccepted },
      ]),
    );
    expect(result.problems).toHaveLength(5);
  });

  it('counts the body in characters: 5,000 emoji pass, 5,001 do not', () => {
    expect(checkComment({ ...valid, body: '😀'.repeat(5000) }).ok).toBe(true);
    const result = checkComment({ ...valid, body: '😀'.repeat(5001) });
    expect(result.ok ? [] : result.problems).toEqual([{ path: ['body'], message: COMMENT_MESSAGES.tooLong(5000, 5001) }]);
  });

  it('tells a filled-in honeypot apart', () => {
    const result = checkComment({ ...valid, homepage: 'https://spam.example' });
    expect(result.ok && result.value.honeypotFilled).toBe(true);
  });
});

describe('countLinks', () => {
  it.each([
    ['no link here', 0],
    ['see https://example.org and http://example.net/page', 2],
    ['www.example.org, once, even as https://www.example.org', 2],
    ['a protocol-relative //cdn.example.org/x', 1],
    ['"and//or" is not a link, nor is a/b//c', 0],
    ['<a href="https://example.org">https://example.org</a> is one link', 1],
    ['<a href="https://a.example">here</a> and <a href="https://b.example">there</a> and www.c.example', 3],
  ])('%s: %i', (body, links) => {
    expect(countLinks(body)).toBe(links);
  });
});

describe('commentExcerpt', () => {
  it('is one line of the visible text, cut with an ellipsis at the limit', () => {
    expect(commentExcerpt('  First line\n\nsecond\u200B line  ', 100)).toBe('First line second line');
    expect(commentExcerpt('😀'.repeat(10), 5)).toBe('😀😀😀😀…');
    expect(commentExcerpt('<b>as typed</b>', 100)).toBe('<b>as typed</b>');
  });
});
