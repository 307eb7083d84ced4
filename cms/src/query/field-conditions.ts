/** One field's condition in `filters`: its operators, and values the database can compare with its column. */
import { invalid } from './errors';
import { isRecord, isScalarValue, type Path } from './model';

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
export function checkOperand(type: string, operand: unknown, path: Path): void {
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
export function checkFieldCondition(type: string, value: unknown, path: Path): void {
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
