/** `filters`: field names, `$and`/`$or`/`$not`, and relations walked into their target's fields. */
import { invalid, formatPath } from './errors';
import { checkFieldCondition, checkOperand } from './field-conditions';
import { ID_KEYS, POPULATABLE, attributeOf, displayName, isRecord, isScalarValue, targetOf, type Attribute, type Model, type Path, type Walk } from './model';

const LOGICAL = new Set(['$and', '$or']);

export function checkWhere(walk: Walk, model: Model, node: unknown, path: Path): void {
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
