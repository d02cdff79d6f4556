import { Query, Resolver } from '@nestjs/graphql';
import { QueryBus } from '@nestjs/cqrs';
import { Public } from '@infrastructure/auth/decorators';
import { InstansiListQuery } from './instansi.query';
import { Instansi } from './instansi.schema';

@Resolver(() => Instansi)
export class InstansiResolver {
  constructor(private readonly queries: QueryBus) {}

  @Query(() => [Instansi], { description: 'Every registered instansi (public), in id order.' })
  @Public()
  instansiList(): Promise<Instansi[]> {
    return this.queries.execute(new InstansiListQuery());
  }
}
