import type { Article } from 'cms/types/content';

/** Body of a successful Strapi REST response. */
export type StrapiResponse<T> = {
  data: T;
  meta: Record<string, unknown>;
};

/** Body of a failed Strapi REST response. */
export type StrapiErrorBody = {
  data: null;
  error: { status: number; name: string; message: string; details?: unknown };
};

/**
 * The CMS types mark every attribute optional and nullable. `Present` narrows the
 * attributes the schema marks required (and the web requests) to non-null values.
 */
export type Present<T, K extends keyof T> = { [P in K]-?: NonNullable<T[P]> };

/**
 * A date attribute as it travels over REST: the CMS types allow `Date | string`,
 * the JSON body always carries the ISO string.
 */
export type IsoDate = Extract<NonNullable<Article['lastReviewedAt']>, string>;
