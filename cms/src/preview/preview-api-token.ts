import { PREVIEW_TYPES, previewApiKey } from '@clinic/rules';
import type { Core } from '@strapi/strapi';
import type { PreviewConfig } from '#config/preview';

export const PREVIEW_TOKEN_NAME = 'Page renderer: previews (read-only)';

/**
 * What the renderer may read for a preview page: the content types with a page and the
 * clinicians they show, find and findOne only. Nothing else: no comments, no writes.
 */
export const PREVIEW_TOKEN_ACTIONS: readonly string[] = [
  ...Object.values(PREVIEW_TYPES).flatMap((uid) => (uid === PREVIEW_TYPES['site-setting'] ? [`${uid}.find`] : [`${uid}.find`, `${uid}.findOne`])),
  'api::clinician.clinician.find',
  'api::clinician.clinician.findOne',
];

type ApiTokenService = {
  hash(accessKey: string): string;
  create(attributes: Record<string, unknown>): Promise<{ id: number | string }>;
  update(id: number | string, attributes: Record<string, unknown>): Promise<unknown>;
};

type StoredToken = { id: number; accessKey: string; type: string; permissions?: { action: string }[] };

/**
 * The API token the page renderer reads drafts with, kept as code: created on first start,
 * put back as it should be on every start (an admin who regenerates or widens it in the admin
 * panel gets it reset). Its access key is derived from PREVIEW_SECRET, which the renderer has
 * too; only its hash is stored, and it is never shown in the admin panel.
 */
export async function syncPreviewApiToken(strapi: Core.Strapi) {
  const { secret } = strapi.config.get<PreviewConfig>('preview');
  const service = strapi.service('admin::api-token') as unknown as ApiTokenService;
  const accessKey = service.hash(await previewApiKey(secret));
  const tokens = strapi.db.query('admin::api-token');
  const attributes = {
    name: PREVIEW_TOKEN_NAME,
    kind: 'content-api',
    description: 'Used by the page renderer to show editors a draft through a signed preview link. Managed by the CMS: changes are undone on restart.',
    type: 'custom',
    lifespan: null,
    permissions: [...PREVIEW_TOKEN_ACTIONS],
  };

  let token = (await tokens.findOne({ where: { name: PREVIEW_TOKEN_NAME }, populate: ['permissions'] })) as StoredToken | null;
  if (!token) {
    const created = await service.create(attributes);
    token = { id: Number(created.id), accessKey: '', type: 'custom', permissions: attributes.permissions.map((action) => ({ action })) };
  }
  const actions = new Set((token.permissions ?? []).map((permission) => permission.action));
  const permissionsDrifted = token.type !== 'custom' || actions.size !== PREVIEW_TOKEN_ACTIONS.length || PREVIEW_TOKEN_ACTIONS.some((action) => !actions.has(action));
  if (permissionsDrifted) await service.update(token.id, { type: 'custom', permissions: attributes.permissions });
  if (token.accessKey !== accessKey) {
    await tokens.update({ where: { id: token.id }, data: { accessKey, encryptedKey: null, expiresAt: null, lifespan: null } });
  }
}
