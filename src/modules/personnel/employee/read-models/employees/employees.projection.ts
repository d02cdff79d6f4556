import { Update } from '@infrastructure/document-store/document-store.port';
import { defineProjection } from '@infrastructure/projections/projection';
import { instansiIdOf } from '@modules/organisation';
import { EMPLOYEE_EVENT_TYPES, EmployeeEvent, EmployeeRegistered, correctedFields, isCorrectionEvent, sortableName, statusAfter } from '../../domain';
import { correctionUpdate, golonganLabels } from './employee-corrections.projection';
import { NominationStatus } from '../../shared/employee.enums';
import { AwardNomination } from './employee-parts.schema';
import { EMPLOYEES, Employee, EmployeeSchema } from './employee.schema';
import { sortKeysAfter } from './employee-sort-keys';

type EmployeeDoc = Employee & { _id: string };

/**
 * One document per employee, from the employee stream's events only. Unit and position names are not
 * copied here (they are read from the organisation tree at query time), so organisation events need
 * no handling.
 */
export const employeesProjection = defineProjection<EmployeeEvent>({
  name: EMPLOYEES,
  version: 6,
  collections: [{ name: EMPLOYEES, schema: EmployeeSchema }],
  canHandle: EMPLOYEE_EVENT_TYPES,
  async apply(event, writer) {
    const employeeId = event.data.employeeId;
    const current = await writer.findById<EmployeeDoc>(EMPLOYEES, employeeId);
    if (!current && event.type !== 'personnel.EmployeeRegistered') return;
    // Every event of the stream moves the record's revision, also one that changes no field shown here.
    const update = updateFor(event, current);
    const changed = update ? { updatedAt: event.recordedAt } : {};
    // Any change to a golongan, TMT or name moves the record in the other orders of `employees`.
    const keys = update?.$set ? sortKeysAfter(current, update.$set) : {};
    await writer.upsert(EMPLOYEES, employeeId, { ...update, $set: { ...update?.$set, ...keys, ...changed, revision: event.revision } });
  },
});

/** The change an event makes to the record; `current` is null only for a registration. */
function updateFor(event: EmployeeEvent, current: EmployeeDoc | null): Update | null {
  switch (event.type) {
    case 'personnel.EmployeeRegistered':
      return { $set: registeredDoc(event.data) };
    case 'personnel.NipInconsistencyDetected':
      return { $set: { nipWarnings: event.data.mismatches } };
    case 'personnel.NipInconsistencyResolved':
      return { $set: { nipWarnings: [] } };
    case 'personnel.EmployeeDataCorrected':
      return { $set: withSortName(correctedFields(event.data.changes)) };
    case 'personnel.IdentifierReassigned':
      return { $set: { identifier: event.data.to }, $addToSet: { previousIdentifiers: event.data.from } };
    case 'personnel.EmployeeTransferred': {
      const { unitId, positionId } = event.data.to;
      return { $set: { unitId, positionId, instansiId: instansiIdOf(unitId) } };
    }
    case 'personnel.ActingAssignmentStarted': {
      const { assignmentId, kind, positionId, unitId, from, until } = event.data;
      return { $push: { actingAssignments: { assignmentId, kind, positionId, unitId, from, until, endedOn: null } } };
    }
    case 'personnel.ActingAssignmentEnded': {
      const { assignmentId, endedOn } = event.data;
      return { $set: { actingAssignments: current!.actingAssignments.map((a) => (a.assignmentId === assignmentId ? { ...a, endedOn } : a)) } };
    }
    case 'personnel.EmployeePromoted':
      return { $set: { golongan: event.data.to, golonganTmt: event.data.tmt, ...golonganLabels(event.data.to) } };
    case 'personnel.DisciplinaryActionRecorded': {
      const { hukdisId, hukdisType, level, decidedAt, effectiveFrom, activeUntil } = event.data;
      return { $push: { disciplinaryActions: { hukdisId, hukdisType, level, decidedAt, effectiveFrom, activeUntil } } };
    }
    case 'personnel.AwardNominationProposed': {
      const { nominationId, award, awardClass, serviceYears, asOf } = event.data;
      const nomination: AwardNomination = { nominationId, award, awardClass, serviceYears, asOf, status: NominationStatus.PENDING, decidedOn: null, decisionReason: null };
      return { $push: { nominations: nomination } };
    }
    case 'personnel.AwardNominationConfirmed':
      return {
        $set: { nominations: decided(current!, event.data, NominationStatus.CONFIRMED) },
        $addToSet: { awards: event.data.awardClass },
      };
    case 'personnel.AwardNominationRejected':
      return { $set: { nominations: decided(current!, event.data, NominationStatus.REJECTED) } };
    case 'personnel.EmployeeRetired':
      return { $set: { status: statusAfter(event.data.kind), retirement: { kind: event.data.kind, effectiveDate: event.data.effectiveDate } } };
    default:
      return isCorrectionEvent(event) ? correctionUpdate(event, current!) : null;
  }
}

/** The registered record; its sort keys are added by `apply` (sortKeysAfter). */
function registeredDoc(d: EmployeeRegistered['data']): Omit<EmployeeDoc, '_id' | 'updatedAt' | 'revision' | 'golonganSort' | 'tmtSort'> {
  const { employeeId: _id, maxAgeAtAppointment: _max, ...fields } = d;
  return {
    ...fields,
    ...golonganLabels(d.golongan),
    sortName: sortableName(d.name),
    instansiId: instansiIdOf(d.unitId),
    status: 'AKTIF',
    actingAssignments: [],
    disciplinaryActions: [],
    nominations: [],
    awards: [],
    previousIdentifiers: [],
    correctedIdentifiers: [],
    annulments: [],
    nipWarnings: [],
    retirement: null,
  };
}

/** A corrected name moves the record in the list. */
function withSortName(fields: Record<string, unknown>): Record<string, unknown> {
  return typeof fields.name === 'string' ? { ...fields, sortName: sortableName(fields.name) } : fields;
}

function decided(current: EmployeeDoc, d: { nominationId: string; decidedOn: string; reason: string }, status: NominationStatus): AwardNomination[] {
  return current.nominations.map((n) => (n.nominationId === d.nominationId ? { ...n, status, decidedOn: d.decidedOn, decisionReason: d.reason } : n));
}
