import { Global, Injectable, Module } from '@nestjs/common';
import { ReadModels } from '@infrastructure/projections/read-models';
import { POSITION_OCCUPANCY, PositionOccupancy, PositionOccupancyCount } from '@modules/organisation';
import { POSITION_HOLDERS, PositionHolder } from './position-holder.schema';

type HolderDoc = PositionHolder & { _id: string };

/**
 * The organisation module's PositionOccupancy port, answered from this module's position holders:
 * definitive holders now, and Plt/Plh terms that run on the day or later. [M] A read model: two
 * commands racing on the same post can both see it vacant (docs/decisions.md, "Position capacity").
 */
@Injectable()
export class PositionHoldersOccupancy implements PositionOccupancy {
  constructor(private readonly readModels: ReadModels) {}

  async of(positionId: string, day: string): Promise<PositionOccupancyCount> {
    const doc = await this.readModels.collection<HolderDoc>(POSITION_HOLDERS).findById(positionId);
    if (!doc) return { definitive: 0, acting: 0 };
    return { definitive: doc.holders.length, acting: doc.acting.filter((a) => a.until >= day).length };
  }
}

/** Global, so the organisation module's commands get the port without importing personnel. */
@Global()
@Module({ providers: [PositionHoldersOccupancy, { provide: POSITION_OCCUPANCY, useExisting: PositionHoldersOccupancy }], exports: [POSITION_OCCUPANCY, PositionHoldersOccupancy] })
export class PositionOccupancyModule {}
