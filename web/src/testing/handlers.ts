import { http, HttpResponse } from 'msw';
import { env } from '@/config/env';

export const cmsApi = (path: string) => `${env.cmsUrl}/api${path}`;

export const siteSettingsFixture = {
  id: 1,
  documentId: 'site-setting-1',
  clinicName: 'Harbour Ketamine Clinic',
  phone: '+1 (555) 010-2030',
  consultCtaText: 'Free Consult',
  consultCtaUrl: 'https://example.org/consult',
  address: '1 Harbour Street',
  openingHours: 'Mon–Fri 9:00–17:00',
  medicalDisclaimer: 'This site does not give medical advice.',
};

/** Strapi's error body, as its REST API sends it. */
export const strapiError = (status: number, name: string, message: string, details: unknown = {}) =>
  HttpResponse.json({ data: null, error: { status, name, message, details } }, { status });

export const siteSettingsHandlers = {
  success: http.get(cmsApi('/site-setting'), () =>
    HttpResponse.json({ data: siteSettingsFixture, meta: {} }),
  ),
  serverError: http.get(cmsApi('/site-setting'), () =>
    strapiError(500, 'InternalServerError', 'Internal Server Error'),
  ),
};

export const handlers = [siteSettingsHandlers.success];
