import 'reflect-metadata';
import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { GraphQLModule, Query, Resolver } from '@nestjs/graphql';

/**
 * The baseline of the API benchmark: a bare NestJS + Apollo app answering `{ hello }`, the same
 * driver and HTTP stack as the API with nothing of ours in it. Run as its own process:
 * `node -r ts-node/register/transpile-only test/bench/hello-app.ts <port>`; prints "ready" when listening.
 */
@Resolver()
class HelloResolver {
  @Query(() => String)
  hello(): string {
    return 'world';
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
