import { ArgumentsHost, Catch } from '@nestjs/common';
import { GqlExceptionFilter } from '@nestjs/graphql';

/**
 * Hands every resolver error to Apollo unchanged, where formatGraphqlError is the one mapper (and the
 * one place that logs unexpected errors). Without it Nest logs expected errors, such as a refused
 * rule, as crashes.
 */
@Catch()
export class PassThroughFilter implements GqlExceptionFilter {
  catch(exception: unknown, _host: ArgumentsHost): unknown {
    return exception;
  }
}
