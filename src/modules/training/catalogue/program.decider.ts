import { assertNever, Decider } from '@kernel/decider';
import { problem, refuseIfAny, requiredTextProblems } from '@kernel/rules';
import { TrainingRule } from '../training.rules';
import { ProgramEvent } from './program.events';
import { FORMS_BY_ROUTE, LatihanStruktural, TargetCompetency, TrainingForm, TrainingRoute } from './program.vocabulary';

export interface PublishProgram {
  readonly type: 'PublishProgram';
  readonly programId: string;
  readonly instansiId: string;
  readonly title: string;
  readonly route: TrainingRoute;
  readonly form: TrainingForm;
  readonly competencies: readonly TargetCompetency[];
  readonly jp: number;
  readonly costPerParticipant: number;
  readonly provider: string;
  readonly latihanStruktural: LatihanStruktural | null;
  readonly at: string;
}
export type ProgramCommand = PublishProgram;

export interface ProgramState {
  readonly published: boolean;
  readonly instansiId: string | null;
}

export const programDecider: Decider<ProgramCommand, ProgramEvent, ProgramState> = {
  initialState: () => ({ published: false, instansiId: null }),
  evolve(state, event) {
    switch (event.type) {
      case 'training.ProgramPublished':
        return { published: true, instansiId: event.data.instansiId };
      default:
        return assertNever(event.type);
    }
  },
  decide(command, state) {
    switch (command.type) {
      case 'PublishProgram':
        return publish(command, state);
      default:
        return assertNever(command.type);
    }
  },
};

function publish(c: PublishProgram, state: ProgramState): ProgramEvent[] {
  refuseIfAny([
    state.published && problem(TrainingRule.PROGRAM_ALREADY_PUBLISHED, `Program ${c.programId} sudah ada dalam katalog`),
    ...requiredTextProblems({ title: c.title, provider: c.provider }),
    // Perlan 10/2018: each form belongs to one route (pendidikan, pelatihan klasikal, non-klasikal).
    !(FORMS_BY_ROUTE[c.route] ?? []).includes(c.form) && problem(TrainingRule.FORM_NOT_IN_ROUTE, `Bentuk ${c.form} bukan bagian dari jalur ${c.route}`),
    !(Number.isInteger(c.jp) && c.jp > 0 && c.jp <= 2000) && problem(TrainingRule.JP_INVALID, 'JP harus bilangan bulat 1–2000'),
    !(Number.isSafeInteger(c.costPerParticipant) && c.costPerParticipant >= 0) && problem(TrainingRule.COST_INVALID, 'Biaya per peserta harus rupiah bulat ≥ 0'),
    c.competencies.length === 0 && problem(TrainingRule.COMPETENCY_REQUIRED, 'Program harus menyasar sedikitnya satu kompetensi'),
    // PermenPANRB 38/2017: each competency has levels 1–5.
    c.competencies.some((k) => !(Number.isInteger(k.level) && k.level >= 1 && k.level <= 5) || k.name.trim() === '') &&
      problem(TrainingRule.COMPETENCY_LEVEL_INVALID, 'Setiap kompetensi perlu nama dan level 1–5'),
    c.latihanStruktural !== null && !(c.route === 'PELATIHAN_KLASIKAL' && c.form === 'DIKLAT') && problem(TrainingRule.STRUKTURAL_NOT_DIKLAT, 'Latihan struktural hanya untuk bentuk DIKLAT jalur klasikal'),
  ]);
  return [
    {
      type: 'training.ProgramPublished',
      data: {
        programId: c.programId,
        instansiId: c.instansiId,
        title: c.title,
        route: c.route,
        form: c.form,
        competencies: c.competencies.map((k) => ({ group: k.group, name: k.name, level: k.level })),
        jp: c.jp,
        costPerParticipant: c.costPerParticipant,
        provider: c.provider,
        latihanStruktural: c.latihanStruktural,
        publishedAt: c.at,
      },
    },
  ];
}
