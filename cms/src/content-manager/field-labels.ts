// The clinic's words for each field in the Content Manager, one module per content type in labels/.
import type { UID } from '@strapi/strapi';
import { ARTICLE_VIEW } from './labels/article';
import { CLINICIAN_VIEW } from './labels/clinician';
import { FAQ_ENTRY_VIEW } from './labels/faq-entry';
import { PAGE_VIEW } from './labels/page';
import { SITE_SETTING_VIEW } from './labels/site-setting';
import { TREATMENT_OPTION_VIEW } from './labels/treatment-option';
import type { ViewText } from './labels/view-text';

export type { FieldText, ViewText } from './labels/view-text';
export { COMPONENT_VIEWS } from './labels/components';

export const CONTENT_TYPE_VIEWS: Partial<Record<UID.ContentType, ViewText>> = {
  'api::article.article': ARTICLE_VIEW,
  'api::treatment-option.treatment-option': TREATMENT_OPTION_VIEW,
  'api::faq-entry.faq-entry': FAQ_ENTRY_VIEW,
  'api::page.page': PAGE_VIEW,
  'api::clinician.clinician': CLINICIAN_VIEW,
  'api::site-setting.site-setting': SITE_SETTING_VIEW,
};
