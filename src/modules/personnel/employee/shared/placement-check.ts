import { Injectable } from '@nestjs/common';
import { OrganisationDirectory, OrgUnit, PositionInUnit, PositionStatus, UnitStatus } from '@modules/organisation';
import { RuleProblem, problem, refuseIfAny } from '../domain';
import { PositionHoldersOccupancy } from '../read-models/position-holders/position-occupancy';

/** Rules on where an employee may be placed, checked against the organisation tree before any append. */
export const OrgPlacementRule = {
  UNIT_NOT_FOUND: 'PERSONNEL.UNIT_NOT_FOUND',
  POSITION_NOT_FOUND: 'PERSONNEL.POSITION_NOT_FOUND',
  POSITION_NOT_IN_UNIT: 'PERSONNEL.POSITION_NOT_IN_UNIT',
  /** Every definitive seat of the post is taken (a structural post has one; others their formation). */
  POSITION_FULL: 'PERSONNEL.POSITION_FULL',
} as const;

/** What a formasi needs to know about its post, read at the edge and judged by the round's decider. */
export interface PostReading {
  /** The instansi the unit belongs to; null when the unit is unknown. */
  readonly instansiId: string | null;
  /** Unit and position problems (unknown, dissolved, abolished, not in that unit). */
  readonly problems: readonly RuleProblem[];
  /** Definitive seats (capacityOf); null when the formation is not recorded. */
  readonly capacity: number | null;
  readonly definitiveHolders: number;
}

/** Every problem with placing someone in `positionId` of `unitId`; a dissolved unit or abolished position counts as not found. */
export function placementProblems(unitId: string, positionId: string, unit: OrgUnit | null, found: PositionInUnit | null): RuleProblem[] {
  const problems: RuleProblem[] = [];
  if (!unit || unit.status !== UnitStatus.ACTIVE) {
    problems.push(problem(OrgPlacementRule.UNIT_NOT_FOUND, unit ? `Unit kerja ${unitId} sudah dibubarkan` : `Unit kerja ${unitId} tidak ada`));
  }
  if (!found || found.position.status !== PositionStatus.ACTIVE) {
    problems.push(problem(OrgPlacementRule.POSITION_NOT_FOUND, found ? `Jabatan ${positionId} sudah dihapus` : `Jabatan ${positionId} tidak ada`));
  } else if (found.unit._id !== unitId) {
    problems.push(problem(OrgPlacementRule.POSITION_NOT_IN_UNIT, `Jabatan ${positionId} milik unit ${found.unit._id}, bukan ${unitId}`));
  }
  return problems;
}

/**
 * The free-seat rule of a definitive placement; `promised`: seats already given to earlier rows of
 * one bulk import that the read model does not show yet.
 */
export function seatProblems(positionId: string, post: Pick<PostReading, 'capacity' | 'definitiveHolders'>, promised = 0): RuleProblem[] {
  const taken = post.definitiveHolders + promised;
  if (post.capacity === null || taken < post.capacity) return [];
  return [problem(OrgPlacementRule.POSITION_FULL, `Jabatan ${positionId} sudah terisi penuh (${taken} dari ${post.capacity} pejabat definitif)`)];
}

@Injectable()
export class PlacementCheck {
  constructor(
    private readonly directory: OrganisationDirectory,
    private readonly occupancy: PositionHoldersOccupancy,
  ) {}

  /**
   * Refuses (DOMAIN_RULE_VIOLATION naming every problem) unless the position is active and in the
   * active unit, and — for a definitive placement (registration, transfer), not an acting one — has a
   * free seat. [M] Read models: see PositionHoldersOccupancy on races.
   */
  async assert(unitId: string, positionId: string, definitive = true): Promise<void> {
    if (!definitive) return refuseIfAny(await this.problems(unitId, positionId));
    const post = await this.read(unitId, positionId);
    refuseIfAny([...post.problems, ...seatProblems(positionId, post)]);
  }

  /** The post as a formasi sees it: problems, instansi, seats and their holders. */
  async read(unitId: string, positionId: string): Promise<PostReading> {
    const [unit, found, { definitive }] = await Promise.all([this.directory.unit(unitId), this.directory.position(positionId), this.occupancy.of(positionId, '9999-12-31')]);
    const problems = placementProblems(unitId, positionId, unit, found);
    return { instansiId: unit?.instansiId ?? null, problems, capacity: found ? found.position.capacity ?? null : null, definitiveHolders: definitive };
  }

  /** Unit and position problems only (an acting placement takes no seat). */
  private async problems(unitId: string, positionId: string): Promise<RuleProblem[]> {
    const [unit, found] = await Promise.all([this.directory.unit(unitId), this.directory.position(positionId)]);
    return placementProblems(unitId, positionId, unit, found);
  }
}
