import { createReport, uploadAttachment, type Attachment, type ReportCreate, type ReportReceipt } from '@grannskap/contract';
import { call } from '../call.js';
import { withLocale } from '../locale.js';
import type { Transport, WriteOptions } from '../transport.js';

// The cases group is in ./cases.ts: the case-status widget needs it without the report routes.
export { casesGroup, type CasesGroup } from './cases.js';

export interface UploadProgress {
  loaded: number;
  total: number;
}

export interface UploadOptions extends WriteOptions {
  /** The file name sent with the part; the server ignores it for the type (it reads the bytes). */
  filename?: string;
  /**
   * Called with `loaded: 0` when sending starts and `loaded: total` when the server has
   * accepted the photo. fetch has no upload progress events, so there is nothing in between.
   */
  onProgress?: (progress: UploadProgress) => void;
}

export interface AttachmentsGroup {
  /** Uploads one photo (downscale and strip it first, see the widgets); returns the id to put in `attachments`. */
  upload(file: Blob, options?: UploadOptions): Promise<Attachment>;
}
export interface ReportsGroup {
  /** Sends a report. Retries reuse one idempotency key; pass your own to cover retries the user starts. */
  create(input: ReportCreate, options?: WriteOptions): Promise<ReportReceipt>;
}

const nameOf = (file: Blob, filename: string | undefined): string =>
  filename ?? ((file as { name?: unknown }).name as string | undefined) ?? 'photo';

export const attachmentsGroup = (t: Transport): AttachmentsGroup => ({
  upload: async (file, options = {}) => {
    const total = file.size;
    options.onProgress?.({ loaded: 0, total });
    const form = () => {
      const data = new FormData();
      data.append('file', file, nameOf(file, options.filename));
      return data;
    };
    const attachment = await call(t, uploadAttachment, { form }, options);
    options.onProgress?.({ loaded: total, total });
    return attachment;
  },
});

export const reportsGroup = (t: Transport): ReportsGroup => ({
  create: (input, options) => call(t, createReport, { body: withLocale(t, input) }, options),
});
