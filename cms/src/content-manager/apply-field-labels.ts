import { isDeepStrictEqual } from 'node:util';
import type { Core } from '@strapi/strapi';
import { COMPONENT_VIEWS, CONTENT_TYPE_VIEWS, type ViewText } from './field-labels';

/** Where the values this code last wrote are kept, per model and setting. */
export const APPLIED_STORE = { type: 'core', name: 'clinic', key: 'content-manager-views' } as const;

/** What this code last wrote: model uid → setting path ("metadatas.title.edit.label") → value. */
export type AppliedViews = Record<string, Record<string, unknown>>;

/** The Content Manager's view of a model (its data mapper's output), as far as it is read here. */
type CmAttribute = { type: string; targetModel?: string; relationType?: string };
type CmModel = {
  uid: string;
  attributes: Record<string, CmAttribute>;
  config?: { attributes?: Record<string, { hidden?: boolean }> };
};
type Metadata = { edit: Record<string, unknown>; list: Record<string, unknown> };
type Configuration = {
  settings: Record<string, unknown>;
  metadatas: Record<string, Metadata>;
  layouts: { list: string[]; edit: unknown[] };
};
type ConfigurationService = {
  findConfiguration(model: CmModel): Promise<Configuration>;
  updateConfiguration(model: CmModel, configuration: Configuration): Promise<unknown>;
};
type ContentTypesService = ConfigurationService & { findContentType(uid: string): CmModel | undefined };
type ComponentsService = ConfigurationService & { findComponent(uid: string): CmModel | undefined };

// Strapi's defaults, as @strapi/content-manager (dist/server/services/utils/configuration/
// attributes.js, layouts.js, metadatas.js) computes them for a model without `config`.
const NON_LISTABLE_TYPES = ['json', 'password', 'richtext', 'dynamiczone', 'blocks'];
const LISTABLE_RELATIONS = ['oneToOne', 'oneToMany', 'manyToOne', 'manyToMany'];
const DEFAULT_LIST_LENGTH = 4;

function defaultMainField(model: CmModel | undefined): string {
  if (!model) return 'id';
  return Object.keys(model.attributes).find((name) => model.attributes[name].type === 'string' && name !== 'id') ?? 'id';
}

function isListable(model: CmModel, name: string): boolean {
  const attribute = model.attributes[name];
  if (model.config?.attributes?.[name]?.hidden === true || NON_LISTABLE_TYPES.includes(attribute.type)) return false;
  return attribute.type !== 'relation' || LISTABLE_RELATIONS.includes(attribute.relationType ?? '');
}

function defaultList(model: CmModel): string[] {
  return Object.keys(model.attributes)
    .filter((name) => name !== 'documentId' && isListable(model, name))
    .slice(0, DEFAULT_LIST_LENGTH);
}

interface Setting {
  path: string[];
  value: unknown;
  strapiDefault: unknown;
}

/** Every setting the view text asks for, with the value Strapi would have put there. */
function settingsFor(model: CmModel, view: ViewText, findTarget: (uid: string) => CmModel | undefined): Setting[] {
  const settings: Setting[] = [];
  for (const [name, text] of Object.entries(view.fields)) {
    const attribute = model.attributes[name];
    if (!attribute) {
      throw new Error(`Content Manager labels: ${model.uid} has no field "${name}"`);
    }
    settings.push(
      { path: ['metadatas', name, 'edit', 'label'], value: text.label, strapiDefault: name },
      { path: ['metadatas', name, 'edit', 'description'], value: text.description, strapiDefault: '' },
      { path: ['metadatas', name, 'list', 'label'], value: text.column ?? text.label, strapiDefault: name },
    );
    if (text.mainField !== undefined) {
      if (attribute.type !== 'relation' || !attribute.targetModel) {
        throw new Error(`Content Manager labels: ${model.uid}.${name} is not a relation and has no mainField`);
      }
      settings.push({
        path: ['metadatas', name, 'edit', 'mainField'],
        value: text.mainField,
        strapiDefault: defaultMainField(findTarget(attribute.targetModel)),
      });
    }
  }
  if (view.mainField !== undefined) {
    settings.push({ path: ['settings', 'mainField'], value: view.mainField, strapiDefault: defaultMainField(model) });
  }
  if (view.list !== undefined) {
    settings.push({ path: ['layouts', 'list'], value: view.list, strapiDefault: defaultList(model) });
  }
  return settings;
}

function read(object: unknown, path: string[]): unknown {
  return path.reduce<unknown>((value, key) => (value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined), object);
}

function write(object: Record<string, unknown>, path: string[], value: unknown) {
  let target = object;
  for (const key of path.slice(0, -1)) {
    if (!target[key] || typeof target[key] !== 'object') target[key] = {};
    target = target[key] as Record<string, unknown>;
  }
  target[path[path.length - 1]] = value;
}

/**
 * Brings one model's stored configuration to the view text, setting by setting. A setting is
 * changed only while it holds what this code wrote last time (or, before it ever wrote one,
 * Strapi's default): anything else is an admin's choice in "Configure the view" and stays.
 */
async function applyView(
  service: ConfigurationService,
  model: CmModel,
  view: ViewText,
  findTarget: (uid: string) => CmModel | undefined,
  applied: Record<string, unknown>,
): Promise<Record<string, unknown>> {
  const stored = await service.findConfiguration(model);
  const next = structuredClone({ settings: stored.settings, metadatas: stored.metadatas, layouts: stored.layouts });
  const nowApplied: Record<string, unknown> = {};
  let changed = false;

  for (const { path, value, strapiDefault } of settingsFor(model, view, findTarget)) {
    const key = path.join('.');
    const current = read(next, path);
    const ours = key in applied ? applied[key] : strapiDefault;
    if (isDeepStrictEqual(current, value) || isDeepStrictEqual(current, ours)) {
      if (!isDeepStrictEqual(current, value)) {
        write(next, path, value);
        changed = true;
      }
      nowApplied[key] = value;
    } else if (key in applied) {
      // Changed by hand: keep remembering what was ours, so a later version can tell the two apart.
      nowApplied[key] = applied[key];
    }
  }

  if (changed) {
    await service.updateConfiguration(model, next);
  }
  return nowApplied;
}

/**
 * Gives the Content Manager the clinic's field labels, descriptions, list columns and the
 * fields that name related entries (./field-labels.ts), in its stored configuration, the
 * same place "Configure the view" writes. Runs on every start, after the Content Manager
 * has synchronised its configurations; a second run changes nothing.
 */
export async function applyFieldLabels(strapi: Core.Strapi) {
  const contentManager = strapi.plugin('content-manager');
  const contentTypes = contentManager.service<ContentTypesService>('content-types');
  const components = contentManager.service<ComponentsService>('components');
  const findTarget = (uid: string) => contentTypes.findContentType(uid);

  const store = strapi.store({ type: APPLIED_STORE.type, name: APPLIED_STORE.name });
  const before = ((await store.get({ key: APPLIED_STORE.key })) as AppliedViews | null) ?? {};
  const after: AppliedViews = {};

  const views = [
    ...Object.entries(CONTENT_TYPE_VIEWS).map(([uid, view]) => ({ uid, view, service: contentTypes, model: contentTypes.findContentType(uid) })),
    ...Object.entries(COMPONENT_VIEWS).map(([uid, view]) => ({ uid, view, service: components, model: components.findComponent(uid) })),
  ];
  for (const { uid, view, service, model } of views) {
    if (!model || !view) {
      throw new Error(`Content Manager labels: there is no model ${uid}`);
    }
    after[uid] = await applyView(service, model, view, findTarget, before[uid] ?? {});
  }

  if (!isDeepStrictEqual(after, before)) {
    await store.set({ key: APPLIED_STORE.key, value: after });
  }
}
