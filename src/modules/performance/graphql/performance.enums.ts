import { registerEnumType } from '@nestjs/graphql';
import { OrganisationPredikat, Rating } from '../predikat/rating';

registerEnumType(Rating, { name: 'KinerjaRating', description: 'Rating hasil kerja or perilaku kerja (PermenPANRB 6/2022): above, at or below expectation.' });
registerEnumType(OrganisationPredikat, { name: 'OrganisationPredikat', description: 'Predikat kinerja organisasi of a unit, set by the next-higher leader (PermenPANRB 6/2022).' });
