import { InputType } from '@nestjs/graphql';
import { EmployeeCommandInput } from '../shared/employee-command-input';
import { LegalBasisField, LegalBasisInput, LegalDateField } from '../shared/employee.input-fields';

@InputType({ description: 'SK ralat of the TMT CPNS (PNS) or of the first appointment (PPPK). `reason` is required.' })
export class CorrectTmtInput extends EmployeeCommandInput {
  @LegalDateField('The TMT the SK CPNS / appointment names') tmt: string;
  @LegalBasisField() legalBasis: LegalBasisInput;
}
