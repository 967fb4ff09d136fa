import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Attachment } from '@grannskap/contract';
import type { UploadOptions } from '@grannskap/sdk';
import { PhotoError, isPhotoError, preparePhoto } from './prepare.js';
import type { PhotoErrorCode } from './prepare.js';

/** The photo limits of the configuration (`config.limits.photos`). */
export interface PhotoLimits {
  maxCount: number;
  maxBytes: number;
  maxLongSide: number;
  types: readonly string[];
}

/** What `PhotoUploads` needs of an SDK client (a `createClient()` client has it). */
export interface PhotoUploader {
  attachments: { upload(file: Blob, options?: UploadOptions): Promise<Attachment> };
  idempotencyKey(): string;
}

export type PhotoState = 'preparing' | 'uploading' | 'done' | 'error';

/** One photo as the list shows it. Replaced (never mutated) on every change, so Lit sees the change. */
export interface PhotoItem {
  /** Stable local id (not the attachment id). */
  readonly key: string;
  /** The original file name, e.g. `IMG_2041.HEIC`; only shown, never sent. */
  readonly name: string;
  readonly state: PhotoState;
  /** A `blob:` URL of the prepared JPEG (what is sent), once it is prepared. */
  readonly previewUrl?: string | undefined;
  /** The server's record, once uploaded. */
  readonly attachment?: Attachment | undefined;
  readonly error?: PhotoErrorCode | undefined;
}

export interface PhotoUploadsOptions {
  /** The client to upload with; read when a photo is uploaded, so a client that arrives later is used. */
  client: () => PhotoUploader | undefined;
  /** The limits; read when photos are added. */
  limits: () => PhotoLimits | undefined;
  /** Called after every change of the list (the host is asked to update as well). */
  onChange?: () => void;
}

interface Entry {
  item: PhotoItem;
  /** The prepared JPEG, kept in memory only, so a retry sends exactly the same bytes with the same key. */
  blob?: Blob;
  /** One idempotency key per photo, reused on every retry: the server stores it once. */
  idempotencyKey?: string;
  abort: AbortController;
  upload?: Promise<void>;
}

let counter = 0;

/**
 * The tenant's photos for one submission: prepares each (`preparePhoto`: downscaled, re-encoded, no
 * metadata), uploads it with its own idempotency key, keeps a preview URL, and tracks its state
 * `preparing → uploading → done | error`. Nothing is written to storage: photos live only in this
 * page's memory, and object URLs are revoked on remove, `clear()` and when the host disconnects.
 *
 * Photos are prepared one at a time (decoding a phone photo takes a lot of memory); uploads run
 * while the next photo is prepared. Use `attachmentIds` for the request body and `settled()` before
 * sending, so a photo still on its way is not left out.
 */
export class PhotoUploads implements ReactiveController {
  private entries: Entry[] = [];
  private chain: Promise<void> = Promise.resolve();
  /** How many files the last `add` left out because the list was full. */
  private refused = 0;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: PhotoUploadsOptions,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.clear();
  }

  /** The photos in the order they were added. */
  get items(): readonly PhotoItem[] {
    return this.entries.map((e) => e.item);
  }

  /** The ids to send as `attachments`: the uploaded photos, in order. */
  get attachmentIds(): string[] {
    return this.entries.flatMap((e) => (e.item.attachment ? [e.item.attachment.id] : []));
  }

  /** True while any photo is being prepared or uploaded. */
  get busy(): boolean {
    return this.entries.some((e) => e.item.state === 'preparing' || e.item.state === 'uploading');
  }

  /** How many photos there are, are uploaded, and have failed. */
  get counts(): { total: number; done: number; failed: number } {
    const items = this.items;
    return { total: items.length, done: items.filter((i) => i.state === 'done').length, failed: items.filter((i) => i.state === 'error').length };
  }

  /** How many more photos fit. */
  get room(): number {
    return Math.max(0, (this.options.limits()?.maxCount ?? 0) - this.entries.length);
  }

  /** How many files the last `add` left out because the list was full (0 after a remove). */
  get refusedCount(): number {
    return this.refused;
  }

  /**
   * Adds files (from `<input type=file>` or a drop). Files beyond `maxCount` are left out and counted
   * in `refusedCount`. Resolves when the added photos are prepared and their uploads have settled.
   */
  async add(files: Iterable<File> | ArrayLike<File>): Promise<void> {
    const list = Array.from(files);
    const room = this.room;
    this.refused = Math.max(0, list.length - room);
    const added = list.slice(0, room).map((file): Entry => ({ item: { key: `photo-${++counter}`, name: file.name || 'photo', state: 'preparing' }, abort: new AbortController() }));
    this.entries = [...this.entries, ...added];
    this.changed();
    // `prepare` settles every photo itself; the catch only keeps one unexpected failure from stopping the queue.
    const work = added.map((entry, i) => (this.chain = this.chain.then(() => this.prepare(entry, list[i]!)).catch(() => undefined)));
    await Promise.all(work);
    await Promise.all(added.map((e) => e.upload));
  }

  /** Removes a photo: stops its work, revokes its preview. An uploaded photo stays unused on the server. */
  remove(key: string): void {
    const entry = this.entries.find((e) => e.item.key === key);
    if (!entry) return;
    this.dispose(entry);
    this.entries = this.entries.filter((e) => e !== entry);
    this.refused = 0;
    this.changed();
  }

  /** Uploads a photo whose upload failed again, with the same bytes and key. */
  retry(key: string): Promise<void> {
    const entry = this.entries.find((e) => e.item.key === key);
    if (!entry?.blob || entry.item.state !== 'error') return Promise.resolve();
    return this.startUpload(entry);
  }

  /** Removes every photo (after a report was sent, or when the host goes away). */
  clear(): void {
    for (const entry of this.entries) this.dispose(entry);
    this.entries = [];
    this.refused = 0;
    this.changed();
  }

  /** Resolves when no photo is being prepared or uploaded any more (at once when none is). */
  async settled(): Promise<void> {
    while (this.busy) {
      await this.chain;
      await Promise.all(this.entries.map((e) => e.upload));
    }
  }

  private async prepare(entry: Entry, file: File): Promise<void> {
    const limits = this.options.limits();
    if (!this.entries.includes(entry)) return;
    try {
      if (!limits) throw new PhotoError('upload', 'No configuration yet.');
      entry.blob = await preparePhoto(file, { ...limits, signal: entry.abort.signal });
    } catch (error) {
      if (entry.abort.signal.aborted) return;
      this.set(entry, { state: 'error', error: isPhotoError(error) ? error.code : 'undecodable' });
      return;
    }
    if (entry.abort.signal.aborted) return;
    this.set(entry, { previewUrl: URL.createObjectURL(entry.blob) });
    void this.startUpload(entry);
  }

  private startUpload(entry: Entry): Promise<void> {
    const client = this.options.client();
    const blob = entry.blob;
    if (!blob) return Promise.resolve();
    this.set(entry, { state: 'uploading', error: undefined });
    const run = async () => {
      try {
        if (!client) throw new PhotoError('upload', 'No client.');
        entry.idempotencyKey ??= client.idempotencyKey();
        const attachment = await client.attachments.upload(blob, {
          idempotencyKey: entry.idempotencyKey,
          filename: 'photo.jpg',
          signal: entry.abort.signal,
        });
        this.set(entry, { state: 'done', attachment });
      } catch {
        if (!entry.abort.signal.aborted) this.set(entry, { state: 'error', error: 'upload' });
      }
    };
    entry.upload = run();
    return entry.upload;
  }

  private set(entry: Entry, patch: Partial<PhotoItem>): void {
    if (!this.entries.includes(entry)) return;
    entry.item = { ...entry.item, ...patch };
    this.entries = [...this.entries];
    this.changed();
  }

  private dispose(entry: Entry): void {
    entry.abort.abort(new DOMException('The photo was removed.', 'AbortError'));
    if (entry.item.previewUrl) URL.revokeObjectURL(entry.item.previewUrl);
  }

  private changed(): void {
    this.host.requestUpdate();
    this.options.onChange?.();
  }
}
