import { createHash } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { AttachmentAccess } from '@infrastructure/attachments/attachment-access';
import { ATTACHMENT_STORE, AttachmentStore } from '@infrastructure/attachments/attachment-store.port';
import { TestApi } from './harness';

const MAX_BYTES = 4096;
const pdf = (text: string) => Buffer.from(`%PDF-1.7\n1 0 obj << /Title (${text}) >> endobj\n%%EOF\n`);
const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(64, 7)]);
/** A Windows executable (MZ header) renamed to look like a scan. */
const renamedExe = Buffer.concat([Buffer.from('MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00'), Buffer.alloc(200, 0)]);
const json = (response: Response): Promise<any> => response.json();
const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

describe('Attachments over HTTP', () => {
  let api: TestApi;
  let base: string;
  let uploader: string;
  let colleague: string;

  beforeAll(async () => {
    api = await TestApi.start({ ATTACHMENT_MAX_BYTES: String(MAX_BYTES) });
    base = api.url.replace(/\/graphql$/, '/attachments');
    uploader = await api.token('pegawai-1', { role: 'EMPLOYEE' });
    colleague = await api.token('pegawai-2', { role: 'EMPLOYEE' });
  });
  afterAll(() => api.close());

  const upload = (body: NonNullable<RequestInit['body']>, token?: string, headers: Record<string, string> = {}) =>
    fetch(base, { method: 'POST', body, headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers }, duplex: 'half' } as RequestInit);
  const download = (hash: string, token?: string, headers: Record<string, string> = {}) =>
    fetch(`${base}/${hash}`, { headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers } });
  const store = () => api.app.get<AttachmentStore>(ATTACHMENT_STORE);

  it('stores an upload under the SHA-256 of its bytes and reports the type found in them', async () => {
    const bytes = pdf('SK kenaikan pangkat');
    // The client's Content-Type is ignored: the bytes say PDF.
    const response = await upload(bytes, uploader, { 'content-type': 'image/png' });
    expect(response.status).toBe(201);
    expect(await json(response)).toEqual({ hash: sha256(bytes), size: bytes.length, mediaType: 'application/pdf' });
    expect(await store().has(sha256(bytes))).toBe(true);
  });

  it('deduplicates: the same bytes from two actors are one file with two upload records', async () => {
    const first = await json(await upload(png, uploader));
    const second = await json(await upload(png, colleague));
    const again = await json(await upload(png, uploader));
    expect(second).toEqual(first);
    expect(again).toEqual(first);
    const files = readdirSync(join(api.config.dataDir, 'attachments', 'sha256', first.hash.slice(0, 2)));
    expect(files.filter((name) => name === first.hash)).toHaveLength(1);
    const records = await api.events.readStream(`attachments-upload-${first.hash}`);
    expect(records.map((event) => [event.type, event.actor.id])).toEqual([
      ['attachments.AttachmentUploaded', 'pegawai-1'],
      ['attachments.AttachmentUploaded', 'pegawai-2'],
    ]);
  });

  it('refuses an oversize body, declared or streamed, without storing anything', async () => {
    const big = Buffer.concat([pdf('besar'), Buffer.alloc(MAX_BYTES, 1)]);
    const declared = await upload(big, uploader);
    expect(declared.status).toBe(413);
    expect(await json(declared)).toMatchObject({ code: 'PAYLOAD_TOO_LARGE', maxBytes: MAX_BYTES, message: expect.stringContaining('melebihi batas') });
    const streamed = await upload(chunked(big, 512), uploader);
    expect(streamed.status).toBe(413);
    expect((await json(streamed)).code).toBe('PAYLOAD_TOO_LARGE');
    expect(await store().has(sha256(big))).toBe(false);
    expect(readdirSync(join(api.config.dataDir, 'attachments', 'tmp'))).toEqual([]);
    expect(await api.events.readStream(`attachments-upload-${sha256(big)}`)).toEqual([]);
  });

  it('refuses a renamed .exe whatever its declared type, and an empty body', async () => {
    const response = await upload(renamedExe, uploader, { 'content-type': 'application/pdf', 'content-disposition': 'attachment; filename="sk.pdf"' });
    expect(response.status).toBe(415);
    expect(await json(response)).toMatchObject({ code: 'UNSUPPORTED_MEDIA_TYPE', accepted: ['application/pdf', 'image/png', 'image/jpeg', 'image/webp'] });
    expect(await store().has(sha256(renamedExe))).toBe(false);
    const declaredJson = await upload(JSON.stringify({ not: 'a file' }), uploader, { 'content-type': 'application/json' });
    expect(declaredJson.status).toBe(415);
    // Declared as JSON, a PDF fails the framework's JSON parser before reaching the endpoint.
    const pdfAsJson = await upload(pdf('bukan JSON'), uploader, { 'content-type': 'application/json' });
    expect(pdfAsJson.status).toBe(400);
    const empty = await upload(Buffer.alloc(0), uploader);
    expect(empty.status).toBe(400);
    expect((await json(empty)).code).toBe('BAD_USER_INPUT');
  });

  it('needs a bearer token and a role that may write', async () => {
    const anonymous = await upload(png);
    expect(anonymous.status).toBe(401);
    expect(await json(anonymous)).toMatchObject({ code: 'UNAUTHENTICATED', message: expect.stringContaining('token') });
    const forged = await upload(png, 'not-a-token');
    expect(forged.status).toBe(401);
    const auditor = await upload(png, await api.token('auditor-1', { role: 'AUDITOR', unit: '*' }));
    expect(auditor.status).toBe(403);
    expect((await json(auditor)).code).toBe('FORBIDDEN');
    expect((await download(sha256(png))).status).toBe(401);
  });

  it('serves an unreferenced upload to its uploader only, with safe headers', async () => {
    const bytes = pdf('bukti dukung SKP');
    const { hash } = await json(await upload(bytes, uploader));
    const own = await download(hash, uploader);
    expect(own.status).toBe(200);
    expect(own.headers.get('content-type')).toBe('application/pdf');
    expect(own.headers.get('content-disposition')).toBe(`attachment; filename="${hash}.pdf"`);
    expect(own.headers.get('x-content-type-options')).toBe('nosniff');
    expect(own.headers.get('etag')).toBe(`"${hash}"`);
    expect(Buffer.from(await own.arrayBuffer())).toEqual(bytes);
    expect((await download(hash, uploader, { 'if-none-match': `"${hash}"` })).status).toBe(304);

    // Another actor cannot tell this file from one that does not exist.
    const other = await download(hash, colleague);
    const absent = await download(sha256(Buffer.from('tidak pernah diunggah')), colleague);
    expect(other.status).toBe(404);
    expect(absent.status).toBe(404);
    expect(await json(other)).toEqual(await json(absent));
    expect((await download('not-a-hash', uploader)).status).toBe(400);
  });

  it('lets a registered reference kind grant the readers of the record that references the file', async () => {
    const bytes = pdf('sertifikat diklat');
    const { hash } = await json(await upload(bytes, uploader));
    const reader = await api.token('atasan-1', { role: 'PEJABAT_PENILAI', unit: 'kota-medan.dinkes' });
    expect((await download(hash, reader)).status).toBe(404);

    // A module's read model says record skp-7 references the file and that atasan-1 may read skp-7.
    api.app.get(AttachmentAccess).register({
      kind: 'test.skp-evidence',
      findReferences: async (h) => (h === hash ? ['skp-7'] : []),
      mayRead: async (actor, recordId) => recordId === 'skp-7' && actor.id === 'atasan-1',
    });
    const granted = await download(hash, reader);
    expect(granted.status).toBe(200);
    expect(Buffer.from(await granted.arrayBuffer())).toEqual(bytes);
    expect((await download(hash, colleague)).status).toBe(404);
  });
});

/** A request body without Content-Length, sent in pieces. */
function chunked(bytes: Buffer, size: number): ReadableStream<Uint8Array> {
  let offset = 0;
  return new ReadableStream({
    pull(controller) {
      if (offset >= bytes.length) return controller.close();
      controller.enqueue(bytes.subarray(offset, offset + size));
      offset += size;
    },
  });
}
