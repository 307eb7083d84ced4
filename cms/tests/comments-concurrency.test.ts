/** Many comments at once: none lost, none stored twice. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCms, type Cms } from './support/cms';
import { articleId, commentFields, commentRows, formToken, postComment, sql, unique } from './support/comments';

let cms: Cms;
let article: string;

beforeAll(async () => {
  cms = await startCms({ env: { COMMENT_MIN_FILL_SECONDS: '0', COMMENT_FLOOD_SECONDS: '0' } });
  article = await articleId(cms);
});

afterAll(async () => {
  await cms?.destroy();
});

describe('concurrent comments', () => {
  it('stores 200 distinct comments posted at once, each exactly once, and answers 201 to all', async () => {
    const run = unique('concurrent');
    const token = await formToken(cms);
    const replies = await Promise.all(
      Array.from({ length: 200 }, (_, i) =>
        postComment(cms, commentFields(article, { body: `${run} comment number ${i}` }), { formToken: token }),
      ),
    );

    const statuses = replies.map((reply) => reply.status);
    expect(statuses.filter((status) => status !== 201), JSON.stringify(replies.find((r) => r.status !== 201)?.body)).toEqual([]);

    const rows = await commentRows(cms, `body LIKE ${sql(`${run} %`)}`);
    expect(rows).toHaveLength(200);
    expect(new Set(rows.map((row) => row.body)).size).toBe(200);
    expect(new Set(rows.map((row) => row.document_id))).toEqual(new Set(replies.map((reply) => reply.body.data.documentId)));
  }, 120_000);

  it('stores one of 20 identical comments posted at once and answers 409 to the others', async () => {
    const fields = commentFields(article, { body: unique('identical') });
    const token = await formToken(cms);
    const replies = await Promise.all(Array.from({ length: 20 }, () => postComment(cms, fields, { formToken: token })));
    expect(replies.map((reply) => reply.status).sort()).toEqual([201, ...Array(19).fill(409)]);
    expect(await commentRows(cms, `body = ${sql(fields.body as string)}`)).toHaveLength(1);
  });
});
