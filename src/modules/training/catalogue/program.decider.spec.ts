import { deciderSpec } from '@kernel/testing/decider-spec';
import { programDecider, PublishProgram } from './program.decider';
import { ProgramPublished } from './program.events';

const spec = deciderSpec(programDecider);
const at = '2026-01-10T02:00:00.000Z';
const publish: PublishProgram = {
  type: 'PublishProgram',
  programId: 'medan-pm-2026',
  instansiId: 'kota-medan',
  title: 'Pelatihan Manajemen Proyek',
  route: 'PELATIHAN_KLASIKAL',
  form: 'DIKLAT',
  competencies: [{ group: 'TEKNIS', name: 'Manajemen Proyek', level: 3 }],
  jp: 32,
  costPerParticipant: 2_500_000,
  provider: 'BPSDM Provinsi Sumatera Utara',
  latihanStruktural: null,
  at,
};
const published: ProgramPublished = {
  type: 'training.ProgramPublished',
  data: {
    programId: 'medan-pm-2026',
    instansiId: 'kota-medan',
    title: 'Pelatihan Manajemen Proyek',
    route: 'PELATIHAN_KLASIKAL',
    form: 'DIKLAT',
    competencies: [{ group: 'TEKNIS', name: 'Manajemen Proyek', level: 3 }],
    jp: 32,
    costPerParticipant: 2_500_000,
    provider: 'BPSDM Provinsi Sumatera Utara',
    latihanStruktural: null,
    publishedAt: at,
  },
};

describe('program decider (catalogue)', () => {
  it('publishes a program with its route, form, competencies, JP, cost and provider', () => {
    spec.given([]).when(publish).then([published]);
  });

  it('refuses publishing the same program id twice', () => {
    spec.given([published]).when(publish).thenViolates('TRAINING.PROGRAM_ALREADY_PUBLISHED');
  });

  it('refuses a form outside its route (coaching is non-classical, Perlan 10/2018)', () => {
    spec.given([]).when({ ...publish, form: 'COACHING' }).thenViolates('TRAINING.FORM_NOT_IN_ROUTE');
    spec.given([]).when({ ...publish, route: 'PELATIHAN_NONKLASIKAL', form: 'COACHING' }).events();
  });

  it('names every problem at once: JP, cost, competencies, blank provider', () => {
    spec
      .given([])
      .when({ ...publish, jp: 0, costPerParticipant: -1, competencies: [], provider: ' ' })
      .thenViolates('TRAINING.JP_INVALID', 'TRAINING.COST_INVALID', 'TRAINING.COMPETENCY_REQUIRED', 'PERSONNEL.FIELD_REQUIRED');
  });

  it('a structural training (SIASN diklat) is a classical DIKLAT only', () => {
    const [event] = spec.given([]).when({ ...publish, latihanStruktural: 'PKP' }).events();
    expect(event.data.latihanStruktural).toBe('PKP');
    spec.given([]).when({ ...publish, form: 'WORKSHOP', latihanStruktural: 'PKP' }).thenViolates('TRAINING.STRUKTURAL_NOT_DIKLAT');
  });

  it('refuses a competency level outside 1–5 (PermenPANRB 38/2017)', () => {
    spec.given([]).when({ ...publish, competencies: [{ group: 'MANAJERIAL', name: 'Integritas', level: 6 }] }).thenViolates('TRAINING.COMPETENCY_LEVEL_INVALID');
  });
});
