/**
 * Chromium stamps each PDF with the clock (`/CreationDate` and `/ModDate` in its Info dictionary);
 * two builds of the same commit must be byte-identical (SPEC §3). The dates are rewritten to the
 * build's reference date, or blanked out without one, at the same length: the cross-reference
 * table gives every object's byte offset, so nothing may move. Chromium writes no document /ID.
 */
export function withFixedPdfDates(pdf: Uint8Array, referenceDate: string | undefined): Uint8Array {
  // latin1 maps each byte to one character and back, so offsets and binary streams are kept.
  const text = Buffer.from(pdf).toString('latin1');
  const fixed = text.replace(/\/(CreationDate|ModDate) \(D:[^)]*\)/g, (found, key: string) => {
    const stamp = referenceDate ? `/${key} (D:${referenceDate.replaceAll('-', '')}000000+00'00')` : '';
    // A dictionary may hold any white space between entries: padding keeps the length.
    if (stamp.length > found.length) throw new Error(`unexpected PDF date: ${found}`);
    return stamp.padEnd(found.length, ' ');
  });
  return Buffer.from(fixed, 'latin1');
}
