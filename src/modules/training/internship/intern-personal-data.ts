/**
 * Interns' personal data (they are not ASN): the least the certificate and the mentor need (UU 27/2022
 * PDP, data minimisation). It enters the log only sealed by the platform's PersonalDataCipher under a
 * key per intern, so erasing the key erases it everywhere it was copied while the hash chain stays intact.
 */
export interface InternPersonalData {
  readonly name: string;
  readonly email: string | null;
}
