/** Why a photo could not be prepared or sent; the widgets turn the code into a message (see `photoErrorMessage`). */
export type PhotoErrorCode =
  /** The bytes are not one of the accepted image types (whatever the name or MIME type says). */
  | 'type'
  /** The original is larger than `maxOriginalBytes`, or even the smallest re-encoding exceeds `maxBytes`. */
  | 'too_large'
  /** The bytes look like an image of an accepted type, but this browser cannot decode them (damaged, or HEIC outside Safari). */
  | 'undecodable'
  /** The upload failed (network, server); the photo itself is fine and can be retried. */
  | 'upload';

/** A typed failure of `preparePhoto` (or of an upload, in `PhotoUploads`). */
export class PhotoError extends Error {
  override readonly name = 'PhotoError';
  constructor(
    readonly code: PhotoErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

export const isPhotoError = (error: unknown): error is PhotoError => error instanceof PhotoError;

/**
 * The largest original `preparePhoto` will open: 40 MiB. A phone's own photos are 2–15 MB (a 48 MP
 * JPEG or HEIC stays well under this); anything bigger is a RAW, a panorama or not a photo, and
 * decoding it can take hundreds of MB of memory and kill the tab on a low-end phone.
 */
export const MAX_ORIGINAL_BYTES = 40 * 1024 * 1024;

/**
 * The most pixels a decoded image may have: 100 MP (400 MB as RGBA). Checked after decoding, so it
 * only stops us from also allocating a canvas of that size; the byte cap above is the real guard.
 */
export const MAX_DECODED_PIXELS = 100_000_000;

/** The JPEG qualities tried in order until the result fits `maxBytes`. */
const QUALITIES = [0.85, 0.72, 0.6, 0.45] as const;

export interface PreparePhotoOptions {
  /** The longest side of the result in pixels; smaller images are not enlarged. (`config.limits.photos.maxLongSide`) */
  maxLongSide: number;
  /** The largest result in bytes. (`config.limits.photos.maxBytes`) */
  maxBytes: number;
  /** Accepted MIME types of the ORIGINAL, checked against its first bytes. (`config.limits.photos.types`) */
  types: readonly string[];
  /** Refuse originals larger than this many bytes (default `MAX_ORIGINAL_BYTES`). */
  maxOriginalBytes?: number;
  /** Stops the work (e.g. the photo was removed); the promise rejects with the signal's reason. */
  signal?: AbortSignal;
}

const ascii = (bytes: Uint8Array, from: number, to: number): string => String.fromCharCode(...bytes.subarray(from, to));

const HEIF_BRANDS: Record<string, string> = {
  heic: 'image/heic',
  heix: 'image/heic',
  hevc: 'image/heic',
  hevx: 'image/heic',
  heim: 'image/heic',
  heis: 'image/heic',
  mif1: 'image/heif',
  msf1: 'image/heif',
  avif: 'image/avif',
  avis: 'image/avif',
};

/**
 * The image type the first bytes say (JPEG, PNG, WebP, GIF, HEIC/HEIF, AVIF), or undefined. The name
 * and the browser's `type` are not trusted: a `.jpg` can be anything.
 */
export function sniffImageType(head: Uint8Array): string | undefined {
  if (head.length >= 3 && head[0] === 0xff && head[1] === 0xd8 && head[2] === 0xff) return 'image/jpeg';
  if (head.length >= 8 && ascii(head, 0, 8) === '\x89PNG\r\n\x1a\n') return 'image/png';
  if (head.length >= 12 && ascii(head, 0, 4) === 'RIFF' && ascii(head, 8, 12) === 'WEBP') return 'image/webp';
  if (head.length >= 6 && (ascii(head, 0, 6) === 'GIF87a' || ascii(head, 0, 6) === 'GIF89a')) return 'image/gif';
  if (head.length >= 12 && ascii(head, 4, 8) === 'ftyp') return HEIF_BRANDS[ascii(head, 8, 12)];
  return undefined;
}

/** `image/heif` files are accepted where `image/heic` is, and the other way round: phones mix the two names. */
const accepts = (types: readonly string[], type: string): boolean =>
  types.includes(type) || (type === 'image/heif' && types.includes('image/heic')) || (type === 'image/heic' && types.includes('image/heif'));

/** The size that fits `maxLongSide`, keeping the aspect ratio; never larger than the original. */
export function fitWithin(width: number, height: number, maxLongSide: number): { width: number; height: number } {
  const scale = Math.min(1, maxLongSide / Math.max(width, height));
  return { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) };
}

type Canvas2D = OffscreenCanvasRenderingContext2D | CanvasRenderingContext2D;

function makeCanvas(width: number, height: number): { ctx: Canvas2D; encode: (quality: number) => Promise<Blob | null> } {
  if (typeof OffscreenCanvas !== 'undefined') {
    const canvas = new OffscreenCanvas(width, height);
    const ctx = canvas.getContext('2d');
    if (ctx) return { ctx, encode: (quality) => canvas.convertToBlob({ type: 'image/jpeg', quality }).catch(() => null) };
  }
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new PhotoError('undecodable', 'No 2D canvas in this browser.');
  return { ctx, encode: (quality) => new Promise((resolve) => canvas.toBlob(resolve, 'image/jpeg', quality)) };
}

/**
 * Turns a photo as the tenant picked it into what may be uploaded: a JPEG no longer than `maxLongSide`
 * on its longest side, at most `maxBytes`, upright (EXIF orientation applied) and WITHOUT any metadata.
 * Drawing the decoded pixels on a canvas and encoding them anew leaves EXIF, GPS position, XMP and
 * camera data behind, so the location never leaves the phone. Transparent areas become white.
 *
 * Fails with a `PhotoError`: `type` when the first bytes are not one of `types`; `too_large` when the
 * original exceeds `maxOriginalBytes` (40 MiB by default, checked before anything is read) or even the
 * lowest quality is over `maxBytes`; `undecodable` when the browser cannot decode it.
 */
export async function preparePhoto(file: Blob, options: PreparePhotoOptions): Promise<Blob> {
  const { maxLongSide, maxBytes, types, maxOriginalBytes = MAX_ORIGINAL_BYTES, signal } = options;
  signal?.throwIfAborted();
  if (file.size > maxOriginalBytes) throw new PhotoError('too_large', `The file is ${file.size} bytes; at most ${maxOriginalBytes} are accepted.`);
  const type = sniffImageType(new Uint8Array(await file.slice(0, 16).arrayBuffer()));
  if (!type || !accepts(types, type)) throw new PhotoError('type', `The file is ${type ?? 'not an image'}; accepted: ${types.join(', ')}.`);
  signal?.throwIfAborted();

  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(file, { imageOrientation: 'from-image' });
  } catch (error) {
    throw new PhotoError('undecodable', 'The image could not be decoded.', { cause: error });
  }
  try {
    signal?.throwIfAborted();
    if (bitmap.width * bitmap.height > MAX_DECODED_PIXELS) throw new PhotoError('too_large', `The image has ${bitmap.width}×${bitmap.height} pixels.`);
    const { width, height } = fitWithin(bitmap.width, bitmap.height, maxLongSide);
    const { ctx, encode } = makeCanvas(width, height);
    ctx.fillStyle = '#fff';
    ctx.fillRect(0, 0, width, height);
    ctx.imageSmoothingEnabled = true;
    ctx.imageSmoothingQuality = 'high';
    ctx.drawImage(bitmap, 0, 0, width, height);
    for (const quality of QUALITIES) {
      const blob = await encode(quality);
      signal?.throwIfAborted();
      if (!blob) throw new PhotoError('undecodable', 'The image could not be encoded as JPEG.');
      if (blob.size <= maxBytes) return blob;
    }
    throw new PhotoError('too_large', `Even at the lowest quality the photo is over ${maxBytes} bytes.`);
  } finally {
    bitmap.close();
  }
}
