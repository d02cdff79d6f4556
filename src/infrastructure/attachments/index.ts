/** What modules use: register reference kinds; store hashes (never bytes) in their events. */
export { AttachmentAccess } from './attachment-access';
export type { AttachmentReferenceKind } from './attachment-access';
export { isContentHash } from './attachment-store.port';
export type { ContentHash } from './attachment-store.port';
export { ACCEPTED_MEDIA_TYPES } from './media-type';
