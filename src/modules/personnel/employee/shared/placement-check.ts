import { Injectable } from '@nestjs/common';
import { OrganisationDirectory, OrgUnit, PositionInUnit, PositionStatus, UnitStatus } from '@modules/organisation';
import { RuleProblem, problem, refuseIfAny } from '../domain';

/** Rules on where an employee may be placed, checked against the organisation tree before any append. */
export const OrgPlacementRule = {
  UNIT_NOT_FOUND: 'PERSONNEL.UNIT_NOT_FOUND',
  POSITION_NOT_FOUND: 'PERSONNEL.POSITION_NOT_FOUND',
  POSITION_NOT_IN_UNIT: 'PERSONNEL.POSITION_NOT_IN_UNIT',
} as const;

/** Every problem with placing someone in `positionId` of `unitId`; a dissolved unit or abolished position counts as not found. */
export function placementProblems(unitId: string, positionId: string, unit: OrgUnit | null, found: PositionInUnit | null): RuleProblem[] {
  const problems: RuleProblem[] = [];
  if (!unit || unit.status !== UnitStatus.ACTIVE) {
    problems.push(problem(OrgPlacementRule.UNIT_NOT_FOUND, unit ? `Unit kerja ${unitId} is dissolved` : `No unit kerja ${unitId}`));
  }
  if (!found || found.position.status !== PositionStatus.ACTIVE) {
    problems.push(problem(OrgPlacementRule.POSITION_NOT_FOUND, found ? `Position ${positionId} is abolished` : `No position ${positionId}`));
  } else if (found.unit._id !== unitId) {
    problems.push(problem(OrgPlacementRule.POSITION_NOT_IN_UNIT, `Position ${positionId} belongs to ${found.unit._id}, not to ${unitId}`));
  }
  return problems;
}

@Injectable()
export class PlacementCheck {
  constructor(private readonly directory: OrganisationDirectory) {}

  /** Refuses (DOMAIN_RULE_VIOLATION naming every problem) unless the position is active and in the active unit. */
  async assert(unitId: string, positionId: string): Promise<void> {
    const [unit, found] = await Promise.all([this.directory.unit(unitId), this.directory.position(positionId)]);
    refuseIfAny(placementProblems(unitId, positionId, unit, found));
  }
}
