/** Raster formats a site publishes, with the extension their published name gets. */
export type RasterImageType = 'png' | 'jpg' | 'gif' | 'webp' | 'avif';

/**
 * The raster format the file's bytes start with, whatever its name says: the published name takes
 * this extension, so the type a server sends follows the bytes, never the source's name.
 */
export function rasterImageTypeOf(bytes: Uint8Array): RasterImageType | undefined {
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png';
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'jpg';
  if (asciiAt(bytes, 0, 6) === 'GIF87a' || asciiAt(bytes, 0, 6) === 'GIF89a') return 'gif';
  if (asciiAt(bytes, 0, 4) === 'RIFF' && asciiAt(bytes, 8, 4) === 'WEBP' && ['VP8 ', 'VP8L', 'VP8X'].includes(asciiAt(bytes, 12, 4)))
    return 'webp';
  if (isAvif(bytes)) return 'avif';
  return undefined;
}

/** An ISO media file whose `ftyp` box names an AVIF brand, as major or compatible brand. */
function isAvif(bytes: Uint8Array): boolean {
  if (bytes.length < 16 || asciiAt(bytes, 4, 4) !== 'ftyp') return false;
  const boxSize = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint32(0);
  if (boxSize < 16 || boxSize > bytes.length) return false;
  const brands = [asciiAt(bytes, 8, 4)];
  for (let offset = 16; offset + 4 <= boxSize; offset += 4) brands.push(asciiAt(bytes, offset, 4));
  return brands.includes('avif') || brands.includes('avis');
}

function startsWith(bytes: Uint8Array, signature: number[]): boolean {
  return signature.every((byte, index) => bytes[index] === byte);
}

function asciiAt(bytes: Uint8Array, offset: number, length: number): string {
  return String.fromCharCode(...bytes.subarray(offset, offset + length));
}
