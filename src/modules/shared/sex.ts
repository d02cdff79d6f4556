/**
 * Jenis kelamin (sex) as the personnel record holds it. English words rather than the forms' L/P
 * (laki-laki/perempuan) so the code reads the same to every reader; NIP digit 15 encodes it as
 * 1 = MALE, 2 = FEMALE. Mapping L/P from imported files is the adapter's job.
 */
export const Sex = { MALE: 'MALE', FEMALE: 'FEMALE' } as const;
export type Sex = (typeof Sex)[keyof typeof Sex];

export function isSex(value: unknown): value is Sex {
  return value === Sex.MALE || value === Sex.FEMALE;
}
