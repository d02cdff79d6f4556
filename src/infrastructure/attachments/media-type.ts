/**
 * The file types accepted as evidence, recognised by their leading bytes ("magic numbers"). The
 * client's Content-Type and file name are never trusted: a renamed executable stays an executable.
 */
export interface MediaType {
  readonly mediaType: string;
  readonly extension: string;
}

interface Signature extends MediaType {
  readonly matches: (head: Uint8Array) => boolean;
}

const bytes = (head: Uint8Array, offset: number, expected: readonly number[]) => expected.every((b, i) => head[offset + i] === b);
const ascii = (text: string) => [...text].map((c) => c.charCodeAt(0));

const SIGNATURES: readonly Signature[] = [
  // ISO 32000: a PDF starts with "%PDF-".
  { mediaType: 'application/pdf', extension: 'pdf', matches: (h) => bytes(h, 0, ascii('%PDF-')) },
  // PNG (RFC 2083): the eight-byte signature 89 50 4E 47 0D 0A 1A 0A.
  { mediaType: 'image/png', extension: 'png', matches: (h) => bytes(h, 0, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]) },
  // JPEG/JFIF/EXIF: SOI marker FF D8 followed by another marker's FF.
  { mediaType: 'image/jpeg', extension: 'jpg', matches: (h) => bytes(h, 0, [0xff, 0xd8, 0xff]) },
  // WebP (RFC 9649): a RIFF container whose form type is "WEBP".
  { mediaType: 'image/webp', extension: 'webp', matches: (h) => bytes(h, 0, ascii('RIFF')) && bytes(h, 8, ascii('WEBP')) },
];

/** How many leading bytes detection needs. */
export const SIGNATURE_BYTES = 12;

export const ACCEPTED_MEDIA_TYPES: readonly string[] = SIGNATURES.map((s) => s.mediaType);

/** The accepted type the bytes start with, or undefined. */
export function detectMediaType(head: Uint8Array): MediaType | undefined {
  const found = SIGNATURES.find((signature) => signature.matches(head));
  return found && { mediaType: found.mediaType, extension: found.extension };
}

export function extensionOf(mediaType: string): string {
  return SIGNATURES.find((s) => s.mediaType === mediaType)?.extension ?? 'bin';
}
