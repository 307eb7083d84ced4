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
import { invalid } from './errors';
import { checkFields } from './fields';
import { checkWhere } from './filters';
import type { GetModel, Model, Walk } from './model';
import { checkInteger, checkPagination } from './pagination';
import { checkPopulate } from './populate';
import { checkSort } from './sort';

export type { Attribute, GetModel, Model } from './model';
export { formatPath, invalid } from './errors';

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
