/** `populate`: relation, component and media names, dotted paths, or nested options (fields, sort, filters, populate). */
import { invalid } from './errors';
import { checkFields } from './fields';
import { checkWhere } from './filters';
import { BOOLEAN_LIKE, POPULATABLE, attributeOf, displayName, isRecord, targetOf, type Attribute, type Model, type Path, type Walk } from './model';
import { checkSort } from './sort';

const NESTED_POPULATE_KEYS = new Set(['fields', 'sort', 'filters', 'populate', 'count', 'on']);

function checkPopulatePath(walk: Walk, model: Model, dotted: string, path: Path): void {
  let current: Model | undefined = model;
  for (const segment of dotted.split('.')) {
    const name = segment.trim();
    if (name === '*' && current) return;
    const attribute: Attribute | undefined = current ? attributeOf(current, name) : undefined;
    if (!current || !attribute || !POPULATABLE.has(attribute.type)) {
      invalid(path, `"${dotted}" is not a relation, component or media field that can be populated`);
    }
    current = targetOf(attribute, walk.getModel);
  }
}

export function checkPopulate(walk: Walk, model: Model, value: unknown, path: Path): void {
  if (typeof value === 'string') {
    value.split(',').forEach((part) => checkPopulatePath(walk, model, part, path));
    return;
  }
  if (Array.isArray(value)) {
    value.forEach((item, index) => {
      if (typeof item !== 'string') invalid([...path, index], 'expected a field name');
      checkPopulate(walk, model, item, [...path, index]);
    });
    return;
  }
  if (!isRecord(value)) invalid(path, 'expected field names or populate[field][fields][0]=…');
  for (const [key, nested] of Object.entries(value)) {
    const at = [...path, key];
    const attribute = attributeOf(model, key);
    if (!attribute || !POPULATABLE.has(attribute.type)) {
      invalid(at, `${displayName(model)} has no relation, component or media "${key}" to populate`);
    }
    const target = targetOf(attribute, walk.getModel);
    if (typeof nested === 'string' && (nested === '*' || BOOLEAN_LIKE.has(nested))) continue;
    if (!target || !isRecord(nested)) invalid(at, 'expected true, * or populate options (fields, sort, filters, populate)');
    for (const [option, optionValue] of Object.entries(nested)) {
      const optionAt = [...at, option];
      if (!NESTED_POPULATE_KEYS.has(option)) invalid(optionAt, 'expected fields, sort, filters, populate, count or on');
      if (option === 'fields') checkFields(target, optionValue, optionAt);
      else if (option === 'sort') checkSort(walk, target, optionValue, optionAt);
      else if (option === 'filters') checkWhere(walk, target, optionValue, optionAt);
      else if (option === 'populate') {
        if (optionValue !== '*') checkPopulate(walk, target, optionValue, optionAt);
      } else if (option === 'count') {
        if (typeof optionValue !== 'string' || !BOOLEAN_LIKE.has(optionValue)) invalid(optionAt, 'expected true or false');
      }
      // `on` (dynamic zone fragments) is left to Strapi: no content type here has a dynamic zone.
    }
  }
}
