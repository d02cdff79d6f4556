/**
 * The vocabulary every module shares (ASN terms, not any one module's): golongan, predikat kinerja,
 * legal bases (SK number and date), sex, NIP rules, instansi scope of grants and entity-id input rules.
 * Calendar dates are the kernel's (src/kernel/calendar-date.ts): the input guards need them.
 */
export * from './golongan';
export * from './predikat';
export * from './legal-basis';
export * from './sex';
export * from './nip';
export * from './nik';
export * from './instansi-scope';
export * from './input-rules';
export * from './contracts';
