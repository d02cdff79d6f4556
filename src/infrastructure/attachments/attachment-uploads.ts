import { Injectable } from '@nestjs/common';
import { CommandContextFactory } from '@kernel/command-context';
import { CommandExecutor } from '@kernel/command-handling';
import { Actor } from '@kernel/events';
import { attachmentUploadDecider, uploadStreamId, UploadState } from './attachment-upload.decider';
import { ContentHash, StoredFile } from './attachment-store.port';

/** Records and reads who uploaded which file, through the one command path. */
@Injectable()
export class AttachmentUploads {
  constructor(
    private readonly executor: CommandExecutor,
    private readonly contexts: CommandContextFactory,
  ) {}

  async record(file: StoredFile, mediaType: string, actor: Actor): Promise<void> {
    // Keyed by hash per actor: repeating an upload (or retrying a lost response) writes nothing new.
    const context = this.contexts.forActor(actor, { idempotencyKey: `attachment-upload:${file.hash}` });
    const command = { type: 'RecordUpload' as const, hash: file.hash, size: file.size, mediaType, uploadedBy: actor.id };
    await this.executor.execute(attachmentUploadDecider, uploadStreamId(file.hash), command, context);
  }

  /** The upload record of `hash`, or null when nobody uploaded it. */
  async find(hash: ContentHash): Promise<(UploadState & { mediaType: string }) | null> {
    const { state } = await this.executor.load(attachmentUploadDecider, uploadStreamId(hash));
    return state.mediaType ? { ...state, mediaType: state.mediaType } : null;
  }
}
