// The article page describes itself to search engines as a medically reviewed web page.
import { article } from './support/content';
import { articlePage, visit } from './support/pages';
import { expect, ONCE, test } from './support/test';

type JsonLdNode = Record<string, unknown>;

/** Every node of every JSON-LD block, with `@graph` members flattened out. */
function nodesOf(blocks: unknown[]): JsonLdNode[] {
  const nodes: JsonLdNode[] = [];
  const walk = (value: unknown) => {
    if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === 'object') {
      const node = value as JsonLdNode;
      nodes.push(node);
      if ('@graph' in node) walk(node['@graph']);
    }
  };
  blocks.forEach(walk);
  return nodes;
}

const hasType = (node: JsonLdNode, type: string) =>
  node['@type'] === type || (Array.isArray(node['@type']) && node['@type'].includes(type));

/** The names in a Person-or-list-of-Persons value (a bare string counts as a name). */
const names = (value: unknown): unknown[] => {
  const people: unknown[] = Array.isArray(value) ? value : [value];
  return people.map((person) => (person && typeof person === 'object' ? (person as JsonLdNode).name : person));
};

test('the article page carries JSON-LD for a MedicalWebPage reviewed by its medical reviewer', { tag: ONCE }, async ({ page }) => {
  await visit(page, articlePage);
  const scripts = page.locator('script[type="application/ld+json"]');
  await expect(scripts.first()).toBeAttached();

  const blocks = (await scripts.allTextContents()).map((text, index) => {
    try {
      return JSON.parse(text) as unknown;
    } catch (error) {
      throw new Error(`JSON-LD block ${index + 1} does not parse: ${String(error)}\n${text}`);
    }
  });
  const webPage = nodesOf(blocks).find((node) => hasType(node, 'MedicalWebPage'));
  expect(webPage, `no MedicalWebPage among:\n${JSON.stringify(blocks, null, 2)}`).toBeDefined();
  expect(names(webPage?.reviewedBy)).toContain(article.reviewer);
  expect(String(webPage?.lastReviewed)).toMatch(new RegExp(`^${article.lastReviewed}`));
});
