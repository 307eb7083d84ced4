import { createHash } from 'node:crypto';
import type { Core } from '@strapi/strapi';

type Attribute = { type?: string; target?: string; component?: string; components?: string[] };
type Schema = { attributes?: Record<string, Attribute> };

const UPLOAD_FILE = 'plugin::upload.file';

/**
 * The content types an answer about `uid` can be made of: the type itself and every type
 * reachable from it through relations, media and components, transitively (a client may
 * populate an article's author's photo). Admin users (createdBy, updatedBy) are left out:
 * they are never public. An article answer depends on articles, clinicians, treatment
 * options, FAQ entries and uploaded files; a write to any of them makes it stale.
 */
const known = new Map<string, string[]>();

export function dependenciesOf(strapi: Core.Strapi, uid: string): string[] {
  // The model is fixed while the process runs (Strapi restarts when it changes).
  let deps = known.get(uid);
  if (!deps) {
    deps = reachableFrom(strapi, uid);
    known.set(uid, deps);
  }
  return deps;
}

function reachableFrom(strapi: Core.Strapi, uid: string): string[] {
  const found = new Set<string>();
  const seenComponents = new Set<string>();
  const visit = (schema: Schema | undefined) => {
    for (const attribute of Object.values(schema?.attributes ?? {})) {
      if (attribute.type === 'relation' && attribute.target) visitType(attribute.target);
      if (attribute.type === 'media') visitType(UPLOAD_FILE);
      for (const component of attribute.type === 'component' ? [attribute.component] : (attribute.components ?? [])) {
        if (component && !seenComponents.has(component)) {
          seenComponents.add(component);
          visit(strapi.components[component as keyof typeof strapi.components] as Schema | undefined);
        }
      }
    }
  };
  const visitType = (type: string) => {
    if (found.has(type) || type.startsWith('admin::')) return;
    const schema = strapi.contentTypes[type as keyof typeof strapi.contentTypes] as Schema | undefined;
    if (!schema) return;
    found.add(type);
    visit(schema);
  };
  visitType(uid);
  return [...found].sort();
}

/** Changes whenever the content model does, so a new model never meets an answer cached under the old one. */
export function modelVersion(strapi: Core.Strapi): string {
  const model = JSON.stringify([
    Object.entries(strapi.contentTypes).map(([uid, schema]) => [uid, (schema as Schema).attributes]),
    Object.entries(strapi.components).map(([uid, schema]) => [uid, (schema as Schema).attributes]),
  ]);
  return createHash('sha256').update(model).digest('base64url').slice(0, 12);
}
