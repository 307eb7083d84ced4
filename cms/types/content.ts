/**
 * The content model's types for clients of the REST API (the web app imports
 * these type-only). They come from the generated schemas in ./generated, so a
 * change to a schema.json reaches the web app through `strapi ts:generate-types`.
 */
import type { Data } from '@strapi/strapi';
import type {} from './generated/contentTypes';
import type {} from './generated/components';

export type Article = Data.ContentType<'api::article.article'>;
export type FaqEntry = Data.ContentType<'api::faq-entry.faq-entry'>;
export type TreatmentOption = Data.ContentType<'api::treatment-option.treatment-option'>;
export type Clinician = Data.ContentType<'api::clinician.clinician'>;
export type SiteSetting = Data.ContentType<'api::site-setting.site-setting'>;
export type Comment = Data.ContentType<'api::comment.comment'>;
export type Seo = Data.Component<'shared.seo'>;
export type Source = Data.Component<'shared.source'>;
export type Page = Data.ContentType<'api::page.page'>;
