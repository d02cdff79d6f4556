/**
 * Apollo refuses malformed HTTP requests with one code (BAD_REQUEST) and English messages. These are
 * client mistakes: each becomes BAD_USER_INPUT with a `reason` a client can branch on and a message
 * in Bahasa Indonesia. Apollo's own HTTP status (400, 405 for a mutation over GET, 415) is kept.
 * Matched by message prefix; an unknown one keeps Apollo's message under reason BAD_REQUEST.
 */
const KNOWN: readonly [prefix: string, reason: string, message: string][] = [
  [
    'This operation has been blocked as a potential Cross-Site Request Forgery',
    'CSRF_BLOCKED',
    'Permintaan diblokir sebagai kemungkinan CSRF: kirim header Content-Type: application/json (atau header apollo-require-preflight)',
  ],
  ['POST body missing', 'BODY_MISSING', 'Badan permintaan kosong atau Content-Type salah: kirim JSON {"query": "…"} dengan Content-Type: application/json'],
  ['GraphQL operations must contain a non-empty `query`', 'QUERY_MISSING', 'Permintaan tanpa query: kirim field "query" berisi dokumen GraphQL'],
  ['Operation batching disabled', 'BATCHING_DISABLED', 'Batching tidak didukung: kirim satu operasi (objek JSON, bukan larik) per permintaan'],
  ['GET requests only support query operations', 'MUTATION_OVER_GET', 'Mutasi tidak dapat dikirim lewat GET: gunakan POST'],
  ['GraphQL queries must be strings', 'QUERY_NOT_A_STRING', 'Field "query" harus berupa string berisi dokumen GraphQL'],
];

export interface RequestRefusal {
  readonly reason: string;
  readonly message: string;
}

export function requestRefusal(apolloMessage: string): RequestRefusal {
  const known = KNOWN.find(([prefix]) => apolloMessage.startsWith(prefix));
  return known ? { reason: known[1], message: known[2] } : { reason: 'BAD_REQUEST', message: apolloMessage };
}
