import { Inject, Injectable } from '@nestjs/common';
import { EVENT_STORE, EventStore } from '@kernel/event-store.port';
import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';
import { defineProjection } from '@infrastructure/projections/projection';
import { ReadModels } from '@infrastructure/projections/read-models';
import { AnnualPredikatFinalised, Predikat } from '@modules/shared';

export const PUBLISHED_PREDIKAT = 'personnel_published_predikat';

/** An employee's finalised annual predikat as performance published it (the shared contract). */
@Schema({ versionKey: false })
export class PublishedPredikat {
  /** `<employeeId>.<year>`. */
  @Prop({ type: String }) _id: string;
  @Prop({ type: String, required: true }) employeeId: string;
  @Prop({ type: String, required: true }) instansiId: string;
  @Prop({ type: Number, required: true }) year: number;
  @Prop({ type: String, required: true }) predikat: Predikat;
  @Prop({ type: String, required: true }) evaluationId: string;
  @Prop({ type: String, required: true }) finalisedAt: string;
}
export const PublishedPredikatSchema = SchemaFactory.createForClass(PublishedPredikat);
PublishedPredikatSchema.index({ employeeId: 1, year: 1 });
PublishedPredikatSchema.index({ instansiId: 1, year: 1 });

/**
 * KP Reguler's predikat source: performance.AnnualPredikatFinalised (published when a sign-off closes
 * an annual evaluation and after each correction) — the latest per employee and year. Personnel
 * reads the contract by type; it imports nothing of performance.
 */
export const publishedPredikatProjection = defineProjection<AnnualPredikatFinalised>({
  name: PUBLISHED_PREDIKAT,
  version: 1,
  collections: [{ name: PUBLISHED_PREDIKAT, schema: PublishedPredikatSchema }],
  canHandle: ['performance.AnnualPredikatFinalised'],
  async apply(event, writer) {
    const { employeeId, instansiId, year, predikat, evaluationId, finalisedAt } = event.data;
    await writer.upsert(PUBLISHED_PREDIKAT, `${employeeId}.${year}`, { $set: { employeeId, instansiId, year, predikat, evaluationId, finalisedAt } });
  },
});

/** What a promotion needs from the published predicates. */
export interface PublishedPredikatFacts {
  /** The employee's published predikat for the years asked. */
  readonly published: readonly { readonly year: number; readonly predikat: Predikat; readonly evaluationId: string }[];
  /** The first SKP year performance has published any predikat for in the instansi (the system's first year); null when none yet. */
  readonly systemFirstYear: number | null;
}

@Injectable()
export class PublishedPredikatReader {
  constructor(
    private readonly readModels: ReadModels,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {}

  /**
   * Read after the projection caught up with the log as it stands now (bounded by the read-your-writes
   * timeout), so a promotion right after a sign-off or a correction sees its predikat.
   */
  async facts(employeeId: string, instansiId: string | null, years: readonly number[]): Promise<PublishedPredikatFacts> {
    await this.readModels.waitFor(await this.store.headPosition(), PUBLISHED_PREDIKAT);
    const collection = this.readModels.collection<PublishedPredikat>(PUBLISHED_PREDIKAT);
    const [mine, first] = await Promise.all([
      collection.find({ employeeId, year: { $in: [...years] } }, { sort: { year: -1 } }),
      instansiId ? collection.find({ instansiId }, { sort: { year: 1 }, limit: 1 }) : Promise.resolve([]),
    ]);
    return { published: mine.map(({ year, predikat, evaluationId }) => ({ year, predikat, evaluationId })), systemFirstYear: first[0]?.year ?? null };
  }
}
