import { ArgsType, Field, Float } from '@nestjs/graphql';
import { ArrayMaxSize, IsArray, IsInt, IsOptional, IsString, Min } from 'class-validator';

@ArgsType()
export class EventsSubscriptionArgs {
  @Field(() => [String], { nullable: true, description: 'Only these event types (e.g. personnel.EmployeeTransferred); all when omitted.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @IsString({ each: true })
  types?: string[];

  @Field(() => Float, { defaultValue: 0, description: 'Deliver events after this log position: pass the last position received to resume without gaps.' })
  @IsInt()
  @Min(0)
  after: number = 0;
}
