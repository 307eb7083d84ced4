/** `sort`: `field:asc` strings, lists of them, or objects, down relations and components by their fields. */
import { invalid } from './errors';
import { ID_KEYS, POPULATABLE, attributeOf, displayName, isRecord, targetOf, type Model, type Path, type Walk } from './model';

const SORT_ORDER = /^(asc|desc)$/i;

function checkSortPath(walk: Walk, model: Model, dotted: string, path: Path): void {
  let current = model;
  const segments = dotted.split('.').map((segment) => segment.trim());
  segments.forEach((name, index) => {
    const last = index === segments.length - 1;
    if (last && (ID_KEYS.has(name) || (name === 'status' && current.options?.draftAndPublish))) return;
    const attribute = attributeOf(current, name);
    if (!attribute) invalid(path, `${displayName(current)} has no field "${name}" to sort by`);
    if (last) return; // sorting by a relation itself is Strapi's to answer
    const target = POPULATABLE.has(attribute.type) ? targetOf(attribute, walk.getModel) : undefined;
    if (!target) invalid(path, `cannot sort by "${dotted}": "${name}" is not a relation or component`);
    current = target;
  });
}

function checkSortString(walk: Walk, model: Model, value: string, path: Path): void {
  for (const part of value.split(',')) {
    const [field, order, ...rest] = part.split(':');
    if (rest.length > 0 || (order !== undefined && !SORT_ORDER.test(order.trim()))) {
      invalid(path, `"${part}" is not a sort: use field, field:asc or field:desc`);
    }
    checkSortPath(walk, model, field, path);
  }
}

function checkSortObject(walk: Walk, model: Model, value: Record<string, unknown>, path: Path): void {
  for (const [key, order] of Object.entries(value)) {
    const at = [...path, key];
    if (ID_KEYS.has(key) || (key === 'status' && model.options?.draftAndPublish)) {
      if (typeof order !== 'string' || !SORT_ORDER.test(order)) invalid(at, 'expected asc or desc');
      continue;
    }
    const attribute = attributeOf(model, key);
    if (!attribute) invalid(at, `${displayName(model)} has no field "${key}"`);
    const target = POPULATABLE.has(attribute.type) ? targetOf(attribute, walk.getModel) : undefined;
    if (target && isRecord(order)) checkSortObject(walk, target, order, at);
    else if (typeof order !== 'string' || !SORT_ORDER.test(order)) invalid(at, 'expected asc or desc');
  }
}

export function checkSort(walk: Walk, model: Model, value: unknown, path: Path): void {
  if (typeof value === 'string') return checkSortString(walk, model, value, path);
  if (isRecord(value)) return checkSortObject(walk, model, value, path);
  if (!Array.isArray(value)) invalid(path, 'expected sort[0]=field:asc');
  value.forEach((item, index) => {
    const at = [...path, index];
    if (typeof item === 'string') checkSortString(walk, model, item, at);
    else if (isRecord(item)) checkSortObject(walk, model, item, at);
    else invalid(at, 'expected field:asc or field:desc');
  });
}
