import { eventRegistry } from '@kernel/event-registry';
import { DomainEvent } from '@kernel/events';
import { LatihanStruktural, TargetCompetency, TrainingForm, TrainingRoute } from './program.vocabulary';

export const programStream = (programId: string): string => `training-program-${programId}`;
export const programStreamPrefix = 'training-program-';

/** A development program entered the instansi's catalogue. */
export type ProgramPublished = DomainEvent<
  'training.ProgramPublished',
  {
    programId: string;
    /** The instansi whose catalogue it is in. */
    instansiId: string;
    title: string;
    route: TrainingRoute;
    form: TrainingForm;
    /** Competencies it targets (group, name, level 1–5). */
    competencies: TargetCompetency[];
    /** Jam pelajaran credited on completion (1 JP = 45 minutes, Perlan 5/2018). */
    jp: number;
    /** Cost per participant in whole rupiah. */
    costPerParticipant: number;
    /** Penyelenggara: the institution that runs it (BPSDM, a university…). */
    provider: string;
    /** A structural training (SIASN `rw-diklat`); absent or null for every other program (`rw-kursus`). */
    latihanStruktural?: LatihanStruktural | null;
    publishedAt: string;
  }
>;

export type ProgramEvent = ProgramPublished;

eventRegistry.register([{ type: 'training.ProgramPublished', version: 1, description: 'A competency-development program entered the instansi catalogue (route, form, competencies, JP, cost, provider)' }]);
