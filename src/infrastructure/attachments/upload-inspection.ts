import { AttachmentRefusedError } from './attachment-errors';
import { ACCEPTED_MEDIA_TYPES, detectMediaType, MediaType, SIGNATURE_BYTES } from './media-type';

/**
 * Checks an upload while it streams: holds back the first bytes until the file type is known (so a
 * refused type writes nothing), and stops as soon as the size limit is passed.
 */
export class UploadInspection {
  private detected?: MediaType;

  constructor(private readonly maxBytes: number) {}

  /** The type found in the leading bytes; set once the stream has been read. */
  get mediaType(): MediaType {
    if (!this.detected) throw new Error('UploadInspection.mediaType read before the upload was inspected');
    return this.detected;
  }

  async *inspect(source: AsyncIterable<Uint8Array>): AsyncGenerator<Uint8Array> {
    let size = 0;
    let head: Buffer | undefined = Buffer.alloc(0);
    for await (const chunk of source) {
      size += chunk.length;
      if (size > this.maxBytes) throw this.tooLarge();
      if (!head) {
        yield chunk;
        continue;
      }
      head = Buffer.concat([head, chunk]);
      if (head.length >= SIGNATURE_BYTES) {
        this.detect(head);
        yield head;
        head = undefined;
      }
    }
    if (size === 0) throw new AttachmentRefusedError('BAD_USER_INPUT', 'Berkas kosong: kirim isi berkas sebagai badan permintaan.');
    if (head) {
      this.detect(head);
      yield head;
    }
  }

  private detect(head: Buffer): void {
    this.detected = detectMediaType(head);
    if (!this.detected) {
      throw new AttachmentRefusedError('UNSUPPORTED_MEDIA_TYPE', 'Jenis berkas tidak diterima. Unggah PDF, PNG, JPEG atau WebP.', {
        accepted: ACCEPTED_MEDIA_TYPES,
      });
    }
  }

  tooLarge(): AttachmentRefusedError {
    return new AttachmentRefusedError('PAYLOAD_TOO_LARGE', `Berkas melebihi batas ukuran ${this.maxBytes} bita.`, { maxBytes: this.maxBytes });
  }
}
