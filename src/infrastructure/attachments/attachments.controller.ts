import { Controller, Get, HttpCode, Inject, Param, Post, Req, Res, UseFilters } from '@nestjs/common';
import type { Request, Response } from 'express';
import { pipeline } from 'node:stream/promises';
import { APP_CONFIG, AppConfig } from '@config/config';
import { Actor } from '@kernel/events';
import { CurrentActor } from '../auth/decorators';
import { Role } from '../auth/roles';
import { AttachmentAccess } from './attachment-access';
import { AttachmentRefusedError } from './attachment-errors';
import { AttachmentHttpFilter } from './attachment-http.filter';
import { ATTACHMENT_STORE, AttachmentStore, ContentHash, isContentHash } from './attachment-store.port';
import { AttachmentUploads } from './attachment-uploads';
import { extensionOf } from './media-type';
import { UploadInspection } from './upload-inspection';

export interface UploadResult {
  readonly hash: ContentHash;
  readonly size: number;
  readonly mediaType: string;
}

/** Roles that only read: holding nothing else means no uploads. */
const READ_ONLY_ROLES: readonly string[] = [Role.AUDITOR, Role.PUBLIC];

/**
 * `POST /attachments` (the file's bytes as the request body) and `GET /attachments/:hash`. Both need
 * a bearer token, checked by the global AuthGuard exactly as for GraphQL.
 */
@Controller('attachments')
@UseFilters(AttachmentHttpFilter)
export class AttachmentsController {
  constructor(
    @Inject(ATTACHMENT_STORE) private readonly store: AttachmentStore,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly uploads: AttachmentUploads,
    private readonly access: AttachmentAccess,
  ) {}

  @Post()
  @HttpCode(201)
  async upload(@Req() request: Request, @CurrentActor() actor: Actor): Promise<UploadResult> {
    if (actor.roles.every((grant) => READ_ONLY_ROLES.includes(grant.role))) {
      throw new AttachmentRefusedError('FORBIDDEN', 'Peran Anda hanya boleh membaca; unggahan tidak diizinkan.');
    }
    const inspection = new UploadInspection(this.config.attachments.maxBytes);
    if (Number(request.headers['content-length']) > this.config.attachments.maxBytes) throw inspection.tooLarge();
    // Nest's body parsers consume bodies declared as JSON or forms: such a body is no accepted file.
    if (request.body !== undefined) throw new AttachmentRefusedError('UNSUPPORTED_MEDIA_TYPE', 'Jenis berkas tidak diterima. Unggah PDF, PNG, JPEG atau WebP.');
    const file = await this.store.put(inspection.inspect(request));
    const { mediaType } = inspection.mediaType;
    await this.uploads.record(file, mediaType, actor);
    return { hash: file.hash, size: file.size, mediaType };
  }

  @Get(':hash')
  async download(@Param('hash') hash: string, @CurrentActor() actor: Actor, @Req() request: Request, @Res() response: Response): Promise<void> {
    if (!isContentHash(hash)) throw new AttachmentRefusedError('BAD_USER_INPUT', 'Hash berkas harus SHA-256: 64 karakter heksadesimal huruf kecil.');
    const upload = await this.uploads.find(hash);
    // Absent and not-yours look the same, so a hash reveals nothing about who holds which file.
    const readable = upload !== null && (await this.access.mayRead(actor, hash, upload.uploaders));
    const file = readable ? await this.store.open(hash) : null;
    if (!upload || !file) throw new AttachmentRefusedError('NOT_FOUND', 'Berkas tidak ditemukan.');
    response.setHeader('ETag', `"${hash}"`);
    response.setHeader('Cache-Control', 'private, no-cache');
    response.setHeader('X-Content-Type-Options', 'nosniff');
    if (request.headers['if-none-match']?.split(/\s*,\s*/).includes(`"${hash}"`)) {
      file.content.destroy();
      response.status(304).end();
      return;
    }
    response.setHeader('Content-Type', upload.mediaType);
    response.setHeader('Content-Length', String(file.size));
    response.setHeader('Content-Disposition', `attachment; filename="${hash}.${extensionOf(upload.mediaType)}"`);
    await pipeline(file.content, response);
  }
}
