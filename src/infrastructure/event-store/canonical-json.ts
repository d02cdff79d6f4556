/** RFC 8785 canonical JSON lives in the kernel (command fingerprints use it too); the hash chain imports it from here. */
export { canonicalJson } from '@kernel/canonical-json';
