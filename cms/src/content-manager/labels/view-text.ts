// The shape of the clinic's words for one content type's or component's fields in the Content Manager.

export interface FieldText {
  /** The field's label in the edit view, and the column header in the list view unless `column` is set. */
  label: string;
  /** A shorter column header for the list view. */
  column?: string;
  /** The hint under the field in the edit view: short, plain and true. */
  description: string;
  /** For a relation: the field of the related entry that names it (in the edit view and the list). */
  mainField?: string;
}

export interface ViewText {
  /** The field that names an entry of this type (the edit view's title, relation pickers). */
  mainField?: string;
  /**
   * The list view's columns, in order. For a type with draft & publish, Strapi adds the
   * Status column itself after these; a relation column shows its field's `mainField`.
   */
  list?: string[];
  fields: Record<string, FieldText>;
}
