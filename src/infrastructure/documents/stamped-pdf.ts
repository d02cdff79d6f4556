import { createHash } from 'node:crypto';
import PDFDocument from 'pdfkit';

/** The log entry a printed document reflects: the stream, its log position and the event's hash in the chain. */
export interface LogStamp {
  readonly streamId: string;
  readonly position: number;
  readonly hash: string;
}

export interface StampedPdfMeta {
  readonly title: string;
  readonly author: string;
  /** The date of the recorded fact (not the print time), so the same record always prints the same bytes. */
  readonly createdAt: string;
  readonly stamp: LogStamp;
}

/** The stamp as the PDF's metadata (Subject), machine-readable: `akuntabel:<stream>@<position>#<hash>`. */
export function stampOf(stamp: LogStamp): string {
  return `akuntabel:${stamp.streamId}@${stamp.position}#${stamp.hash}`;
}

/**
 * A short code to type in when checking a print: the first 16 hex digits of SHA-256 over the stamp,
 * grouped `XXXX-XXXX-XXXX-XXXX`. Anyone holding the log recomputes it from the printed position and
 * hash (and `npm run verify` proves that hash belongs to the chain), so a forged print shows.
 */
export function verificationCodeOf(stamp: LogStamp): string {
  const digest = createHash('sha256').update(stampOf(stamp)).digest('hex').slice(0, 16).toUpperCase();
  return digest.match(/.{4}/g)!.join('-');
}

/**
 * A deterministic PDF of a recorded fact: uncompressed (its text, and the log position and hash it was
 * made from, can be read back), dated with the fact's own time, drawn by `draw`, and closed with the
 * stamp footer. The same record always prints the same bytes.
 */
export function renderStampedPdf(meta: StampedPdfMeta, draw: (doc: PDFKit.PDFDocument) => void): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'A4', margin: 56, compress: false, info: { Title: meta.title, Author: meta.author, Subject: stampOf(meta.stamp), CreationDate: new Date(meta.createdAt) } });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  draw(doc);
  const { streamId, position, hash } = meta.stamp;
  doc.moveDown(3).font('Helvetica').fontSize(8).fillColor('#444444');
  doc.text(`Dokumen ini mencerminkan keputusan yang tercatat pada log Akuntabel: stream ${streamId}, posisi log ${position}, hash SHA-256 ${hash}.`);
  doc.text(`Kode verifikasi: ${verificationCodeOf(meta.stamp)}. Keaslian dapat diperiksa dengan verifikasi rantai hash (npm run verify) terhadap posisi dan hash tersebut.`);
  doc.end();
  return done;
}

const MONTHS = ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'];

/** `2026-06-15` → `15 Juni 2026`. */
export function tanggal(date: string): string {
  const [y, m, d] = date.slice(0, 10).split('-').map(Number);
  return `${d} ${MONTHS[m - 1]} ${y}`;
}
