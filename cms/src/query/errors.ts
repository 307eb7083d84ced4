/** The 400 a hostile query gets: a ValidationError in Strapi's error shape, naming the parameter. */
import { errors } from '@strapi/utils';
import type { Path } from './model';

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
