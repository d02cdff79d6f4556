import 'reflect-metadata';
import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Args, Field, ID, Int, GraphQLModule, ObjectType, Query, Resolver } from '@nestjs/graphql';

/**
 * The baseline of the API benchmark: a bare NestJS + Apollo app answering `{ hello }`, the same
 * driver and HTTP stack as the API with nothing of ours in it. Run as its own process:
 * `node -r ts-node/register/transpile-only test/bench/hello-app.ts <port>`; prints "ready" when listening.
 *
 * It also answers `floorEmployee` and `floorEmployees`: constant data of the same shape as the
 * benchmark's `employee(id)` and `employees(first: 20)` selections, with no guard, validation, store or
 * presentation. They measure the floor of the stack for those responses (graphql-js executing the
 * same fields, Apollo serialising the same bytes), so a figure can be read against both baselines.
 */
@ObjectType()
class FloorContacts {
  @Field(() => String, { nullable: true }) email: string | null;
}

@ObjectType()
class FloorEmployee {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field() identifier: string;
  @Field() golongan: string;
  @Field() status: string;
  @Field(() => String, { nullable: true }) unitName: string | null;
  @Field(() => String, { nullable: true }) positionName: string | null;
  @Field(() => String, { nullable: true }) birthDate: string | null;
  @Field(() => FloorContacts, { nullable: true }) contacts: FloorContacts | null;
}

@ObjectType()
class FloorPageInfo {
  @Field() hasNextPage: boolean;
  @Field(() => String, { nullable: true }) endCursor: string | null;
}

@ObjectType()
class FloorEdge {
  @Field() cursor: string;
  @Field(() => FloorEmployee) node: FloorEmployee;
}

@ObjectType()
class FloorConnection {
  @Field(() => Int) totalCount: number;
  @Field(() => FloorPageInfo) pageInfo: FloorPageInfo;
  @Field(() => [FloorEdge]) edges: FloorEdge[];
}

const employee = (i: number): FloorEmployee => ({
  id: `kota-medan.employee-${1000 + i}`,
  name: `Dr. Pegawai Contoh Nomor ${i}, S.Kom., M.Si.`,
  identifier: `19860926${String(201001100000 + i).slice(-10)}`,
  golongan: 'III_C',
  status: 'AKTIF',
  unitName: 'Bidang Pencegahan dan Pengendalian Penyakit',
  positionName: 'Analis Kebijakan Ahli Muda',
  birthDate: '1986-09-26',
  contacts: { email: `pegawai.${i}@medan.go.id` },
});
const cursor = (i: number) => `eyJrIjpbIlBlZ2F3YWkgQ29udG9oICR7aX0iLCJrb3RhLW1lZGFuIl19.${i}.dGhpcyBpcyBhIG1hYyBvZiB0aGUgY3Vyc29y`;

@Resolver()
class HelloResolver {
  @Query(() => String)
  hello(): string {
    return 'world';
  }

  @Query(() => FloorEmployee)
  floorEmployee(@Args('id', { type: () => ID }) id: string): FloorEmployee {
    return { ...employee(37), id };
  }

  @Query(() => FloorConnection)
  floorEmployees(@Args('first', { type: () => Int }) first: number): FloorConnection {
    const edges = Array.from({ length: first }, (_, i) => ({ cursor: cursor(i), node: employee(i) }));
    return { totalCount: 4321, pageInfo: { hasNextPage: true, endCursor: edges[edges.length - 1]?.cursor ?? null }, edges };
  }
}

@Module({
  imports: [GraphQLModule.forRoot<ApolloDriverConfig>({ driver: ApolloDriver, path: '/graphql', autoSchemaFile: true, playground: false })],
  providers: [HelloResolver],
})
class HelloModule {}

async function main(): Promise<void> {
  const app = await NestFactory.create(HelloModule, { logger: ['error'] });
  await app.listen(Number(process.argv[2]), '127.0.0.1');
  // Exit normally on SIGTERM, so a CPU profile (BENCH_CPU_PROF) is written.
  process.once('SIGTERM', () => void app.close().then(() => process.exit(0)));
  console.log('ready');
}

void main();
