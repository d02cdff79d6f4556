import { assertNever, Decider } from '@kernel/decider';
import { eventRegistry } from '@kernel/event-registry';
import { DomainEvent } from '@kernel/events';
import { ContentHash } from './attachment-store.port';

/**
 * Who uploaded a file. The bytes live in the attachment store; the log records each distinct uploader
 * of a hash once (stream `attachments-upload-<hash>`), with the type found in its leading bytes. An
 * upload no record references is readable by its uploaders only; the record keeps that durable and
 * auditable, and is why a file with no upload record is never served.
 */
export type AttachmentUploaded = DomainEvent<
  'attachments.AttachmentUploaded',
  { readonly hash: ContentHash; readonly size: number; readonly mediaType: string; readonly uploadedBy: string }
>;

eventRegistry.register([
  { type: 'attachments.AttachmentUploaded', version: 1, description: 'An actor uploaded an evidence file (first upload of this hash by this actor).' },
]);

export function uploadStreamId(hash: ContentHash): string {
  return `attachments-upload-${hash}`;
}

export interface UploadState {
  readonly mediaType?: string;
  readonly size?: number;
  readonly uploaders: readonly string[];
}

export interface RecordUpload {
  readonly type: 'RecordUpload';
  readonly hash: ContentHash;
  readonly size: number;
  readonly mediaType: string;
  readonly uploadedBy: string;
}

export const attachmentUploadDecider: Decider<RecordUpload, AttachmentUploaded, UploadState> = {
  initialState: () => ({ uploaders: [] }),
  evolve: (state, event) => {
    switch (event.type) {
      case 'attachments.AttachmentUploaded':
        return { mediaType: event.data.mediaType, size: event.data.size, uploaders: [...state.uploaders, event.data.uploadedBy] };
      default:
        return assertNever(event.type);
    }
  },
  decide: (command, state) => {
    // A repeat upload by the same actor adds nothing: the log says who, not how often.
    if (state.uploaders.includes(command.uploadedBy)) return [];
    const { hash, size, mediaType, uploadedBy } = command;
    return [{ type: 'attachments.AttachmentUploaded', data: { hash, size, mediaType, uploadedBy } }];
  },
};
