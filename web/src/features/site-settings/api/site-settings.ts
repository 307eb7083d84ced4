import { queryOptions } from '@tanstack/react-query';
import type { SiteSetting } from 'cms/types/content';
import { apiGet } from '@/lib/api-client';
import type { Present, StrapiResponse } from '@/types/api';

/** Attributes the schema marks required: the API always sends them. */
const requiredFields = ['clinicName', 'phone', 'consultCtaText', 'consultCtaUrl', 'medicalDisclaimer'] as const;
const optionalFields = ['address', 'openingHours'] as const;

export type SiteSettings = Pick<SiteSetting, 'documentId' | (typeof optionalFields)[number]> &
  Present<SiteSetting, (typeof requiredFields)[number]>;

export async function getSiteSettings({ signal }: { signal?: AbortSignal } = {}): Promise<SiteSettings> {
  const body = await apiGet<StrapiResponse<SiteSettings>>(
    '/site-setting',
    { fields: [...requiredFields, ...optionalFields] },
    { signal },
  );
  return body.data;
}

export const siteSettingsQueries = {
  all: ['site-settings'] as const,
  detail: () =>
    queryOptions({
      queryKey: [...siteSettingsQueries.all, 'detail'] as const,
      queryFn: ({ signal }) => getSiteSettings({ signal }),
    }),
};
