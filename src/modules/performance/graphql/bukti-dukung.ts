import { applyDecorators } from '@nestjs/common';
import { Field } from '@nestjs/graphql';
import { ArrayMaxSize, IsArray, IsOptional, Matches } from 'class-validator';
import { IdentifierText } from '@infrastructure/graphql/text-rules';

const SHA256_HEX = /^[0-9a-f]{64}$/;

/**
 * An optional list of bukti dukung (supporting evidence): SHA-256 hex hashes of files uploaded to
 * /attachments, at most `max`. One declaration for every performance input that carries evidence.
 */
export function BuktiDukung(max: number, description = 'Bukti dukung: SHA-256 hashes of files uploaded to /attachments.'): PropertyDecorator {
  return applyDecorators(
    Field(() => [String], { nullable: true, description }),
    IsOptional(),
    IsArray(),
    ArrayMaxSize(max),
    IdentifierText(),
    Matches(SHA256_HEX, { each: true, message: '$property must hold SHA-256 hex hashes' }),
  );
}
