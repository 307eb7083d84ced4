/** The content model as the public query check reads it, and the lookups every part of the check shares. */

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

export type Path = (string | number)[];

export const ID_KEYS = new Set(['id', 'documentId']);
export const POPULATABLE = new Set(['relation', 'component', 'media', 'dynamiczone']);
export const BOOLEAN_LIKE = new Set(['true', 'false', 't', 'f', '1', '0']);

export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export const isScalarValue = (value: unknown) => value === null || typeof value === 'string';

/** An attribute of the model itself, never one inherited from Object.prototype (`constructor`, `__proto__` …). */
export const attributeOf = (model: Model, name: string): Attribute | undefined =>
  Object.prototype.hasOwnProperty.call(model.attributes, name) ? model.attributes[name] : undefined;

export const targetOf = (attribute: Attribute, getModel: GetModel): Model | undefined => {
  const uid = attribute.type === 'component' ? attribute.component : attribute.type === 'media' ? 'plugin::upload.file' : attribute.target;
  return uid ? getModel(uid) : undefined;
};

export const displayName = (model: Model) => model.uid.split('.').pop() ?? model.uid;

export interface Walk {
  getModel: GetModel;
}
