import type AxeBuilder from '@axe-core/playwright';

// axe-core itself is not a direct dependency of web: take its types through the builder.
type Violations = Awaited<ReturnType<AxeBuilder['analyze']>>['violations'];

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** axe's violations as a person reads them: rule, impact, help link, and each offending element. */
export function formatViolations(violations: Violations): string {
  return violations
    .map((violation) => {
      const nodes = violation.nodes
        .map((node) => {
          const summary = (node.failureSummary ?? '').split('\n').join('\n      ');
          return `  - ${node.target.join(' ')}\n    ${node.html}\n      ${summary}`;
        })
        .join('\n');
      return `${violation.id} (${violation.impact ?? 'unknown impact'}): ${violation.help}\n  ${violation.helpUrl}\n${nodes}`;
    })
    .join('\n\n');
}
