import { errors } from 'jose';

/**
 * Why jose refused a token, for the client (Bahasa Indonesia, naming the claim). The verifier's options
 * decide what is checked; this only words the refusal.
 */
export function describeJoseError(error: unknown): string {
  if (error instanceof errors.JWTExpired) {
    return error.claim === 'iat' ? 'token terlalu tua (iat)' : 'token sudah kedaluwarsa (exp)';
  }
  if (error instanceof errors.JWTClaimValidationFailed) return claimProblem(error.claim, error.reason);
  if (error instanceof errors.JWSSignatureVerificationFailed) return 'tanda tangan tidak cocok';
  if (error instanceof errors.JOSEAlgNotAllowed) return 'algoritma penandatanganan tidak diizinkan';
  if (error instanceof errors.JWKSNoMatchingKey) return 'kunci penanda tangan (kid) tidak dikenal penyedia identitas';
  if (error instanceof errors.JWKSTimeout || error instanceof errors.JWKSInvalid) return 'kunci penyedia identitas tidak dapat diambil';
  if (error instanceof errors.JOSEError) return 'format token rusak';
  return 'token tidak dapat diverifikasi';
}

function claimProblem(claim: string, reason: string): string {
  if (reason === 'missing') return `klaim "${claim}" wajib ada`;
  if (reason === 'invalid') return `klaim "${claim}" harus berupa angka`;
  switch (claim) {
    case 'iss':
      return 'penerbit (iss) tidak diterima';
    case 'aud':
      return 'audiens (aud) bukan API ini';
    case 'nbf':
      return 'token belum berlaku (nbf)';
    case 'iat':
      return 'waktu terbit (iat) berada di masa depan';
    default:
      return `klaim "${claim}" tidak valid`;
  }
}
