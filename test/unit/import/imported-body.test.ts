import { describe, expect, test } from 'vitest';
import { importedBody } from '../../../src/import/imported-body.ts';

describe('importedBody', () => {
  test('images of the source assets point at their copies; other relative links and images keep their text', () => {
    const assets = new Set(['assets/paste/map.png']);
    const body = [
      '![Map](/assets/paste/map.png) ![Same](../assets/paste/map.png)',
      'See [the *notes*](docs/notes.md), [the site](https://example.com) and ![plan](plan.png).',
      '',
      '[ref]: other.md',
    ].join('\n');
    expect(importedBody(body, assets)).toEqual({
      markdown:
        '![Map](../assets/paste/map.png) ![Same](../assets/paste/map.png)\nSee the *notes*, [the site](https://example.com) and plan.\n\n',
      notes: [
        'a relative link to "docs/notes.md" became text',
        'a relative image to "plan.png" became text',
        'a relative link to "other.md" became text',
      ],
    });
  });

  test('colons that would open or close a directive are broken, in quotes and lists too', () => {
    expect(importedBody(':::internal\nx\n:::\n> ::note\n- :::tip', new Set()).markdown).toBe(
      '::\\:internal\nx\n::\\:\n> :\\:note\n- ::\\:tip',
    );
  });
});
