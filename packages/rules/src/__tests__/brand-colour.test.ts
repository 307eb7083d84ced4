import { describe, expect, it } from 'vitest';
import { brandColourProblem, contrastRatio, darken, isHexColour } from '../index.js';

describe('the brand-colour rule', () => {
  it('measures contrast as WCAG does', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#ffffff', '#ffffff')).toBeCloseTo(1, 5);
    // #767676 is the lightest grey that passes AA on white (4.54:1), #777777 just fails (4.48:1).
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
    expect(contrastRatio('#ffffff', '#777777')).toBeCloseTo(4.48, 2);
  });

  it('accepts a colour dark enough for text on white and on the pale surface, and no colour at all', () => {
    expect(brandColourProblem('#0b5394')).toBeNull();
    expect(brandColourProblem(null)).toBeNull();
    expect(brandColourProblem('')).toBeNull();
  });

  it('refuses a light colour, naming its ratio and what it is measured against', () => {
    expect(brandColourProblem('#7fb3d5')).toMatch(/^The brand colour #7fb3d5 has a contrast of 2\.\d\d:1 with the pale background of boxes; text needs at least 4\.5:1 \(WCAG AA\)/);
  });

  it('refuses anything that is not #rrggbb, which could never reach the CSS', () => {
    for (const value of ['red', '#fff', '#0b5394; background: url(x)', '0b5394']) {
      expect(isHexColour(value)).toBe(false);
      expect(brandColourProblem(value)).toMatch(/is not a colour/);
    }
  });

  it('darkens a colour for its hover shade', () => {
    expect(darken('#ffffff', 0.5)).toBe('#808080');
    expect(darken('#0b5394', 0)).toBe('#0b5394');
  });
});
