import { brandColourProblem, darken } from '@clinic/rules';

/**
 * The clinic's brand colour as the site's accent and link colour, in the rendered HTML's <head>
 * (React hoists it), so the first paint already has it. Only a colour that passes the
 * brand-colour rule gets here; anything else leaves the default look. `html:root` outranks the
 * stylesheet's `:root`, wherever the two end up in <head>.
 */
export function BrandStyle({ colour }: { colour: string | null | undefined }) {
  if (!colour || brandColourProblem(colour) !== null) return null;
  const css = `html:root{--color-accent:${colour};--color-link:${colour};--color-accent-strong:${darken(colour, 0.25)}}`;
  return (
    <style href="clinic-brand-colour" precedence="high">
      {css}
    </style>
  );
}
