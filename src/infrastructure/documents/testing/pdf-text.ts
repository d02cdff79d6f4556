/** The text pdfkit draws (hex strings inside TJ arrays of an uncompressed PDF), line by line: for specs. */
export function pdfText(pdf: Buffer): string {
  return pdf
    .toString('latin1')
    .split('\n')
    .filter((line) => line.endsWith('TJ'))
    .map((line) => [...line.matchAll(/<([0-9a-f]+)>/g)].map(([, hex]) => Buffer.from(hex, 'hex').toString('latin1')).join(''))
    .join('\n');
}
