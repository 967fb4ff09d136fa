import type {} from '@fastify/multipart';
import { createHash } from 'node:crypto';
import { readFile, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Attachment } from '@grannskap/contract';
import type { HandlerMap } from '../http/context.js';
import { ProblemError, invalid, issue, notFound } from '../http/problem.js';
import { processPhoto, UnsupportedImageError } from '../media/photos.js';
import { newId } from '../domain/tokens.js';

const readUpload = async (ctx: Parameters<HandlerMap[string]['handle']>[0], maxBytes: number): Promise<Buffer> => {
  let part;
  try {
    part = await ctx.request.file({ limits: { fileSize: maxBytes, files: 1, fields: 0, parts: 1 } });
  } catch (error) {
    throw asClientError(error);
  }
  if (!part) throw invalid([issue(['file'], 'required', 'Send one part named "file" with the photo.')]);
  if (part.fieldname !== 'file') {
    part.file.resume();
    throw invalid([issue(['file'], 'required', 'The photo must be in a part named "file".')]);
  }
  let data: Buffer;
  try {
    data = await part.toBuffer();
  } catch (error) {
    throw asClientError(error);
  }
  // toBuffer only notices truncation between chunks; busboy may flag it after the last one.
  if (part.file.truncated || data.length > maxBytes) throw new ProblemError(413, 'payload_too_large', `The photo is larger than ${maxBytes} bytes.`);
  return data;
};

// Multipart failures are the client's: keep 4xx statuses, and call anything else a malformed body.
const asClientError = (error: unknown): unknown => {
  const status = (error as { statusCode?: number }).statusCode;
  if (typeof status === 'number' && status >= 400 && status < 500) return error;
  return new ProblemError(400, 'malformed_request', 'The multipart body could not be read.');
};

/**
 * At most this many photos are read and processed at once; the rest wait with their request stream
 * unread, so TCP backpressure keeps their bytes in the clients' buffers instead of this process.
 * Without it 50 concurrent 10 MB uploads took 1.5 GB of RSS (upload-memory.test.ts).
 */
const UPLOAD_SLOTS = 4;
let uploadsRunning = 0;
const uploadQueue: (() => void)[] = [];
const withUploadSlot = async <T>(fn: () => Promise<T>): Promise<T> => {
  if (uploadsRunning >= UPLOAD_SLOTS) await new Promise<void>((resolve) => uploadQueue.push(resolve));
  else uploadsRunning += 1;
  try {
    return await fn();
  } finally {
    // Hand the slot straight to the next waiter, so the count never dips and lets a newcomer jump the queue.
    const next = uploadQueue.shift();
    if (next) next();
    else uploadsRunning -= 1;
  }
};

export const attachmentHandlers: HandlerMap = {
  uploadAttachment: {
    handle: (ctx) => withUploadSlot(async () => {
      const { deps } = ctx;
      const limits = (await deps.config()).limits.photos;
      const input = await readUpload(ctx, limits.maxBytes);
      if (input.length === 0) throw invalid([issue(['file'], 'required', 'The file is empty.')]);
      (ctx.request as { uploadDigest?: string }).uploadDigest = createHash('sha256').update(input).digest('hex');
      let photo;
      try {
        photo = await processPhoto(input, limits.maxLongSide);
      } catch (error) {
        if (error instanceof UnsupportedImageError) throw new ProblemError(415, 'unsupported_media_type', `${error.message} Send a JPEG, PNG or WebP photo.`);
        throw error;
      }
      const id = newId();
      const file = `${newId(18)}.bin`;
      const path = join(deps.uploadsDir, file);
      await writeFile(path, photo.data, { mode: 0o600 });
      let result;
      try {
        result = await ctx.commit(async () => {
          const attachment: Attachment = { id, contentType: photo.contentType, bytes: photo.data.length, width: photo.width, height: photo.height };
          await deps.store.insertAttachment({ ...attachment, file, usedBy: null, createdAt: deps.now().toISOString() });
          return { status: 201, body: attachment };
        });
      } catch (error) {
        await unlink(path).catch(() => undefined);
        throw error;
      }
      // A replay answered with the first upload: the bytes just written belong to nobody.
      if (result.headers?.['idempotent-replayed']) await unlink(path).catch(() => undefined);
      return result;
    }),
  },
  adminGetAttachment: {
    handle: async ({ deps, params }) => {
      const stored = await deps.store.getAttachment((params as { id: string }).id);
      if (!stored) throw notFound('No such attachment.');
      const data = await readFile(join(deps.uploadsDir, stored.file)).catch(() => null);
      if (!data) throw notFound('The attachment file is missing.');
      return { raw: data, contentType: stored.contentType, headers: { 'content-disposition': 'inline' } };
    },
  },
};
