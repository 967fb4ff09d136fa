import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { adminGetAttachment, adminGetReport, createReport, uploadAttachment } from '@grannskap/contract';
import { call, freshKey, issuePaths, startTestServer, type TestServer } from './helpers/server.js';
import { reportBody } from './helpers/fixtures.js';

const form = (data: Buffer | string, filename: string, type: string, field = 'file') => {
  const fd = new FormData();
  fd.append(field, new Blob([typeof data === 'string' ? data : new Uint8Array(data)], { type }), filename);
  return fd;
};

const jpegWithGps = () =>
  sharp({ create: { width: 3000, height: 1000, channels: 3, background: { r: 200, g: 30, b: 30 } } })
    .jpeg()
    .withExif({
      IFD0: { Make: 'ExamplePhone', Model: 'X1', Copyright: 'Secret Person' },
      IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '59/1 22/1 12/1', GPSLongitudeRef: 'E', GPSLongitude: '16/1 30/1 0/1' },
    })
    .toBuffer();

describe('photo uploads', () => {
  let t: TestServer;
  before(async () => { t = await startTestServer(); });
  after(async () => t.close());

  it('re-encodes a JPEG so no EXIF or GPS survives, scaled to the longest side, stored under a random name', async () => {
    const input = await jpegWithGps();
    const meta = await sharp(input).metadata();
    assert.ok(meta.exif && meta.exif.includes(Buffer.from('ExamplePhone')), 'the fixture carries EXIF');
    const res = await call(t, uploadAttachment, { raw: form(input, 'IMG_0001.jpg', 'image/jpeg') });
    assert.equal(res.status, 201);
    assert.equal(res.body.contentType, 'image/jpeg');
    assert.equal(res.body.width, 2048);
    assert.equal(res.body.height, 683);

    const stored = await call(t, adminGetAttachment, { admin: t.admin, params: { id: res.body.id } });
    assert.equal(stored.status, 200);
    const bytes = Buffer.from(await (await fetch(`${t.url}/v1/admin/attachments/${res.body.id}`, { headers: { authorization: `Bearer ${t.admin}` } })).arrayBuffer());
    assert.equal(bytes.length, res.body.bytes);
    const out = await sharp(bytes).metadata();
    assert.equal(out.format, 'jpeg');
    assert.equal(out.exif, undefined);
    assert.equal(out.xmp, undefined);
    assert.ok(!bytes.includes(Buffer.from('ExamplePhone')) && !bytes.includes(Buffer.from('Secret Person')));
    const files = readdirSync(join(t.dataDir, 'uploads'));
    assert.ok(files.every((f) => !f.includes('IMG_0001')), 'the client file name is not used');
  });

  it('detects the type from the bytes: a PNG named .jpg is accepted as an image, text named .jpg is 415', async () => {
    const png = await sharp({ create: { width: 40, height: 30, channels: 4, background: { r: 0, g: 0, b: 255, alpha: 0.5 } } }).png().toBuffer();
    const asJpg = await call(t, uploadAttachment, { raw: form(png, 'photo.jpg', 'image/jpeg') });
    assert.equal(asJpg.status, 201);
    assert.equal(asJpg.body.contentType, 'image/webp', 'transparency kept: PNG becomes WebP');
    const text = await call(t, uploadAttachment, { raw: form('just some text, not a photo', 'photo.jpg', 'image/jpeg') });
    assert.equal(text.status, 415);
    assert.equal(text.body.code, 'unsupported_media_type');
    const gif = await sharp({ create: { width: 4, height: 4, channels: 3, background: 'white' } }).gif().toBuffer();
    const gifRes = await call(t, uploadAttachment, { raw: form(gif, 'x.jpg', 'image/jpeg') });
    assert.equal(gifRes.status, 415);
  });

  it('refuses a decompression bomb: a tiny PNG that claims 50000 × 50000 pixels', async () => {
    const { crc32 } = await import('node:zlib');
    const png = await sharp({ create: { width: 1, height: 1, channels: 3, background: 'white' } }).png().toBuffer();
    // IHDR data starts at byte 16 (8 signature + 4 length + 4 type); its CRC follows the 13 data bytes.
    png.writeUInt32BE(50_000, 16);
    png.writeUInt32BE(50_000, 20);
    png.writeUInt32BE(crc32(png.subarray(12, 29)) >>> 0, 29);
    assert.equal((await sharp(png, { limitInputPixels: false }).metadata()).width, 50_000, 'the fixture claims the size');
    const res = await call(t, uploadAttachment, { raw: form(png, 'bomb.png', 'image/png') });
    assert.equal(res.status, 415);
  });

  it('caps the size while streaming: a file over the limit is 413', async () => {
    const big = Buffer.alloc(10 * 1024 * 1024 + 1024, 0xff);
    const res = await call(t, uploadAttachment, { raw: form(big, 'big.jpg', 'image/jpeg') });
    assert.equal(res.status, 413);
    assert.equal(res.body.code, 'payload_too_large');
  });

  it('wants multipart with one part named file', async () => {
    const json = await call(t, uploadAttachment, { body: { file: 'x' } });
    assert.equal(json.status, 415);
    const wrongField = await call(t, uploadAttachment, { raw: form(await jpegWithGps(), 'a.jpg', 'image/jpeg', 'photo') });
    assert.equal(wrongField.status, 422);
    assert.ok(issuePaths(wrongField.body).includes('file:required'));
    const broken = await call(t, uploadAttachment, { raw: '--xyz\r\nContent-Disposition: form-data; name="file"\r\n\r\nabc', contentType: 'multipart/form-data; boundary=xyz' });
    assert.ok(broken.status >= 400 && broken.status < 500, String(broken.status));
    const noKey = await call(t, uploadAttachment, { raw: form(await jpegWithGps(), 'a.jpg', 'image/jpeg'), key: null });
    assert.equal(noKey.status, 400);
  });

  it('replays an upload for the same key and refuses the key for other bytes', async () => {
    const key = freshKey();
    const input = await jpegWithGps();
    const first = await call(t, uploadAttachment, { raw: form(input, 'a.jpg', 'image/jpeg'), key });
    const again = await call(t, uploadAttachment, { raw: form(input, 'a.jpg', 'image/jpeg'), key });
    assert.equal(again.text, first.text);
    assert.equal(again.headers.get('idempotent-replayed'), 'true');
    const png = await sharp({ create: { width: 4, height: 4, channels: 3, background: 'white' } }).png().toBuffer();
    const other = await call(t, uploadAttachment, { raw: form(png, 'a.png', 'image/png'), key });
    assert.equal(other.status, 422);
  });

  it('keeps one attachment and one file for 20 concurrent identical uploads', async () => {
    const key = freshKey();
    const input = await jpegWithGps();
    const filesBefore = readdirSync(join(t.dataDir, 'uploads')).length;
    const answers = await Promise.all(Array.from({ length: 20 }, () => call(t, uploadAttachment, { raw: form(input, 'a.jpg', 'image/jpeg'), key })));
    assert.ok(answers.every((a) => a.status === 201));
    assert.equal(new Set(answers.map((a) => a.text)).size, 1);
    assert.equal(readdirSync(join(t.dataDir, 'uploads')).length, filesBefore + 1, 'replays leave no orphan files');
  });

  it('attaches an upload to one report only', async () => {
    const up = await call(t, uploadAttachment, { raw: form(await jpegWithGps(), 'a.jpg', 'image/jpeg') });
    const report = await call(t, createReport, { body: await reportBody(t, { attachments: [up.body.id] }) });
    assert.equal(report.status, 201);
    const full = await call(t, adminGetReport, { admin: t.admin, params: { reference: report.body.reference } });
    assert.deepEqual(full.body.attachments, [up.body.id]);
    const reuse = await call(t, createReport, { body: await reportBody(t, { attachments: [up.body.id] }) });
    assert.equal(reuse.status, 422);
    assert.ok(issuePaths(reuse.body).includes('attachments.0:unknown'));
    const missing = await call(t, adminGetAttachment, { admin: t.admin, params: { id: 'nope' } });
    assert.equal(missing.status, 404);
  });
});
