import { assertNever, Decider } from '@kernel/decider';
import { eventRegistry } from '@kernel/event-registry';
import { DomainEvent } from '@kernel/events';
import { problem, refuseIfAny } from '@kernel/rules';
import { FeedbackRule } from '../feedback.rules';

/**
 * A unit's Standar Pelayanan complaint SLAs (DOMAIN.md §1.4: e.g. ringan ≤ 2, normatif ≤ 5, up to 60
 * hari kerja), per service: a report naming the service is followed up within the service's days
 * instead of the LAPOR! default. One stream per unit.
 */
export const standardStreamPrefix = 'public-feedback-standard-';
export const standardStream = (unitId: string): string => `${standardStreamPrefix}${unitId}`;

/** How a service name is matched: case, spacing and punctuation do not matter. */
export const serviceKeyOf = (name: string): string => name.toLowerCase().normalize('NFKC').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

export type ServiceStandardSet = DomainEvent<
  'public-feedback.ServiceStandardSet',
  {
    unitId: string;
    instansiId: string;
    /** Normalised service name (serviceKeyOf). */
    serviceKey: string;
    serviceName: string;
    /** Working days the OPD has to follow up a report on this service. */
    followUpDays: number;
    /** The Standar Pelayanan document (SK) it comes from. */
    skNumber: string;
    setAt: string;
  }
>;

eventRegistry.register([{ type: 'public-feedback.ServiceStandardSet', version: 1, description: "A unit's Standar Pelayanan set the follow-up SLA (working days) of one service" }]);

export interface SetServiceStandard {
  readonly type: 'SetServiceStandard';
  readonly unitId: string;
  readonly instansiId: string;
  readonly serviceName: string;
  readonly followUpDays: number;
  readonly skNumber: string;
  readonly at: string;
}

export interface StandardState {
  readonly services: Readonly<Record<string, { serviceName: string; followUpDays: number; skNumber: string }>>;
}

export const standardDecider: Decider<SetServiceStandard, ServiceStandardSet, StandardState> = {
  initialState: () => ({ services: {} }),
  evolve(s, e) {
    switch (e.type) {
      case 'public-feedback.ServiceStandardSet':
        return { services: { ...s.services, [e.data.serviceKey]: { serviceName: e.data.serviceName, followUpDays: e.data.followUpDays, skNumber: e.data.skNumber } } };
      default:
        return assertNever(e.type);
    }
  },
  decide(c, s) {
    const key = serviceKeyOf(c.serviceName);
    refuseIfAny([
      !key && problem(FeedbackRule.TEXT_REQUIRED, 'Nama layanan wajib diisi'),
      // SIPPN complaint standards run from 2 (ringan) to 60 (berkadar pengawasan) hari kerja.
      !(Number.isInteger(c.followUpDays) && c.followUpDays >= 1 && c.followUpDays <= 60) && problem(FeedbackRule.SLA_DAYS_INVALID, 'SLA tindak lanjut harus 1–60 hari kerja'),
    ]);
    const current = s.services[key];
    if (current && current.followUpDays === c.followUpDays && current.skNumber === c.skNumber && current.serviceName === c.serviceName) return [];
    return [{ type: 'public-feedback.ServiceStandardSet', data: { unitId: c.unitId, instansiId: c.instansiId, serviceKey: key, serviceName: c.serviceName, followUpDays: c.followUpDays, skNumber: c.skNumber, setAt: c.at } }];
  },
};
