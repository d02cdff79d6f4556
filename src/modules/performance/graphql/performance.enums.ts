import { registerEnumType } from '@nestjs/graphql';
import { UnitMetric } from '../../shared';
import { OrganisationPredikat, Rating } from '../predikat/rating';
import { AppraiserSource, Aspek, BerAkhlak, Pendekatan, RhkKategori, SkpStatus } from '../skp/skp.vocabulary';

registerEnumType(Rating, { name: 'KinerjaRating', description: 'Rating hasil kerja or perilaku kerja (PermenPANRB 6/2022): above, at or below expectation.' });
registerEnumType(OrganisationPredikat, { name: 'OrganisationPredikat', description: 'Predikat kinerja organisasi of a unit, set by the next-higher leader (PermenPANRB 6/2022).' });
registerEnumType(RhkKategori, { name: 'RhkKategori', description: 'Kategori rencana hasil kerja: UTAMA (main) or TAMBAHAN (additional).' });
registerEnumType(Aspek, { name: 'RhkAspek', description: 'What an IKI measures: KUANTITAS, KUALITAS, WAKTU or BIAYA.' });
registerEnumType(Pendekatan, { name: 'RhkPendekatan', description: 'KUANTITATIF (IKI and target with units) or KUALITATIF (expectation narrated).' });
registerEnumType(BerAkhlak, { name: 'BerAkhlak', description: 'The seven BerAKHLAK core values of perilaku kerja.' });
registerEnumType(SkpStatus, { name: 'SkpStatus', description: 'DRAFT → SUBMITTED → APPROVED, or RETURNED with notes; WITHDRAWN: a segment whose transfer was annulled while it was empty.' });
registerEnumType(AppraiserSource, { name: 'AppraiserSource', description: 'DERIVED from the organisation tree, or OVERRIDE by ADMIN_BKD with a reason.' });
// The shared Predikat is the GraphQL enum `Predikat`, registered once for the whole schema (personnel's employee.enums.ts).
registerEnumType(UnitMetric, { name: 'UnitMetricSource', description: 'A published unit metric a unit target may take its realisasi from (shared.UnitMetricPublished): IKM, complaint SLA figures, JP compliance.' });
