import { apiGet } from '@/lib/api-client';
import { formTokenQueryOptions, type FormToken } from '@/lib/form-token';
import type { StrapiResponse } from '@/types/api';

/** A token for the consultation request form (`GET /api/consult-requests/form-token`), sent back with the request. */
export async function getFormToken({ signal }: { signal?: AbortSignal } = {}): Promise<FormToken> {
  const body = await apiGet<StrapiResponse<FormToken>>('/consult-requests/form-token', undefined, { signal });
  return body.data;
}

/** Visitors only ever send consultation requests, never read them: the form's token is the one query. */
export const consultRequestQueries = {
  all: ['consult-requests'] as const,
  formToken: () => formTokenQueryOptions([...consultRequestQueries.all, 'form-token'] as const, ({ signal }) => getFormToken({ signal })),
};
