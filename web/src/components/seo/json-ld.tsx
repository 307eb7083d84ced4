export type JsonLdValue = string | number | boolean | null | undefined | JsonLdValue[] | JsonLdObject;
export type JsonLdObject = { [key: string]: JsonLdValue };

/**
 * JSON for an inline script: `<` becomes `\u003c`, so no value can close the
 * <script> element ("</script>") or open a comment in it.
 */
export function serializeJsonLd(data: JsonLdObject): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}

/** Structured data (schema.org) generated from the content, never typed by editors. */
export function JsonLd({ data }: { data: JsonLdObject }) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(data) }} />;
}
