import { registerEnumType } from '@nestjs/graphql';
import { CompetencyGroup, LatihanStruktural, TrainingForm, TrainingRoute } from '../catalogue/program.vocabulary';
import { GapKind } from '../budget/envelope.events';

registerEnumType(TrainingRoute, { name: 'TrainingRoute', description: 'Jalur pengembangan kompetensi (Perlan 10/2018): pendidikan, pelatihan klasikal, pelatihan non-klasikal.' });
registerEnumType(TrainingForm, { name: 'TrainingForm', description: 'Bentuk kegiatan within its route (diklat, seminar, coaching, magang…).' });
registerEnumType(LatihanStruktural, { name: 'LatihanStruktural', description: 'Structural trainings SIASN keeps in rw-diklat: Latsar CPNS, PKP, PKA, PKN tingkat II and I.' });
registerEnumType(CompetencyGroup, { name: 'CompetencyGroup', description: 'Kelompok kompetensi (PermenPANRB 38/2017): manajerial, sosial kultural, teknis.' });
registerEnumType(GapKind, { name: 'TrainingGapKind', description: 'What a plan item addresses: a competency gap or a performance gap (PP 11/2017 ps. 205–206).' });
