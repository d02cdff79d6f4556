import { Args, ArgsType, Field, ID, Query, Resolver } from '@nestjs/graphql';
import { QueryBus } from '@nestjs/cqrs';
import { IsBoolean, IsEnum, IsOptional, Matches } from 'class-validator';
import { Public } from '@infrastructure/auth/decorators';
import { Connection, ConnectionArgs, ConnectionShape } from '@infrastructure/graphql/connection';
import { BadUserInputError, NotFoundError } from '@kernel/errors';
import { INSTANSI_ID_PATTERN, UNIT_ID_PATTERN } from '../../domain/organisation.ids';
import { UnitStatus } from '../../domain/organisation.vocabulary';
import { OrgUnit } from './org-unit.schema';
import { OrgUnitQuery, OrgUnitsQuery } from './org-units.query';

const OrgUnitConnection = Connection(OrgUnit);

@ArgsType()
class OrgUnitsArgs extends ConnectionArgs {
  @Field(() => ID, { nullable: true, description: 'Only units of this instansi.' })
  @IsOptional()
  @Matches(INSTANSI_ID_PATTERN, { message: 'instansiId harus slug instansi seperti kota-medan' })
  instansiId?: string;

  @Field(() => ID, { nullable: true, description: 'Only the direct sub-units of this unit.' })
  @IsOptional()
  @Matches(UNIT_ID_PATTERN, { message: 'parentUnitId harus id unit seperti kota-medan.dinkes' })
  parentUnitId?: string;

  @Field(() => Boolean, { nullable: true, description: 'true: only top-level units (OPD, kecamatan). Not with parentUnitId.' })
  @IsOptional()
  @IsBoolean()
  topLevelOnly?: boolean;

  @Field(() => UnitStatus, { nullable: true, description: 'Only units in this status (default: all).' })
  @IsOptional()
  @IsEnum(UnitStatus)
  status?: UnitStatus;
}

/** The organisation tree is public information: anyone may browse it (rate-limited when anonymous). */
@Resolver(() => OrgUnit)
export class OrgUnitsResolver {
  constructor(private readonly queries: QueryBus) {}

  @Query(() => OrgUnitConnection, { description: 'Units kerja, filtered by instansi, parent or status; in id order.' })
  @Public()
  orgUnits(@Args() args: OrgUnitsArgs): Promise<ConnectionShape<OrgUnit>> {
    const { instansiId, parentUnitId, topLevelOnly, status, first, after } = args;
    if (topLevelOnly && parentUnitId) throw new BadUserInputError('Isi parentUnitId atau topLevelOnly, jangan keduanya', { field: 'topLevelOnly' });
    const filter = {
      ...(instansiId ? { instansiId } : {}),
      ...(parentUnitId ? { parentUnitId } : {}),
      ...(topLevelOnly ? { parentUnitId: null } : {}),
      ...(status ? { status } : {}),
    };
    return this.queries.execute(new OrgUnitsQuery(filter, { first, after }));
  }

  @Query(() => OrgUnit, { nullable: true, description: 'One unit kerja by id; NOT_FOUND when there is none.' })
  @Public()
  async orgUnit(@Args('id', { type: () => ID }) id: string): Promise<OrgUnit> {
    const unit = await this.queries.execute(new OrgUnitQuery(id));
    if (!unit) throw new NotFoundError(`Unit kerja ${id} tidak ditemukan`, { id });
    return unit;
  }
}
