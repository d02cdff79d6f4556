import { Update } from '@infrastructure/document-store/document-store.port';
import { instansiIdOf } from '@modules/organisation';
import { CareerActionKind, CorrectionEvent, EmployeeStatus, GOLONGAN_INFO, isGolongan } from '../../domain';
import { EmployeeAnnulment } from './employee-parts.schema';
import { Employee } from './employee.schema';

type EmployeeDoc = Employee & { _id: string };

/**
 * What corrections (SK ralat) and annulments (pembatalan) change in the employee record: the
 * corrected values, the tombstoned identifiers, and the record as it stood before an annulled action.
 */
export function correctionUpdate(event: CorrectionEvent, current: EmployeeDoc): Update {
  switch (event.type) {
    case 'personnel.GolonganCorrected':
      return { $set: golonganFields(event.data.to.golongan, event.data.to.golonganTmt) };
    case 'personnel.TmtCorrected':
      return { $set: { tmt: event.data.to } };
    case 'personnel.EmploymentTypeCorrected': {
      const { employmentType, identifierType, identifier, golongan, golonganTmt } = event.data.to;
      return { $set: { employmentType, identifierType, identifier, ...golonganFields(golongan, golonganTmt) }, $addToSet: { correctedIdentifiers: event.data.from.identifier } };
    }
    case 'personnel.NipCorrected':
      return { $set: { identifier: event.data.to }, $addToSet: { correctedIdentifiers: event.data.from } };
    case 'personnel.CareerActionAnnulled':
      return annulmentUpdate(event.data, current);
  }
}

type Annulled = Extract<CorrectionEvent, { type: 'personnel.CareerActionAnnulled' }>['data'];

function annulmentUpdate(data: Annulled, current: EmployeeDoc): Update {
  const annulment: EmployeeAnnulment = { annulledEventId: data.annulled.eventId, annulledType: data.annulled.type, kind: data.effect.kind, ...data.legalBasis };
  // Replaying the event leaves one entry (the projection is idempotent).
  const annulments = [...(current.annulments ?? []).filter((a) => a.annulledEventId !== annulment.annulledEventId), annulment];
  const { effect } = data;
  switch (effect.kind) {
    case CareerActionKind.TRANSFER: {
      const { unitId, positionId } = effect.restored.placement;
      return { $set: { annulments, unitId, positionId, instansiId: instansiIdOf(unitId) } };
    }
    case CareerActionKind.PROMOTION:
      return { $set: { annulments, ...golonganFields(effect.restored.golongan, effect.restored.golonganTmt) } };
    case CareerActionKind.HUKDIS:
      return { $set: { annulments, disciplinaryActions: current.disciplinaryActions.filter((h) => h.hukdisId !== effect.hukdisId) } };
    case CareerActionKind.RETIREMENT:
      return { $set: { annulments, status: EmployeeStatus.AKTIF, retirement: null } };
  }
}

function golonganFields(golongan: string, golonganTmt: string) {
  return { golongan, golonganTmt, ...golonganLabels(golongan) };
}

/** "III/a" + "Penata Muda" for a PNS golongan; a PPPK golongan is printed as is, without pangkat. */
export function golonganLabels(golongan: string): { golonganLabel: string; pangkat: string | null } {
  return isGolongan(golongan) ? { golonganLabel: GOLONGAN_INFO[golongan].label, pangkat: GOLONGAN_INFO[golongan].pangkat } : { golonganLabel: golongan, pangkat: null };
}
