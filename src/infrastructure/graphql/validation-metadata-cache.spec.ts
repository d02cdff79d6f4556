import { IsInt, IsString, MaxLength, MetadataStorage, validate, ValidationTypes } from 'class-validator';

/** The fields the lookup reads of a rule (class-validator's ValidationMetadata is not exported). */
const rule = (target: Function, propertyName: string) => ({ type: ValidationTypes.IS_DEFINED, target, propertyName, groups: [], always: undefined }) as never;
import { installValidationMetadataCache } from './validation-metadata-cache';

class Base {
  @IsString()
  name!: string;
}

class Child extends Base {
  @IsInt()
  age!: number;
}

describe('installValidationMetadataCache', () => {
  it('answers what class-validator answers, inherited rules included, and the same array on a repeat', () => {
    const storage = new MetadataStorage();
    const plain = new MetadataStorage();
    for (const s of [storage, plain]) {
      s.addValidationMetadata(rule(Base, 'name'));
      s.addValidationMetadata(rule(Child, 'age'));
    }
    installValidationMetadataCache(storage);
    const first = storage.getTargetValidationMetadatas(Child, '', false, false);
    expect(first.map((m) => m.propertyName).sort()).toEqual(plain.getTargetValidationMetadatas(Child, '', false, false).map((m) => m.propertyName).sort());
    expect(first.map((m) => m.propertyName).sort()).toEqual(['age', 'name']);
    expect(storage.getTargetValidationMetadatas(Child, '', false, false)).toBe(first);
  });

  it('forgets its answers when a rule registers later', () => {
    const storage = new MetadataStorage();
    installValidationMetadataCache(storage);
    storage.addValidationMetadata(rule(Base, 'name'));
    expect(storage.getTargetValidationMetadatas(Base, '', false, false)).toHaveLength(1);
    storage.addValidationMetadata(rule(Base, 'other'));
    expect(storage.getTargetValidationMetadatas(Base, '', false, false)).toHaveLength(2);
  });

  it('keeps validation working through the process-wide storage, for classes declared after it was installed', async () => {
    installValidationMetadataCache();
    class Late {
      @MaxLength(3)
      code!: string;
    }
    const late = Object.assign(new Late(), { code: 'ABCD' });
    expect((await validate(late)).map((e) => e.property)).toEqual(['code']);
    const child = Object.assign(new Child(), { name: 5, age: 'x' });
    expect((await validate(child)).map((e) => e.property).sort()).toEqual(['age', 'name']);
  });
});
