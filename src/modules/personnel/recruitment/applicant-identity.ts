/**
 * How applicants (citizens, not yet civil servants) are identified without exposing them. UU 27/2022
 * PDP and DOMAIN §1.12: the NIK (Nomor Induk Kependudukan, the 16-digit national resident number) is
 * personal data, so it never enters the event log in clear; the public ranking shows only the
 * registration number and initials.
 */

/** `1275012345670001` → `1275**********01`: region code and last two digits, enough to disambiguate on a call. */
export function maskNik(nik: string): string {
  return `${nik.slice(0, 4)}${'*'.repeat(Math.max(0, nik.length - 6))}${nik.slice(-2)}`;
}

/** `Siti Nurhaliza binti Ahmad` → `S.N.B.A.`; single names (common in Indonesia) give one initial. */
export function initialsOf(name: string): string {
  return name
    .trim()
    .split(/[\s.'’-]+/u)
    .filter(Boolean)
    .map((word) => `${[...word][0].toLocaleUpperCase('id-ID')}.`)
    .join('');
}

/** Nomor pendaftaran (registration number) in a round: the 1-based registration order, zero-padded. */
export function registrationNumberOf(order: number): string {
  return String(order).padStart(5, '0');
}
