/**
 * The shape check the public REST API's query string gets before Strapi reads it.
 *
 * Hand-written because Strapi 5.54 has no such check: its validators look names up
 * with `schema.attributes[name]`, so `constructor`, `__proto__` or `toString`
 * pass as attributes and reach SQL, and the query builder throws plain Errors
 * (500s) for shapes its validators let through: an operator where a field name
 * belongs (`filters[$eq]=1`), `$or` given an object, `$and` inside a field, a
 * string, number or list where `filters` needs an object, `$between` without
 * two values, pagination given an object. PostgreSQL also refuses what SQLite
 * takes: a word compared with an integer column, LIKE on a number or a JSON column.
 *
 * This walks the parsed query against the content model and throws a
 * ValidationError naming the parameter; what it lets through is still validated
 * and sanitised by Strapi as before (private fields, relations, drafts).
 */
import { errors } from '@strapi/utils';

export interface Attribute {
  type: string;
  target?: string;
  component?: string;
}

export interface Model {
  uid: string;
  attributes: Record<string, Attribute>;
  options?: { draftAndPublish?: boolean };
}

export type GetModel = (uid: string) => Model | undefined;

type Path = (string | number)[];

const ID_KEYS = new Set(['id', 'documentId']);
const LOGICAL = new Set(['$and', '$or']);
/** Operators that compare a field with a value (Strapi's list, without the internal-only `$jsonSupersetOf`). */
const VALUE_OPERATORS = new Set([
  '$in',
  '$notIn',
  '$eq',
  '$eqi',
  '$ne',
  '$nei',
  '$gt',
  '$gte',
  '$lt',
  '$lte',
  '$null',
  '$notNull',
  '$between',
  '$startsWith',
  '$endsWith',
  '$startsWithi',
  '$endsWithi',
  '$contains',
  '$notContains',
  '$containsi',
  '$notContainsi',
]);
const POPULATABLE = new Set(['relation', 'component', 'media', 'dynamiczone']);
const NESTED_POPULATE_KEYS = new Set(['fields', 'sort', 'filters', 'populate', 'count', 'on']);
const PAGINATION_KEYS = new Set(['page', 'pageSize', 'start', 'limit', 'withCount']);
const BOOLEAN_LIKE = new Set(['true', 'false', 't', 'f', '1', '0']);
/** Page numbers, sizes and offsets: integers of at most nine digits (Strapi caps the page size at 100 anyway). */
const INTEGER = /^-?\d{1,9}$/;
const SORT_ORDER = /^(asc|desc)$/i;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const isScalarValue = (value: unknown) => value === null || typeof value === 'string';

/** `filters[title][$eq]`, the way the parameter is written in a URL. */
export const formatPath = (path: Path) =>
  path.length === 0 ? '' : `${path[0]}${path.slice(1).map((part) => `[${part}]`).join('')}`;

export function invalid(path: Path, problem: string): never {
  const param = String(path[0]);
  const where = path.length > 1 ? ` at ${formatPath(path)}` : '';
  const message = `Invalid query parameter "${param}"${where}: ${problem}.`;
  throw new errors.ValidationError(message, {
    source: 'query',
    param,
    errors: [{ path: path.map(String), message: problem, name: 'ValidationError' }],
  });
}

/** An attribute of the model itself, never one inherited from Object.prototype (`constructor`, `__proto__` …). */
const attributeOf = (model: Model, name: string): Attribute | undefined =>
  Object.prototype.hasOwnProperty.call(model.attributes, name) ? model.attributes[name] : undefined;

const targetOf = (attribute: Attribute, getModel: GetModel): Model | undefined => {
  const uid = attribute.type === 'component' ? attribute.component : attribute.type === 'media' ? 'plugin::upload.file' : attribute.target;
  return uid ? getModel(uid) : undefined;
};

const displayName = (model: Model) => model.uid.split('.').pop() ?? model.uid;

interface Walk {
  getModel: GetModel;
}

/* ---------- filters ---------- */

function checkWhere(walk: Walk, model: Model, node: unknown, path: Path): void {
  // A list only makes sense under $and or $or: Strapi turns a bare one into broken SQL.
  if (Array.isArray(node)) invalid(path, 'expected field names, $and, $or or $not here, not a list');
  if (!isRecord(node)) invalid(path, 'expected field names, $and, $or or $not here');

  for (const [key, value] of Object.entries(node)) {
    const at = [...path, key];
    if (LOGICAL.has(key)) {
      if (!Array.isArray(value)) invalid(at, `${key} takes a list: ${formatPath(at)}[0][…]`);
      value.forEach((item, index) => {
        if (!isRecord(item)) invalid([...at, index], 'expected field names, $and, $or or $not here');
        checkWhere(walk, model, item, [...at, index]);
      });
    } else if (key === '$not') {
      if (!isRecord(value)) invalid(at, '$not takes field names, $and, $or or $not');
      checkWhere(walk, model, value, at);
    } else if (key.startsWith('$')) {
      invalid(at, `${key} must follow a field name`);
    } else if (ID_KEYS.has(key)) {
      checkFieldCondition(key === 'id' ? 'integer' : 'string', value, at);
    } else {
      const attribute = attributeOf(model, key);
      if (!attribute) invalid(at, `${displayName(model)} has no field "${key}"`);
      checkAttributeCondition(walk, attribute, value, at);
    }
  }
}

function checkAttributeCondition(walk: Walk, attribute: Attribute, value: unknown, path: Path): void {
  if (!POPULATABLE.has(attribute.type)) {
    checkFieldCondition(attribute.type, value, path);
    return;
  }
  const target = targetOf(attribute, walk.getModel);
  if (!target) invalid(path, 'this field cannot be filtered on');
  if (isScalarValue(value)) return checkOperand('integer', value, path); // shorthand for the related entry's id
  if (!isRecord(value)) invalid(path, 'expected a value or the related entry’s fields');
  const keys = Object.keys(value);
  const operators = keys.filter((key) => key.startsWith('$'));
  if (operators.length === 0 || operators.every((key) => LOGICAL.has(key) || key === '$not')) {
    checkWhere(walk, target, value, path);
    return;
  }
  // A comparison on the relation itself compares the related entry's id.
  if (operators.length !== 1 || keys.length !== 1) {
    invalid(path, 'use either one operator or the related entry’s fields, not both');
  }
  checkFieldCondition('integer', value, path);
}

/** Operators Strapi runs as SQL LIKE on the column itself: PostgreSQL has no LIKE for numbers, dates or JSON. */
const LIKE_OPERATORS = new Set(['$contains', '$notContains', '$startsWith', '$endsWith']);
/** Operators that compare `LOWER(CAST(column AS VARCHAR))` with a text: any column takes them. */
const TEXT_OPERATORS = new Set(['$eqi', '$nei', '$containsi', '$notContainsi', '$startsWithi', '$endsWithi']);
const TEXT_TYPES = new Set(['string', 'text', 'richtext', 'email', 'uid', 'enumeration', 'password']);
/** JSON columns (blocks, json): only presence and case-insensitive text matches are answerable on every database. */
const JSON_TYPES = new Set(['json', 'blocks']);
/** The largest whole number each column holds (PostgreSQL's integer is 32 bits). */
const INTEGER_MAX: Record<string, number> = { integer: 2147483647, biginteger: Number.MAX_SAFE_INTEGER };
const WHOLE = /^-?\d{1,16}$/;
const DECIMAL = /^-?\d{1,15}(\.\d{1,15})?$/;

/** A value of the column's type, as the database can compare it (dates are left to Strapi's own parser). */
function checkOperand(type: string, operand: unknown, path: Path): void {
  if (operand === null) return;
  if (typeof operand !== 'string') invalid(path, 'expected a value, not an object');
  const text = operand.trim();
  const max = INTEGER_MAX[type];
  let isNumber = true;
  if (max) isNumber = WHOLE.test(text) && Math.abs(Number(text)) <= max;
  else if (type === 'float' || type === 'decimal') isNumber = DECIMAL.test(text);
  if (!isNumber) invalid(path, `expected a number, got "${operand.slice(0, 40)}"`);
}

/** A scalar field's condition: a value, a list of values, or operators with values. */
function checkFieldCondition(type: string, value: unknown, path: Path): void {
  if (!isRecord(value)) {
    // A value, or a list of values (any of them): Strapi puts a list straight into SQL IN (…).
    if (JSON_TYPES.has(type)) invalid(path, 'a rich-text or JSON field can only be tested with $null, $notNull or $containsi');
    const values = Array.isArray(value) ? value : [value];
    values.forEach((item, index) => {
      const at = Array.isArray(value) ? [...path, index] : path;
      if (!isScalarValue(item)) invalid(at, 'expected a value, not an object or a list');
      checkOperand(type, item, at);
    });
    return;
  }
  for (const [key, operand] of Object.entries(value)) {
    const at = [...path, key];
    if (key === '$not') {
      checkFieldCondition(type, operand, at);
      continue;
    }
    if (!VALUE_OPERATORS.has(key)) invalid(at, `"${key}" is not an operator for a field (use $eq, $ne, $in, $contains …)`);
    if (key === '$null' || key === '$notNull') {
      if (!isScalarValue(operand)) invalid(at, `${key} takes true or false`);
      continue;
    }
    if (key === '$between' && (!Array.isArray(operand) || operand.length !== 2)) invalid(at, '$between takes two values: [0] and [1]');
    const operands = Array.isArray(operand) ? operand : [operand];
    operands.forEach((item, index) => {
      const itemAt = Array.isArray(operand) ? [...at, index] : at;
      if (!isScalarValue(item)) invalid(itemAt, `${key} takes values, not objects`);
      if (TEXT_OPERATORS.has(key)) return;
      if (JSON_TYPES.has(type)) invalid(at, `${key} does not apply to a rich-text or JSON field (use $containsi)`);
      if (LIKE_OPERATORS.has(key) && !TEXT_TYPES.has(type)) invalid(at, `${key} applies to text fields only (use ${key}i)`);
      checkOperand(type, item, itemAt);
    });
  }
}

/* ---------- fields ---------- */

function checkFields(model: Model, value: unknown, path: Path): void {
  const names =
    typeof value === 'string'
      ? value.split(',')
      : Array.isArray(value) && value.every((item) => typeof item === 'string')
        ? (value as string[]).flatMap((item) => item.split(','))
        : invalid(path, 'expected field names: fields[0]=title&fields[1]=slug');
  for (const raw of names) {
    const name = raw.trim();
    if (name === '*' || ID_KEYS.has(name)) continue;
    if (!attributeOf(model, name)) invalid(path, `${displayName(model)} has no field "${name}"`);
  }
}

/* ---------- sort ---------- */

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

function checkSort(walk: Walk, model: Model, value: unknown, path: Path): void {
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

/* ---------- populate ---------- */

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

function checkPopulate(walk: Walk, model: Model, value: unknown, path: Path): void {
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

/* ---------- pagination ---------- */

/** Strapi's own lower bounds: an offset from 0, a limit from -1 ("all", capped at the maximum page size), pages from 1. */
const MINIMUM: Record<string, number> = { start: 0, limit: -1, page: 1, pageSize: 1 };

function checkInteger(value: unknown, path: Path): void {
  const key = String(path[path.length - 1]);
  if (typeof value !== 'string' || !INTEGER.test(value.trim())) invalid(path, 'expected a whole number');
  if (Number(value) < MINIMUM[key]) invalid(path, `expected a whole number from ${MINIMUM[key]}`);
}

function checkPagination(value: unknown, path: Path): void {
  if (!isRecord(value)) invalid(path, 'expected pagination[page]=1&pagination[pageSize]=25');
  for (const [key, item] of Object.entries(value)) {
    const at = [...path, key];
    if (!PAGINATION_KEYS.has(key)) invalid(at, 'expected page, pageSize, start, limit or withCount');
    if (key === 'withCount') {
      if (typeof item !== 'string' || !BOOLEAN_LIKE.has(item)) invalid(at, 'expected true or false');
    } else {
      checkInteger(item, at);
    }
  }
}

/* ---------- the whole query ---------- */

/** Throws a ValidationError naming the parameter when the query has a shape Strapi cannot answer. */
export function checkPublicQuery(query: Record<string, unknown>, model: Model | undefined, getModel: GetModel): void {
  const walk: Walk = { getModel };
  for (const [key, value] of Object.entries(query)) {
    const path = [key];
    switch (key) {
      case 'status':
      case 'locale':
      case '_q':
        if (typeof value !== 'string') invalid(path, 'expected a single text value');
        break;
      case 'start':
      case 'limit':
        checkInteger(value, path);
        break;
      case 'pagination':
        checkPagination(value, path);
        break;
      default:
        if (!model) break;
        if (key === 'filters') checkWhere(walk, model, value, path);
        else if (key === 'fields') checkFields(model, value, path);
        else if (key === 'sort') checkSort(walk, model, value, path);
        else if (key === 'populate' && value !== '*') checkPopulate(walk, model, value, path);
    }
  }
}
