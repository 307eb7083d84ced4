/** `fields`: names of the model's own attributes (and `*`, `id`, `documentId`). */
import { invalid } from './errors';
import { ID_KEYS, attributeOf, displayName, type Model, type Path } from './model';

export function checkFields(model: Model, value: unknown, path: Path): void {
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
