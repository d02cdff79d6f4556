import { Injectable } from '@nestjs/common';
import { AttachmentReferenceKind } from '@infrastructure/attachments';
import { ReadModels } from '@infrastructure/projections/read-models';
import { Actor } from '@kernel/events';
import { mayReadAppraisal } from '../access/performance-access';
import { ActivityEntry, PERFORMANCE_ACTIVITIES } from './activities/activity.schema';
import { PERFORMANCE_SKPS, Skp } from './skps/skp.schema';
import { accessSubject } from './skps/skps.query';

/**
 * Bukti dukung (journal entries and realisasi) as an attachment reference kind: a file referenced by
 * an entry or a realisasi is downloadable by whoever may read that SKP — the same check as `skp`.
 * Record ids are `activity:<id>` or `skp:<id>`.
 */
@Injectable()
export class EvidenceAccess implements AttachmentReferenceKind {
  readonly kind = 'performance.evidence';

  constructor(private readonly readModels: ReadModels) {}

  async findReferences(hash: string): Promise<readonly string[]> {
    // `$in`, not equality: the embedded store answers array membership this way.
    const entries = await this.readModels.collection<ActivityEntry & { _id: string }>(PERFORMANCE_ACTIVITIES).find({ evidence: { $in: [hash] } }, { limit: 20 });
    const skps = await this.readModels.collection<Skp & { _id: string }>(PERFORMANCE_SKPS).find({ 'realisasi.evidence': { $in: [hash] } }, { limit: 20 });
    return [...entries.map((e) => `activity:${e._id}`), ...skps.map((s) => `skp:${s._id}`)];
  }

  async mayRead(actor: Actor, recordId: string): Promise<boolean> {
    const [kind, id] = [recordId.slice(0, recordId.indexOf(':')), recordId.slice(recordId.indexOf(':') + 1)];
    if (kind === 'activity') {
      const entry = await this.readModels.collection<ActivityEntry & { _id: string }>(PERFORMANCE_ACTIVITIES).findById(id);
      return entry !== null && mayReadAppraisal(actor, entry);
    }
    const skp = await this.readModels.collection<Skp & { _id: string }>(PERFORMANCE_SKPS).findById(id);
    return skp !== null && mayReadAppraisal(actor, accessSubject(skp));
  }
}
