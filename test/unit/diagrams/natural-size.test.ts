import { describe, expect, test } from 'vitest';
import { atNaturalSize, drawnSize } from '../../../src/diagrams/natural-size.ts';

describe('a drawn diagram at its natural size', () => {
  test('one drawn to the page’s width gets its own width back, and keeps the rest of its style', () => {
    expect(atNaturalSize('<svg id="a" width="100%" style="max-width: 700px; background: none" viewBox="0 0 700 500"><g></g></svg>')).toBe(
      '<svg id="a" viewBox="0 0 700 500" width="700" height="500" style="background: none"><g></g></svg>',
    );
  });

  test('a height that disagrees with the view box follows the view box, so nothing is scaled down', () => {
    expect(atNaturalSize('<svg width="650" height="664" viewBox="-50 -10 650 694"></svg>')).toBe(
      '<svg viewBox="-50 -10 650 694" width="650" height="694"></svg>',
    );
  });

  test('without a view box, the SVG stays as drawn', () => {
    expect(atNaturalSize('<svg width="100%"></svg>')).toBe('<svg width="100%"></svg>');
  });

  test('the size it takes is read from its root', () => {
    expect(drawnSize('<svg viewBox="0 0 700 500" width="700" height="500"><svg width="1" height="2"></svg></svg>')).toEqual({
      width: 700,
      height: 500,
    });
  });
});
