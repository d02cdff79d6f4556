import { Injectable } from '@nestjs/common';
import { Actor } from '@kernel/events';
import { OrganisationDirectory } from '@modules/organisation';
import { ReadScope, appraiserUnits, tokenScope } from './employee-access';

/** Resolves an actor's read scope: PEJABAT_PENILAI grants cover their unit's subtree, as the tree stands now. */
@Injectable()
export class EmployeeReadScopes {
  constructor(private readonly directory: OrganisationDirectory) {}

  async of(actor: Actor): Promise<ReadScope> {
    const subtrees = await Promise.all(appraiserUnits(actor).map((unitId) => this.directory.subtreeUnitIds(unitId)));
    return tokenScope(actor, [...new Set(subtrees.flat())]);
  }
}
