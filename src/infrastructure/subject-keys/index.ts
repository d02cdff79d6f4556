/** Per-subject encryption of personal data held in events, erasable by deleting the subject's key. */
export { PersonalDataCipher } from './personal-data-cipher';
export type { Sealed } from './personal-data-cipher';
export { SubjectKeysModule } from './subject-keys.module';
