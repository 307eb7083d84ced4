/**
 * The public query string never makes the CMS answer 5xx: hostile names and
 * shapes in fields, sort, filters, populate and pagination get a 400 in
 * Strapi's error shape naming the parameter (or a normal 200/404), over-long
 * query strings a 414, and every query the web app sends still answers 200.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCms, type Cms } from './support/cms';
import { SEEDED_SLUG, articleId } from './support/comments';
import { request, type Reply } from './support/http';
import { deep, generateQueries, type FuzzTarget } from './support/query-fuzz';

let cms: Cms;
let article: string;
let faqEntry: string;
let treatment: string;
let clinician: string;
let comment: string;

beforeAll(async () => {
  cms = await startCms();
  article = await articleId(cms);
  const first = async (path: string) => (await request(cms.url, `${path}?fields[0]=documentId`)).body.data[0].documentId as string;
  faqEntry = await first('/api/faq-entries');
  treatment = await first('/api/treatment-options');
  clinician = await first('/api/clinicians');
  comment = (await request(cms.url, `/api/comments?filters[article][documentId][$eq]=${article}`)).body.data[0].documentId;
});

afterAll(async () => {
  await cms?.destroy();
});

const get = (path: string) => request(cms.url, path);

/** `fields[0]=a&fields[1]=b`, as the web app's serializer writes a list. */
const list = (key: string, values: readonly string[]) => values.map((value, index) => `${key}[${index}]=${encodeURIComponent(value)}`).join('&');

/** A refusal in Strapi's error shape: `{ data: null, error: { status, name, message, details } }`. */
function expectRefusal(reply: Reply<any>, status: 400 | 414, what: string) {
  expect(reply.status, what).toBe(status);
  expect(reply.body, what).toMatchObject({ data: null, error: { status, name: expect.any(String), message: expect.any(String) } });
  expect(typeof reply.body.error.details, what).toBe('object');
}

/** A reply that is not an error of the server's: a normal 200/404, or a 400/414 refusal in Strapi's shape. */
function expectAnswered(reply: Reply<any>, what: string) {
  expect([200, 400, 404, 414], `${what} answered ${reply.status}: ${JSON.stringify(reply.body).slice(0, 300)}`).toContain(
    reply.status,
  );
  if (reply.status >= 400) {
    expect(reply.body, what).toMatchObject({ data: null, error: { status: reply.status, message: expect.any(String) } });
  }
}

const ARTICLE: FuzzTarget = {
  scalars: ['title', 'slug', 'excerpt', 'body', 'lastReviewedAt', 'commentsOpen'],
  relations: ['author', 'medicalReviewer', 'relatedTreatments', 'relatedFaqs', 'cover'],
  components: ['sources', 'seo'],
  privates: ['createdBy', 'updatedBy'],
};
const FAQ: FuzzTarget = { scalars: ['question', 'answer', 'order', 'topic'], relations: [], components: [], privates: ['createdBy'] };
const TREATMENT: FuzzTarget = {
  scalars: ['name', 'slug', 'category', 'summary', 'description', 'howGiven', 'order'],
  relations: [],
  components: [],
  privates: ['updatedBy'],
};
const CLINICIAN: FuzzTarget = { scalars: ['name', 'slug', 'credentials', 'role', 'shortBio'], relations: ['photo'], components: ['specialties'], privates: [] };
const COMMENT: FuzzTarget = {
  scalars: ['body', 'authorName', 'authorUrl', 'moderationStatus', 'createdAt'],
  relations: ['article', 'parent'],
  components: [],
  privates: ['authorEmail', 'clientIpHash', 'userAgent'],
};
const SITE: FuzzTarget = {
  scalars: ['clinicName', 'phone', 'address', 'commentHoldLinkCount', 'commentAutoApproveKnownAuthors'],
  relations: [],
  components: [],
  privates: [],
};

/**
 * Each of these answered 500 on /api/articles before the query guard: a prototype name taken
 * for an attribute, an operator or a list where the query builder wants a
 * field name, `$or` given an object, `$and` inside a field, a value where
 * `filters` needs an object, `$between` without two values.
 */
const FOUND: [query: string, param: string][] = [
  ['fields=constructor', 'fields'],
  ['fields[0]=__proto__', 'fields'],
  ['fields=toString', 'fields'],
  ['fields=hasOwnProperty', 'fields'],
  ['fields[0]=title&fields[1]=isPrototypeOf', 'fields'],
  ['fields', 'fields'],
  ['sort=constructor', 'sort'],
  ['sort[0]=valueOf:asc', 'sort'],
  ['sort=title:asc,toString:desc', 'sort'],
  ['populate=constructor', 'populate'],
  ['populate[0]=toString', 'populate'],
  ['filters[$eq]=1', 'filters'],
  ['filters[$nei]=1e309', 'filters'],
  ['filters[$endsWith]=title', 'filters'],
  ['filters[$jsonSupersetOf][1][$endsWith]', 'filters'],
  ['filters[$lt]', 'filters'],
  ['filters[title][$gt][$jsonSupersetOf]=x', 'filters'],
  ['filters[title][$and][0]=x', 'filters'],
  ['filters[$or][title]=x', 'filters'],
  ['filters[$or][1][][1][0]', 'filters'],
  ['filters[]=1.5', 'filters'],
  ['filters[0]=1e309', 'filters'],
  ['filters[0][title]=1', 'filters'],
  ['filters[1]=a,b,c', 'filters'],
  ['filters=1e309&filters[title][$eq]=x', 'filters'],
  ['filters[title][$between]=1', 'filters'],
  ['filters[title][$eq][a]=1', 'filters'],
  // 500 on PostgreSQL only, which will not compare a word with an integer, LIKE a number or a date, or a text with JSON.
  ['filters[id][$eq]=abc', 'filters'],
  ['filters[id][$in][0]=99999999999', 'filters'],
  ['filters[author]=someone', 'filters'],
  ['filters[commentsOpen][$contains]=t', 'filters'],
  ['filters[lastReviewedAt][2][$containsi][0]=2026-13-45', 'filters'],
];

const ROUTES = () =>
  [
    ['/api/articles', ARTICLE],
    [`/api/articles/${article}`, ARTICLE],
    ['/api/faq-entries', FAQ],
    [`/api/faq-entries/${faqEntry}`, FAQ],
    ['/api/treatment-options', TREATMENT],
    [`/api/treatment-options/${treatment}`, TREATMENT],
    ['/api/clinicians', CLINICIAN],
    [`/api/clinicians/${clinician}`, CLINICIAN],
    ['/api/comments', COMMENT],
    [`/api/comments/${comment}`, COMMENT],
    ['/api/site-setting', SITE],
  ] as const;

describe('hostile query strings', () => {
  it('refuses each shape that used to answer 500 with a 400 naming the parameter, on every route', async () => {
    for (const [route] of ROUTES()) {
      for (const [query, param] of FOUND) {
        const reply = await get(`${route}?${query}`);
        expectRefusal(reply, 400, `${route}?${query}`);
        expect(reply.body.error.name).toBe('ValidationError');
        expect(reply.body.error.message, `${route}?${query}`).toContain(`"${param}"`);
      }
    }
  });

  it('answers generated hostile queries with 200, 404 or a 400 in Strapi’s shape, never 5xx', async () => {
    let seed = 20261201;
    for (const [route, target] of ROUTES()) {
      for (const query of generateQueries(seed, target, 120)) {
        expectAnswered(await get(`${route}?${query}`), `${route}?${query}`);
      }
      seed += 1;
    }
  });

  it('refuses comparing a rich-text (JSON) field with a text, which PostgreSQL answered with 500', async () => {
    for (const query of ['filters[body]=__proto__', 'filters[body][$eq]=x', 'filters[body][$contains]=x']) {
      const reply = await get(`/api/articles?${query}`);
      expectRefusal(reply, 400, query);
      expect(reply.body.error.message, query).toContain('"filters"');
    }
    const search = await get('/api/articles?filters[body][$containsi]=ketamine&fields[0]=title');
    expect(search.status).toBe(200);
    expect(search.body.data).toHaveLength(1);
  });

  it('answers HEAD like GET', async () => {
    const reply = await request(cms.url, '/api/articles?fields=constructor', { method: 'HEAD' });
    expect(reply.status).toBe(400);
  });

  it('refuses bad pagination with a 400 that names it', async () => {
    for (const query of [
      'pagination[page]=NaN',
      'pagination[pageSize]=-1',
      'pagination[page]=0',
      'pagination[page]=99999999999999999999',
      'pagination[pageSize]=Infinity',
      'pagination[withCount]=maybe',
      'pagination[0]=1',
      'pagination=5',
      'pagination[page][$gt]=1',
      'start=-5',
      'limit=NaN',
      'locale[$eq]=en',
      'status[0]=published',
    ]) {
      const reply = await get(`/api/articles?${query}`);
      expectRefusal(reply, 400, query);
      expect(reply.body.error.message, query).toMatch(/"(pagination|start|limit|locale|status)"/);
    }
  });

  it('still refuses drafts and private comment fields', async () => {
    expect((await get('/api/articles?status=draft')).status).toBe(400);
    for (const query of ['filters[authorEmail][$eq]=a@b.c', 'sort=clientIpHash:asc', 'fields[0]=userAgent', 'filters[parent][authorEmail][$null]=false']) {
      const reply = await get(`/api/comments?${query}`);
      expectRefusal(reply, 400, query);
      expect(JSON.stringify(reply.body), query).not.toMatch(/@example/);
    }
  });
});

describe('limits', () => {
  it('refuses a query string over 4 KB with a 414 in Strapi’s shape', async () => {
    const query = `filters[slug][$in][0]=${'a'.repeat(4100)}`;
    const reply = await get(`/api/articles?${query}`);
    expectRefusal(reply, 414, 'long query');
    expect(reply.body.error.message).toMatch(/too long.*4096/);
  });

  it('takes a query string of exactly 4 KB', async () => {
    const prefix = `filters[slug][$in][0]=${SEEDED_SLUG}&filters[slug][$in][1]=`;
    const reply = await get(`/api/articles?${prefix}${'a'.repeat(4096 - prefix.length)}`);
    expect(reply.status).toBe(200);
    expect(reply.body.data).toHaveLength(1);
  });

  it('refuses brackets nested deeper than 10 levels, and takes 10', async () => {
    const nested = (levels: number) => `filters${'[$and][0]'.repeat(levels)}[slug][$eq]=${SEEDED_SLUG}`;
    const ok = await get(`/api/articles?${nested(4)}`); // 10 levels
    expect(ok.status).toBe(200);
    expect(ok.body.data).toHaveLength(1);

    const tooDeep = await get(`/api/articles?${nested(5)}`); // 12 levels
    expectRefusal(tooDeep, 400, 'deep query');
    expect(tooDeep.body.error.message).toMatch(/nested too deeply/);
    expectRefusal(await get(`/api/comments?${deep('filters', 40)}`), 400, 'very deep query');
  });
});

describe('valid queries', () => {
  const cardFields = ['title', 'slug', 'excerpt', 'lastReviewedAt'];
  const person = (relation: string) => list(`populate[${relation}][fields]`, ['name', 'credentials', 'role']);
  const treatmentFields = ['name', 'slug', 'category', 'summary', 'order', 'howGiven', 'regulatoryStatus', 'commonSideEffects', 'insuranceNote'];

  /** What web/src/features/<name>/api builds, serialised as web/src/lib/api-client.ts does. */
  const WEB_APP = () => [
    // articles: the list, page 1 of 12
    `/api/articles?${list('fields', cardFields)}&${person('author')}&${list('sort', ['publishedAt:desc', 'documentId:asc'])}` +
      '&pagination[page]=1&pagination[pageSize]=12&pagination[withCount]=true',
    // articles: one by slug, with everything its page shows
    `/api/articles?filters[slug][$eq]=${SEEDED_SLUG}&${list('fields', [...cardFields, 'body', 'commentsOpen'])}` +
      `&${person('author')}&${person('medicalReviewer')}&${list('populate[sources][fields]', ['title', 'url'])}` +
      `&${list('populate[seo][fields]', ['metaTitle', 'metaDescription'])}` +
      `&${list('populate[relatedTreatments][fields]', ['name', 'slug', 'category', 'summary'])}&populate[relatedTreatments][sort][0]=order%3Aasc` +
      `&${list('populate[relatedFaqs][fields]', ['question', 'answer', 'topic', 'order'])}&populate[relatedFaqs][sort][0]=order%3Aasc` +
      '&pagination[page]=1&pagination[pageSize]=1',
    // comments of an article, all pages of 100
    `/api/comments?filters[article][slug][$eq]=${SEEDED_SLUG}&sort[0]=createdAt%3Aasc&pagination[page]=1&pagination[pageSize]=100`,
    `/api/faq-entries?${list('fields', ['question', 'answer', 'topic', 'order'])}&sort[0]=order%3Aasc&pagination[page]=1&pagination[pageSize]=100`,
    `/api/site-setting?${list('fields', ['clinicName', 'phone', 'consultCtaText', 'consultCtaUrl', 'medicalDisclaimer', 'address', 'openingHours'])}`,
    `/api/treatment-options?${list('fields', treatmentFields)}&sort[0]=order%3Aasc&pagination[page]=1&pagination[pageSize]=100`,
    `/api/treatment-options?filters[slug][$eq]=ketamine-infusion-therapy&${list('fields', [...treatmentFields, 'description'])}` +
      '&pagination[page]=1&pagination[pageSize]=1',
  ];

  /** README "The REST API" and "Comments API", and common Strapi forms. */
  const DOCUMENTED = () => [
    '/api/articles',
    `/api/articles?filters[slug][$eq]=${SEEDED_SLUG}`,
    `/api/articles?filters[slug][$eq]=${SEEDED_SLUG}&fields[0]=title&fields[1]=lastReviewedAt` +
      '&populate[medicalReviewer][fields][0]=name&populate[medicalReviewer][fields][1]=credentials',
    `/api/articles/${article}`,
    `/api/articles?status=published&locale=en`,
    '/api/articles?populate=*',
    '/api/articles?populate=author,seo&sort=title:asc',
    '/api/articles?populate[0]=author&populate[1]=relatedTreatments&fields=title,slug',
    `/api/articles?filters[$or][0][slug][$eq]=${SEEDED_SLUG}&filters[$or][1][title][$containsi]=nothing`,
    `/api/articles?filters[$and][0][author][name][$notNull]=true&filters[$not][slug][$eq]=other`,
    '/api/articles?filters[lastReviewedAt][$between][0]=2000-01-01&filters[lastReviewedAt][$between][1]=2100-01-01',
    `/api/articles?filters[slug][$in][0]=${SEEDED_SLUG}&filters[id][$gt]=0&filters[commentsOpen][$eq]=true`,
    '/api/articles?sort[0]=author.name:asc&sort[1]=id:desc&pagination[start]=0&pagination[limit]=5',
    '/api/articles?sort[title]=asc&start=0&limit=-1',
    '/api/faq-entries?sort[0]=order:asc',
    '/api/treatment-options?filters[slug][$eq]=ketamine-infusion-therapy&sort[0]=order:asc',
    '/api/clinicians',
    '/api/clinicians?populate[photo][fields][0]=url&sort=name',
    '/api/site-setting',
    `/api/comments?filters[article][slug][$eq]=${SEEDED_SLUG}`,
    `/api/comments?filters[article][documentId][$eq]=${article}&pagination[page]=1&pagination[pageSize]=100`,
    `/api/comments?filters[article][slug][$eq]=${SEEDED_SLUG}&filters[parent][documentId][$null]=true&sort=createdAt:desc`,
    `/api/comments/${comment}`,
    '/api/comments/form-token',
  ];

  it('answers every query the web app sends with 200 and data', async () => {
    for (const path of WEB_APP()) {
      const reply = await get(path);
      expect(reply.status, `${path}: ${JSON.stringify(reply.body).slice(0, 300)}`).toBe(200);
      const data = reply.body.data;
      expect(Array.isArray(data) ? data.length : Object.keys(data ?? {}).length, path).toBeGreaterThan(0);
    }
  });

  it('answers the documented and common queries with 200 and data', async () => {
    for (const path of DOCUMENTED()) {
      const reply = await get(path);
      expect(reply.status, `${path}: ${JSON.stringify(reply.body).slice(0, 300)}`).toBe(200);
      expect(reply.body.data, path).toBeTruthy();
    }
  });
});
