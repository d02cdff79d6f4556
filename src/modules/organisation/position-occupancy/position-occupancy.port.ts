import type { PositionOccupancyCount } from '../domain/instansi.commands';

export type { PositionOccupancyCount };

/**
 * Who fills a position: the organisation module owns positions, the employee records know who holds
 * them. The personnel module provides this port (a global provider under POSITION_OCCUPANCY), so the
 * organisation commands can refuse to abolish a held post or shrink it below its holders without
 * importing personnel.
 */
export interface PositionOccupancy {
  /** Definitive holders today, and Plt/Plh assignments running on `day` or later. */
  of(positionId: string, day: string): Promise<PositionOccupancyCount>;
}

export const POSITION_OCCUPANCY = Symbol('PositionOccupancy');
