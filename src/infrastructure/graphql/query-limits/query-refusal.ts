import { GraphQLError } from 'graphql';
import { QueryLimits } from '@config/config';

export type CallerKind = 'anonymous' | 'authenticated';

/** Introspection lists may nest as deep as GraphiQL's full introspection query needs, no deeper. */
export const MAX_INTROSPECTION_NESTING = 3;

export type LimitName = keyof QueryLimits | 'maxIntrospectionNesting';

/** Which bound a document broke; `found` where it is known exactly. */
export interface QueryRefusal {
  readonly limit: LimitName;
  readonly max: number;
  readonly found?: number;
}

const EXPLAINED: Record<LimitName, (r: QueryRefusal) => string> = {
  maxBytes: (r) => `Dokumen kueri terlalu besar: ${r.found} byte, batasnya ${r.max} byte`,
  maxTokens: (r) => `Dokumen kueri terlalu panjang: lebih dari ${r.max} token`,
  maxDepth: (r) => `Kueri terlalu dalam: kedalaman maksimum ${r.max}`,
  maxAliases: (r) => `Kueri memakai terlalu banyak alias: maksimum ${r.max}`,
  maxDirectives: (r) => `Kueri memakai terlalu banyak direktif: maksimum ${r.max}`,
  maxFragmentSpreads: (r) => `Kueri menyebarkan fragmen ${r.found} kali setelah diuraikan: maksimum ${r.max}`,
  maxIntrospectionNesting: (r) => `Introspeksi bersarang ${r.found} daftar: maksimum ${r.max} (seperti kueri introspeksi standar)`,
  maxCost: (r) => `Biaya kueri ${r.found} melebihi batas ${r.max} (connection: first × isi seleksinya)`,
};

/** The client-facing error for a refused document (HTTP 400, code QUERY_TOO_COMPLEX; docs/graphql.md#limits). */
export function queryTooComplex(refusal: QueryRefusal, caller: CallerKind): GraphQLError {
  const who = caller === 'anonymous' ? ' (batas untuk pemanggil tanpa token)' : '';
  return new GraphQLError(EXPLAINED[refusal.limit](refusal) + who, {
    extensions: { code: 'QUERY_TOO_COMPLEX', limit: refusal.limit, max: refusal.max, ...(refusal.found === undefined ? {} : { found: refusal.found }), caller, http: { status: 400 } },
  });
}
