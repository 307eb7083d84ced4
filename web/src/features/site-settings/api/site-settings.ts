import { queryOptions } from '@tanstack/react-query';
import type { SiteSetting } from 'cms/types/content';
import { apiGet } from '@/lib/api-client';
import type { Present, StrapiResponse } from '@/types/api';
import { IMAGE_FIELDS, type UploadImage } from '@/types/media';

/** Attributes the schema marks required: the API always sends them. */
const requiredFields = ['clinicName', 'phone', 'consultCtaText', 'consultCtaUrl', 'consultConfirmation', 'medicalDisclaimer'] as const;
const optionalFields = ['address', 'openingHours', 'brandColor'] as const;

export type SiteSettings = Pick<SiteSetting, 'documentId' | (typeof optionalFields)[number]> &
  Present<SiteSetting, (typeof requiredFields)[number]> & {
    /** Shown in the header beside the clinic name. */
    logo?: UploadImage | null;
    /** The link-preview image of pages without one of their own. */
    shareImage?: UploadImage | null;
  };

export async function getSiteSettings({ signal }: { signal?: AbortSignal } = {}): Promise<SiteSettings> {
  const body = await apiGet<StrapiResponse<SiteSettings>>(
    '/site-setting',
    {
      fields: [...requiredFields, ...optionalFields],
      populate: { logo: { fields: IMAGE_FIELDS }, shareImage: { fields: IMAGE_FIELDS } },
    },
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
