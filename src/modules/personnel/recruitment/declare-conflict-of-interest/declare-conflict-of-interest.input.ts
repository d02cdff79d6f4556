import { InputType } from '@nestjs/graphql';
import { PanelRelationInput } from '../shared/round-command-input';

@InputType({ description: 'A panel member’s declaration of a relation with an applicant.' })
export class DeclareConflictOfInterestInput extends PanelRelationInput {}
