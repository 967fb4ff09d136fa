import sharp from 'sharp';

export interface ProcessedPhoto { data: Buffer; contentType: 'image/jpeg' | 'image/webp'; width: number; height: number }

// Decompression-bomb guard: refuse images with more pixels than a 64-megapixel camera makes.
const MAX_INPUT_PIXELS = 64_000_000;
const ACCEPTED = new Set(['jpeg', 'png', 'webp']);

export class UnsupportedImageError extends Error {}

/**
 * Detects the type from the bytes (never the name), applies the EXIF orientation, scales the
 * longest side down to `maxLongSide` and re-encodes. sharp writes no metadata unless asked,
 * so EXIF, GPS, XMP and ICC comments do not survive.
 */
export const processPhoto = async (input: Buffer, maxLongSide: number): Promise<ProcessedPhoto> => {
  let format: string | undefined;
  try {
    ({ format } = await sharp(input, { limitInputPixels: MAX_INPUT_PIXELS }).metadata());
  } catch {
    throw new UnsupportedImageError('Not an image we can read.');
  }
  if (!format || !ACCEPTED.has(format)) throw new UnsupportedImageError(`Images of type ${format ?? 'unknown'} are not accepted.`);
  const pipeline = sharp(input, { limitInputPixels: MAX_INPUT_PIXELS, failOn: 'error' })
    .rotate()
    .resize({ width: maxLongSide, height: maxLongSide, fit: 'inside', withoutEnlargement: true });
  try {
    // PNG and WebP may carry transparency, which JPEG cannot: they become WebP.
    const out = format === 'jpeg'
      ? await pipeline.jpeg({ quality: 82, mozjpeg: true }).toBuffer({ resolveWithObject: true })
      : await pipeline.webp({ quality: 82 }).toBuffer({ resolveWithObject: true });
    return { data: out.data, contentType: format === 'jpeg' ? 'image/jpeg' : 'image/webp', width: out.info.width, height: out.info.height };
  } catch {
    throw new UnsupportedImageError('The image is damaged or too large to decode.');
  }
};
