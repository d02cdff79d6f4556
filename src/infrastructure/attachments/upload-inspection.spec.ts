import { AttachmentRefusedError } from './attachment-errors';
import { detectMediaType } from './media-type';
import { UploadInspection } from './upload-inspection';

const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

async function inspectAll(inspection: UploadInspection, ...chunks: Buffer[]) {
  const out: Buffer[] = [];
  async function* source() {
    yield* chunks;
  }
  for await (const chunk of inspection.inspect(source())) out.push(Buffer.from(chunk));
  return Buffer.concat(out);
}

async function refusal(promise: Promise<unknown>): Promise<AttachmentRefusedError> {
  const error = await promise.then(() => undefined, (e) => e);
  expect(error).toBeInstanceOf(AttachmentRefusedError);
  return error;
}

describe('detectMediaType (magic bytes)', () => {
  it.each([
    ['PDF', Buffer.from('%PDF-1.4\n'), 'application/pdf'],
    ['PNG', Buffer.from([...PNG, 0, 0, 0, 13]), 'image/png'],
    ['JPEG (JFIF)', Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46]), 'image/jpeg'],
    ['WebP', Buffer.from('RIFF\x24\x00\x00\x00WEBPVP8 ', 'latin1'), 'image/webp'],
  ])('recognises %s', (_name, head, mediaType) => {
    expect(detectMediaType(head)?.mediaType).toBe(mediaType);
  });

  it.each([
    ['a Windows executable', Buffer.from('MZ\x90\x00\x03\x00\x00\x00', 'latin1')],
    ['a WAV (RIFF but not WebP)', Buffer.from('RIFF\x24\x00\x00\x00WAVEfmt ', 'latin1')],
    ['an HTML page', Buffer.from('<html><script>')],
    ['a ZIP (docx)', Buffer.from('PK\x03\x04\x14\x00', 'latin1')],
    ['a PDF signature not at the start', Buffer.from(' %PDF-1.4')],
  ])('refuses %s', (_name, head) => {
    expect(detectMediaType(head)).toBeUndefined();
  });
});

describe('UploadInspection', () => {
  it('passes every byte through once the type is known, even when the signature is split across chunks', async () => {
    const inspection = new UploadInspection(100);
    const out = await inspectAll(inspection, Buffer.from([0x89, 0x50]), Buffer.from(PNG.slice(2)), Buffer.from('rest of the image'));
    expect(out).toEqual(Buffer.concat([Buffer.from(PNG), Buffer.from('rest of the image')]));
    expect(inspection.mediaType).toEqual({ mediaType: 'image/png', extension: 'png' });
  });

  it('detects a file shorter than the signature window', async () => {
    const inspection = new UploadInspection(100);
    expect(await inspectAll(inspection, Buffer.from('%PDF-1'))).toEqual(Buffer.from('%PDF-1'));
    expect(inspection.mediaType.mediaType).toBe('application/pdf');
  });

  it('refuses an unknown type before yielding any byte', async () => {
    const inspection = new UploadInspection(100);
    const yielded: Uint8Array[] = [];
    async function* source() {
      yield Buffer.from('MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff', 'latin1');
    }
    const error = await refusal((async () => { for await (const c of inspection.inspect(source())) yielded.push(c); })());
    expect(error.code).toBe('UNSUPPORTED_MEDIA_TYPE');
    expect(error.status).toBe(415);
    expect(yielded).toEqual([]);
  });

  it('stops at the first byte past the limit, and accepts exactly the limit', async () => {
    const exact = Buffer.concat([Buffer.from('%PDF-'), Buffer.alloc(15)]);
    expect((await inspectAll(new UploadInspection(20), exact)).length).toBe(20);
    const error = await refusal(inspectAll(new UploadInspection(20), exact, Buffer.from('!')));
    expect(error).toMatchObject({ code: 'PAYLOAD_TOO_LARGE', details: { maxBytes: 20 } });
    expect(error.message).toBe('Berkas melebihi batas ukuran 20 bita.');
  });

  it('refuses an empty body as bad input', async () => {
    expect((await refusal(inspectAll(new UploadInspection(20)))).code).toBe('BAD_USER_INPUT');
  });
});
