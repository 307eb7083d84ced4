/**
 * The brand-colour rule: the site draws its buttons in the brand colour with white text and its
 * links in the brand colour on white and on its pale surface colour, so the colour must reach
 * WCAG 2.x AA's 4.5:1 for body text against each. The CMS refuses a colour that does not; the
 * site only ever puts a colour that passes into its CSS.
 */

/** The colours the site pairs the brand colour with (white text on buttons; the page and its surface behind links). */
export const BRAND_PAIRINGS = [
  { colour: '#ffffff', role: 'white' },
  { colour: '#f4f6f8', role: 'the pale background of boxes' },
] as const;

/** WCAG AA for body text. */
export const MIN_CONTRAST = 4.5;

const HEX = /^#[0-9a-f]{6}$/i;

export const isHexColour = (value: unknown): value is string => typeof value === 'string' && HEX.test(value);

function luminance(hex: string): number {
  const channel = (offset: number) => {
    const value = parseInt(hex.slice(offset, offset + 2), 16) / 255;
    return value <= 0.04045 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
}

/** WCAG's contrast ratio of two #rrggbb colours, from 1 to 21. */
export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/** Why this brand colour cannot be used, or null when it can (no colour at all is fine: the default look). */
export function brandColourProblem(value: string | null | undefined): string | null {
  if (value === null || value === undefined || value === '') return null;
  if (!isHexColour(value)) return `"${value}" is not a colour of the form #1a6b8f.`;
  const worst = BRAND_PAIRINGS.map((pairing) => ({ ...pairing, ratio: contrastRatio(value, pairing.colour) })).sort((a, b) => a.ratio - b.ratio)[0];
  if (!worst || worst.ratio >= MIN_CONTRAST) return null;
  return `The brand colour ${value} has a contrast of ${worst.ratio.toFixed(2)}:1 with ${worst.role}; text needs at least ${MIN_CONTRAST}:1 (WCAG AA). Choose a darker colour.`;
}

/** The colour mixed with black by `amount` (0 to 1): the site's hover shade of the brand colour. */
export function darken(hex: string, amount: number): string {
  const mix = (offset: number) =>
    Math.round(parseInt(hex.slice(offset, offset + 2), 16) * (1 - amount))
      .toString(16)
      .padStart(2, '0');
  return `#${mix(1)}${mix(3)}${mix(5)}`;
}
