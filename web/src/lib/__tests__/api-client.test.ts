import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { ApiError, apiGet, serializeQuery } from '@/lib/api-client';
import { cmsApi, strapiError } from '@/testing/handlers';
import { server } from '@/testing/server';

describe('serializeQuery', () => {
  it('writes nested objects and arrays in Strapi bracket syntax', () => {
    expect(
      serializeQuery({
        filters: { slug: { $eq: 'first-visit' } },
        populate: { author: { fields: ['name', 'role'] } },
        pagination: { page: 2 },
      }),
    ).toBe(
      'filters[slug][$eq]=first-visit&populate[author][fields][0]=name&populate[author][fields][1]=role&pagination[page]=2',
    );
  });

  it('percent-encodes values and drops undefined and null entries', () => {
    expect(serializeQuery({ filters: { title: { $containsi: 'a&b c' } }, sort: undefined, locale: null })).toBe(
      'filters[title][$containsi]=a%26b%20c',
    );
  });
});

describe('apiGet', () => {
  it('sends the serialised query to /api on the CMS and returns the body', async () => {
    let seen: URL | undefined;
    server.use(
      http.get(cmsApi('/articles'), ({ request }) => {
        seen = new URL(request.url);
        return HttpResponse.json({ data: [], meta: {} });
      }),
    );

    await expect(apiGet('/articles', { fields: ['title'] })).resolves.toEqual({ data: [], meta: {} });
    expect(seen?.searchParams.get('fields[0]')).toBe('title');
  });

  it('turns a Strapi error body into an ApiError with its status, name, message and details', async () => {
    const details = { errors: [{ path: ['slug'], message: 'slug must be unique' }] };
    server.use(http.get(cmsApi('/articles'), () => strapiError(400, 'ValidationError', 'Invalid slug', details)));

    const error: unknown = await apiGet('/articles').catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 400, name: 'ValidationError', message: 'Invalid slug', details });
  });

  it('turns a network failure into an ApiError with status 0', async () => {
    server.use(http.get(cmsApi('/articles'), () => HttpResponse.error()));

    await expect(apiGet('/articles')).rejects.toMatchObject({ status: 0, name: 'NetworkError' });
  });
});
