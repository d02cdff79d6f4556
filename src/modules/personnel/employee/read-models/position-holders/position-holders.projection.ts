import { defineProjection, ProjectionWriter } from '@infrastructure/projections/projection';
import { unitIdOfPosition } from '@modules/organisation';
import { ActingAssignmentEnded, ActingAssignmentStarted, CareerActionAnnulled, EmployeeRegistered, EmployeeRetired, EmployeeTransferred } from '../../domain';
import { annulmentEdits } from './position-annulment';
import { addHolder, Edit, HolderDoc, removeHolder } from './holder-edits';
import { POSITION_HOLDERS, PositionHolderSchema } from './position-holder.schema';

type HolderEvent = EmployeeRegistered | EmployeeTransferred | ActingAssignmentStarted | ActingAssignmentEnded | EmployeeRetired | CareerActionAnnulled;

/**
 * Who holds and who acts in each position (the input of pejabat penilai resolution). An event may
 * touch several positions, or one position twice (a transfer into a post the employee was acting
 * in): each edit reads the document as the previous edit left it.
 */
export const positionHoldersProjection = defineProjection<HolderEvent>({
  name: POSITION_HOLDERS,
  // v2: annulled transfers and retirements give their seats back; v3: a registration that carries its
  // TMT jabatan holds the post from that date (bulk import).
  version: 3,
  collections: [{ name: POSITION_HOLDERS, schema: PositionHolderSchema }],
  canHandle: [
    'personnel.EmployeeRegistered',
    'personnel.EmployeeTransferred',
    'personnel.ActingAssignmentStarted',
    'personnel.ActingAssignmentEnded',
    'personnel.EmployeeRetired',
    'personnel.CareerActionAnnulled',
  ],
  async apply(event, writer) {
    for (const [positionId, edit] of await editsFor(event, writer)) {
      const doc = (await writer.findById<HolderDoc>(POSITION_HOLDERS, positionId)) ?? empty(positionId);
      const { _id, ...fields } = withEmployeeIds(edit(doc));
      await writer.upsert(POSITION_HOLDERS, positionId, { $set: fields });
    }
  },
});

async function editsFor(event: HolderEvent, writer: ProjectionWriter): Promise<[string, Edit][]> {
  switch (event.type) {
    case 'personnel.EmployeeRegistered': {
      const { positionId, employeeId, registeredAt, positionTmt } = event.data;
      return [[positionId, addHolder(employeeId, positionTmt ?? registeredAt.slice(0, 10))]];
    }
    case 'personnel.EmployeeTransferred': {
      const { employeeId, from, to, effectiveDate } = event.data;
      return [
        [from.positionId, removeHolder(employeeId)],
        [to.positionId, addHolder(employeeId, effectiveDate)],
      ];
    }
    case 'personnel.ActingAssignmentStarted': {
      const { assignmentId, employeeId, kind, positionId, from, until } = event.data;
      return [[positionId, (doc) => ({ ...doc, acting: [...doc.acting.filter((a) => a.assignmentId !== assignmentId), { assignmentId, employeeId, kind, from, until }] })]];
    }
    case 'personnel.ActingAssignmentEnded': {
      const { assignmentId, endedOn } = event.data;
      const docs = await positionsOf(writer, event.data.employeeId);
      const cut: Edit = (doc) => ({ ...doc, acting: doc.acting.map((a) => (a.assignmentId === assignmentId ? { ...a, until: endedOn } : a)) });
      return docs.filter((d) => d.acting.some((a) => a.assignmentId === assignmentId)).map((d) => [d._id, cut]);
    }
    case 'personnel.EmployeeRetired': {
      const { employeeId, effectiveDate } = event.data;
      const docs = await positionsOf(writer, employeeId);
      return docs.map((d) => [d._id, (doc) => endEverything(doc, employeeId, effectiveDate)]);
    }
    case 'personnel.CareerActionAnnulled':
      return annulmentEdits(event);
  }
}

/** From the retirement's effective date the employee neither holds nor acts in any position. */
function endEverything(doc: HolderDoc, employeeId: string, effectiveDate: string): HolderDoc {
  const lastDay = dayBefore(effectiveDate);
  const acting = doc.acting
    .filter((a) => a.employeeId !== employeeId || a.from < effectiveDate)
    .map((a) => (a.employeeId === employeeId && a.until > lastDay ? { ...a, until: lastDay } : a));
  return { ...removeHolder(employeeId)(doc), acting };
}

/** `$in`, not equality: the embedded store answers equality on an indexed array field from the index key. */
function positionsOf(writer: ProjectionWriter, employeeId: string): Promise<HolderDoc[]> {
  return writer.find<HolderDoc>(POSITION_HOLDERS, { employeeIds: { $in: [employeeId] } });
}

function empty(positionId: string): HolderDoc {
  return { _id: positionId, unitId: unitIdOfPosition(positionId), holders: [], acting: [], employeeIds: [] };
}

function withEmployeeIds(doc: HolderDoc): HolderDoc {
  return { ...doc, employeeIds: [...new Set([...doc.holders.map((h) => h.employeeId), ...doc.acting.map((a) => a.employeeId)])] };
}

/** The civil date before `date` (YYYY-MM-DD), computed in UTC so no time zone shifts it. */
export function dayBefore(date: string): string {
  const [year, month, day] = date.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, day - 1)).toISOString().slice(0, 10);
}
