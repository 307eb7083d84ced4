import { checkConsultRequest } from '@clinic/rules';
import { http, HttpResponse, type JsonBodyType } from 'msw';
import { env } from '@/config/env';
import {
  articleFixture,
  articleSummaryFixture,
  cliniciansFixture,
  commentsFixture,
  faqEntriesFixture,
  pagesFixture,
  siteSettingsFixture,
  treatmentOptionsFixture,
} from '@/testing/fixtures';

export const cmsApi = (path: string) => `${env.cmsUrl}/api${path}`;

/** Strapi's error body, as its REST API sends it. */
export const strapiError = (status: number, name: string, message: string, details: unknown = {}) =>
  HttpResponse.json({ data: null, error: { status, name, message, details } }, { status });

const serverError = () => strapiError(500, 'InternalServerError', 'Internal Server Error');

/** Keys of the query string that start with `prefix`, e.g. all `populate[…]` keys. */
const keysStartingWith = (url: URL, prefix: string) => [...url.searchParams.keys()].filter((key) => key.startsWith(prefix));

/**
 * What every request of the web app must look like; a request that breaks a rule
 * gets a 400, so the page shows its error view and the test fails:
 * explicit `fields`, never `populate=*` (nor `populate[0]=*`), only published content.
 */
function queryProblem(url: URL): string | null {
  if (keysStartingWith(url, 'fields[').length === 0) return 'the request must list its fields';
  for (const [key, value] of url.searchParams) {
    if (key.startsWith('populate') && value === '*') return `wildcard populate is not allowed (${key}=*)`;
  }
  if (url.searchParams.has('status')) return 'the web app must not ask for a publication status';
  return null;
}

/** Relations an article request must populate itself, each with its own field list. */
const articleDetailRelations = ['author', 'medicalReviewer', 'sources', 'seo', 'relatedTreatments', 'relatedFaqs'];

function articleQueryProblem(url: URL): string | null {
  const general = queryProblem(url);
  if (general) return general;
  // Without a populate of its own the CMS would add its default tree: the web app always sends one.
  if (keysStartingWith(url, 'populate').length === 0) return 'article requests must send their own populate';
  if (url.searchParams.has('filters[slug][$eq]')) {
    const missing = articleDetailRelations.filter(
      (relation) => keysStartingWith(url, `populate[${relation}][fields][`).length === 0,
    );
    if (missing.length > 0) return `the article request must populate ${missing.join(', ')} with fields`;
  }
  return null;
}

const badRequest = (message: string) => strapiError(400, 'ValidationError', message);

function pageSizeOf(url: URL): number {
  return Number(url.searchParams.get('pagination[pageSize]') ?? 25);
}

function list<T>(items: readonly T[], url: URL) {
  const pageSize = pageSizeOf(url);
  const page = Number(url.searchParams.get('pagination[page]') ?? 1);
  const data = items.slice((page - 1) * pageSize, page * pageSize);
  return HttpResponse.json({
    data,
    meta: {
      pagination: { page, pageSize, pageCount: Math.ceil(items.length / pageSize), total: items.length },
    },
  } as JsonBodyType);
}

/** A collection filtered by `filters[slug][$eq]` the way Strapi does it: a list, empty when nothing matches. */
function bySlug<T extends { slug: string }>(items: readonly T[], url: URL) {
  const slug = url.searchParams.get('filters[slug][$eq]');
  return list(
    items.filter((item) => item.slug === slug),
    url,
  );
}

export const siteSettingsHandlers = {
  success: http.get(cmsApi('/site-setting'), ({ request }) => {
    const problem = queryProblem(new URL(request.url));
    return problem ? badRequest(problem) : HttpResponse.json({ data: siteSettingsFixture, meta: {} });
  }),
  serverError: http.get(cmsApi('/site-setting'), serverError),
};

export const articleHandlers = {
  success: http.get(cmsApi('/articles'), ({ request }) => {
    const url = new URL(request.url);
    const problem = articleQueryProblem(url);
    if (problem) return badRequest(problem);
    if (url.searchParams.has('filters[slug][$eq]')) return bySlug([articleFixture], url);
    // A clinician's page: the articles they wrote, and those they medically reviewed.
    for (const relation of ['author', 'medicalReviewer'] as const) {
      const slug = url.searchParams.get(`filters[${relation}][slug][$eq]`);
      if (slug !== null) return list(articleFixture[relation]?.slug === slug ? [articleSummaryFixture] : [], url);
    }
    return list([articleSummaryFixture], url);
  }),
  empty: http.get(cmsApi('/articles'), ({ request }) => list([], new URL(request.url))),
  /** `count` published articles, "Article 1" the newest. */
  many: (count: number) =>
    http.get(cmsApi('/articles'), ({ request }) => {
      const articles = Array.from({ length: count }, (_, index) => ({
        ...articleSummaryFixture,
        id: index + 1,
        documentId: `article-${index + 1}`,
        title: `Article ${index + 1}`,
        slug: `article-${index + 1}`,
      }));
      return list(articles, new URL(request.url));
    }),
  serverError: http.get(cmsApi('/articles'), serverError),
};

export const treatmentOptionHandlers = {
  success: http.get(cmsApi('/treatment-options'), ({ request }) => {
    const url = new URL(request.url);
    const problem = queryProblem(url);
    if (problem) return badRequest(problem);
    if (url.searchParams.has('filters[slug][$eq]')) return bySlug(treatmentOptionsFixture, url);
    // The list query does not ask for the rich-text description.
    return list(
      treatmentOptionsFixture.map((treatment) => ({ ...treatment, description: undefined })),
      url,
    );
  }),
  serverError: http.get(cmsApi('/treatment-options'), serverError),
};

export const clinicianHandlers = {
  success: http.get(cmsApi('/clinicians'), ({ request }) => {
    const url = new URL(request.url);
    const problem = queryProblem(url);
    if (problem) return badRequest(problem);
    if (url.searchParams.has('filters[slug][$eq]')) return bySlug(cliniciansFixture, url);
    return list(cliniciansFixture.map((clinician) => ({ ...clinician, specialties: undefined })), url);
  }),
};

export const faqEntryHandlers = {
  success: http.get(cmsApi('/faq-entries'), ({ request }) => {
    const url = new URL(request.url);
    const problem = queryProblem(url);
    return problem ? badRequest(problem) : list(faqEntriesFixture, url);
  }),
  serverError: http.get(cmsApi('/faq-entries'), serverError),
};

/** Only the fields the request lists, as Strapi answers (`populate[seo]` adds the SEO component). */
function pick(item: Record<string, unknown>, url: URL): Record<string, unknown> {
  const fields = keysStartingWith(url, 'fields[').map((key) => url.searchParams.get(key) ?? '');
  const populated = url.searchParams.has('populate[seo][fields][0]') ? ['seo'] : [];
  return Object.fromEntries(Object.entries(item).filter(([key]) => ['id', 'documentId', ...fields, ...populated].includes(key)));
}

export const pageHandlers = {
  /** By slug (`filters[slug][$eq]`) or the footer's (`filters[showInFooter][$eq]=true`), sorted as asked. */
  success: http.get(cmsApi('/pages'), ({ request }) => {
    const url = new URL(request.url);
    // As the CMS: a status is for the renderer's preview token (every page the root renders asks for the footer's).
    const checked = new URL(url);
    if (request.headers.has('authorization')) checked.searchParams.delete('status');
    const problem = queryProblem(checked);
    if (problem) return badRequest(problem);
    if (url.searchParams.has('filters[slug][$eq]')) return bySlug(pagesFixture.map((page) => ({ ...pick(page, url), slug: page.slug })), url);
    let pages = pagesFixture.filter((page) => url.searchParams.get('filters[showInFooter][$eq]') !== 'true' || page.showInFooter);
    if (url.searchParams.get('sort[0]') === 'footerOrder:asc') pages = [...pages].sort((a, b) => a.footerOrder - b.footerOrder);
    return list(
      pages.map((page) => pick(page, url)),
      url,
    );
  }),
  /** No page has been published yet. */
  empty: http.get(cmsApi('/pages'), ({ request }) => list([], new URL(request.url))),
  serverError: http.get(cmsApi('/pages'), serverError),
};

export const commentHandlers = {
  /** The approved comments of the fixture article (by slug), none for any other. */
  list: http.get(cmsApi('/comments'), ({ request }) => {
    const url = new URL(request.url);
    const slug = url.searchParams.get('filters[article][slug][$eq]');
    if (!slug) return badRequest('comments must be filtered by article');
    return list(slug === articleFixture.slug ? commentsFixture : [], url);
  }),
  formToken: http.get(cmsApi('/comments/form-token'), () =>
    HttpResponse.json({ data: { token: 'signed-form-token', expiresAt: '2099-01-01T00:00:00.000Z' }, meta: {} }),
  ),
  /** Accepts any comment and holds it for moderation, as the CMS does by default. */
  create: http.post(cmsApi('/comments'), async ({ request }) => {
    const { data } = (await request.json()) as { data: Record<string, unknown> };
    return HttpResponse.json(
      {
        data: {
          documentId: 'newpendingcommentxxxxxxx',
          authorName: data.authorName,
          authorUrl: data.authorUrl ?? null,
          body: data.body,
          parent: data.parent ? { documentId: data.parent } : null,
          moderationStatus: 'pending',
          createdAt: '2026-11-27T12:00:00.000Z',
        },
        meta: {},
      } as JsonBodyType,
      { status: 201 },
    );
  }),
};

export const CONSULT_FORM_TOKEN = 'signed-consult-form-token';

export const consultRequestHandlers = {
  formToken: http.get(cmsApi('/consult-requests/form-token'), () =>
    HttpResponse.json({ data: { token: CONSULT_FORM_TOKEN, expiresAt: '2099-01-01T00:00:00.000Z' }, meta: {} }),
  ),
  /** As the CMS: checks the request with the shared rules, answers their problems as field errors, else stores it. */
  create: http.post(cmsApi('/consult-requests'), async ({ request }) => {
    const body = (await request.json()) as { data?: unknown } | null;
    const checked = checkConsultRequest(body?.data);
    if (!checked.ok) {
      return strapiError(400, 'ValidationError', 'The request has problems', {
        errors: checked.problems.map(({ path, message }) => ({ path, message, name: 'ValidationError' })),
      });
    }
    return HttpResponse.json({ data: { documentId: 'newconsultrequestxxxxxxx', createdAt: '2026-11-27T12:00:00.000Z' }, meta: {} }, { status: 201 });
  }),
};

export const handlers = [
  siteSettingsHandlers.success,
  articleHandlers.success,
  treatmentOptionHandlers.success,
  faqEntryHandlers.success,
  clinicianHandlers.success,
  pageHandlers.success,
  commentHandlers.list,
  commentHandlers.formToken,
  commentHandlers.create,
  consultRequestHandlers.formToken,
  consultRequestHandlers.create,
];
