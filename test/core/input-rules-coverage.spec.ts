import { getMetadataStorage } from 'class-validator';
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { textKindOf } from '@infrastructure/graphql/text-rules';

/**
 * Every mutation input under src/modules (the `*.input.ts` and `*input-fields.ts` files) gives each
 * date field a plausibility kind, so a new module cannot add a date the edge does not check, and
 * each string field its text kind (an unmarked string would still be checked, as a single NFC line). The lists below are what the report names.
 */
const MODULES = join(__dirname, '../../src/modules');
const DATE_KINDS = new Set(['isBirthDate', 'isLegalDate', 'isPlannedDate']);
const BARE_DATE_RULES = new Set(['isCivilDate', 'isIso8601', 'isDateString', 'isDate']);
/** Property names that read as dates: `birthDate`, `tmt`, `tmtCpns`, `decidedOn`, `decidedAt`, `effectiveFrom`, `from`, `until`, `contractStart`, `asOf`. */
const DATE_LIKE_NAME = /(Date|On|At|From|Until|Start)$|^(tmt|from|until|asOf)/;

function inputFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return inputFiles(path);
    return /(\.input|input-fields)\.ts$/.test(entry.name) ? [path] : [];
  });
}

interface InputField {
  readonly cls: Function;
  readonly input: string;
  readonly property: string;
  readonly rules: string[];
}

function inputFields(): InputField[] {
  const storage = getMetadataStorage();
  const classes = new Set(
    inputFiles(MODULES).flatMap((file) => Object.values(require(file) as Record<string, unknown>).filter((value): value is Function => typeof value === 'function' && value.prototype)),
  );
  return [...classes].flatMap((input) => {
    const byProperty = new Map<string, string[]>();
    for (const metadata of storage.getTargetValidationMetadatas(input, '', true, false)) {
      const rule = metadata.name ?? storage.getTargetValidatorConstraints(metadata.constraintCls)[0]?.name ?? metadata.type;
      byProperty.set(metadata.propertyName, [...(byProperty.get(metadata.propertyName) ?? []), rule]);
    }
    return [...byProperty].map(([property, rules]) => ({ cls: input, input: input.name, property, rules }));
  });
}

describe('input rules cover every input under src/modules', () => {
  const fields = inputFields();

  it('finds the inputs (the walk is not empty)', () => {
    expect(inputFiles(MODULES).map((file) => relative(MODULES, file)).length).toBeGreaterThanOrEqual(30);
    expect(fields.some((f) => f.input === 'RegisterEmployeeInput' && f.property === 'birthDate')).toBe(true);
  });

  it('no date field is validated without a plausibility kind', () => {
    const bare = fields.filter((f) => f.rules.some((rule) => BARE_DATE_RULES.has(rule)) || (DATE_LIKE_NAME.test(f.property) && !f.rules.some((rule) => DATE_KINDS.has(rule))));
    expect(bare.map((f) => `${f.input}.${f.property}`)).toEqual([]);
  });

  it('gives each date field the kind its meaning calls for', () => {
    const kinds = fields.filter((f) => f.rules.some((rule) => DATE_KINDS.has(rule))).map((f) => `${f.input}.${f.property}: ${f.rules.find((rule) => DATE_KINDS.has(rule))}`);
    expect(kinds.filter((k) => k.endsWith('isBirthDate')).sort()).toEqual(['CorrectEmployeeDataInput.birthDate: isBirthDate', 'RegisterApplicantInput.birthDate: isBirthDate', 'RegisterEmployeeInput.birthDate: isBirthDate']);
    expect(kinds.filter((k) => k.endsWith('isPlannedDate'))).toEqual(['StartActingAssignmentInput.until: isPlannedDate']);
    expect(kinds.filter((k) => k.endsWith('isLegalDate')).map((k) => k.split(':')[0]).sort()).toEqual([
      'AppointApplicantInput.tmtCpns',
      'ConfirmAwardInput.decidedOn',
      'CorrectEmploymentTypeInput.golonganTmt',
      'CorrectGolonganInput.golonganTmt',
      'CorrectTmtInput.tmt',
      'EndActingAssignmentInput.endedOn',
      'LegalBasisInput.skDate',
      'PromoteEmployeeInput.tmt',
      'ProposeAwardInput.asOf',
      'ReassignIdentifierInput.contractStart',
      'RecordDisciplinaryActionInput.decidedAt',
      'RecordDisciplinaryActionInput.effectiveFrom',
      'RegisterEmployeeInput.golonganTmt',
      'RegisterEmployeeInput.positionTmt',
      'RegisterEmployeeInput.tmt',
      'RejectAwardInput.decidedOn',
      'RetireEmployeeInput.effectiveDate',
      'StartActingAssignmentInput.from',
      'TransferEmployeeInput.effectiveDate',
    ]);
  });

  it('every string field declares its text kind (identifier, name or multi-line)', () => {
    const undecided = fields.filter((f) => Reflect.getMetadata('design:type', f.cls.prototype, f.property) === String && textKindOf(f.cls.prototype, f.property) === 'line');
    expect(undecided.map((f) => `${f.input}.${f.property}`)).toEqual([]);
  });

  it('multi-line text is marked: reasons, notes and descriptions, nothing else', () => {
    const multiline = new Set(fields.filter((f) => textKindOf(f.cls.prototype, f.property) === 'multiline').map((f) => f.property));
    expect([...multiline].sort()).toEqual(['cancellationReason', 'description', 'note', 'reason']);
  });
});
