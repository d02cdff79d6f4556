import { CareerActionAnnulled, CareerActionKind } from '../../domain';
import { addHolder, Edit, removeHolder } from './holder-edits';

/**
 * An annulled transfer gives the seat of the post it moved to back (the employee leaves it) and puts
 * the employee back in the post held before, since the day it was held; an annulled retirement puts
 * the employee back in the post held and gives back the Plt/Plh terms the retirement cut. Promotions
 * and hukdis hold no post.
 */
export function annulmentEdits(event: CareerActionAnnulled): [string, Edit][] {
  const { employeeId, effect } = event.data;
  switch (effect.kind) {
    case CareerActionKind.TRANSFER:
      return [
        [effect.vacated.positionId, removeHolder(employeeId)],
        [effect.restored.placement.positionId, addHolder(employeeId, effect.restored.since)],
      ];
    case CareerActionKind.RETIREMENT: {
      const { placement, since, acting } = effect.restored;
      const terms: [string, Edit][] = acting.map(({ assignmentId, kind, positionId, from, until }) => [
        positionId,
        (doc) => ({ ...doc, acting: [...doc.acting.filter((a) => a.assignmentId !== assignmentId), { assignmentId, employeeId, kind, from, until }] }),
      ]);
      return [[placement.positionId, addHolder(employeeId, since)], ...terms];
    }
    default:
      return [];
  }
}
