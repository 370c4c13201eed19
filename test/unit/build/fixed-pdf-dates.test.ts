import { describe, expect, test } from 'vitest';
import { withFixedPdfDates } from '../../../src/build/fixed-pdf-dates.ts';

// The shape of Chromium's (Skia's) Info dictionary, and a byte that is not text.
const info =
  "1 0 obj\n<</Producer (Skia/PDF m156)\n/CreationDate (D:20261201134700+01'00')\n/ModDate (D:20261201134700+01'00')>>\nendobj\n";
const pdf = (text: string) => Buffer.concat([Buffer.from(text, 'latin1'), Buffer.from([0xff, 0x00, 0xe9])]);
const asText = (bytes: Uint8Array) => Buffer.from(bytes).toString('latin1');

describe("a PDF's dates", () => {
  test('become the reference date, at the same length, every other byte kept', () => {
    const fixed = withFixedPdfDates(pdf(info), '2026-11-23');
    expect(fixed.length).toBe(pdf(info).length);
    expect(asText(fixed)).toContain("/CreationDate (D:20261123000000+00'00')");
    expect(asText(fixed)).toContain("/ModDate (D:20261123000000+00'00')>>");
    expect([...fixed.slice(-3)]).toEqual([0xff, 0x00, 0xe9]);
  });

  test('are blanked out without a reference date, never left at the clock', () => {
    const fixed = withFixedPdfDates(pdf(info), undefined);
    expect(fixed.length).toBe(pdf(info).length);
    expect(asText(fixed)).not.toContain('Date');
    expect(asText(fixed)).toContain('/Producer (Skia/PDF m156)');
  });

  test('make two prints at different times the same bytes', () => {
    const later = info.replaceAll('20261201134700', '20261202080512');
    expect(withFixedPdfDates(pdf(later), '2026-11-23')).toEqual(withFixedPdfDates(pdf(info), '2026-11-23'));
  });
});
