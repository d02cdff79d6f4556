/** Runs one admin command (`db.admin().command`) and resolves its reply document. */
export type AdminCommand = (command: Record<string, unknown>) => Promise<Record<string, unknown>>;

/** The server cannot run the read store (it has no transactions): boot must stop with this message. */
export class MongoTopologyError extends Error {
  override name = 'MongoTopologyError';
}

/** MongoDB's CommandNotFound: servers before 4.4.2 know `hello` only as `isMaster`. */
const COMMAND_NOT_FOUND = 59;

/**
 * Refuses a server that cannot run multi-document transactions. MongoDB runs them only on a replica
 * set member (`hello` reports `setName`) or through mongos (`msg: 'isdbgrid'`); a standalone mongod
 * rejects every transaction with IllegalOperation 20.
 */
export async function requireTransactions(admin: AdminCommand, host: string): Promise<void> {
  const reply = await admin({ hello: 1 }).catch((error: unknown) => {
    if ((error as { code?: unknown })?.code === COMMAND_NOT_FOUND) return admin({ isMaster: 1 });
    throw error;
  });
  const refusal = transactionRefusal(reply, host);
  if (refusal) throw new MongoTopologyError(refusal);
}

/** Why this `hello` reply rules the server out, or undefined when it runs transactions. */
export function transactionRefusal(hello: Record<string, unknown>, host: string): string | undefined {
  if (typeof hello.setName === 'string' && hello.setName.length > 0) return undefined;
  if (hello.msg === 'isdbgrid') return undefined;
  return (
    `MongoDB at ${host} is a standalone server, but the read store needs transactions, which MongoDB runs only on a ` +
    'replica set or a sharded cluster. Start mongod with --replSet <name> and run rs.initiate() once (a single-node ' +
    'replica set will do; docker-compose.yml runs one), then add ?replicaSet=<name> to READ_STORE_URL.'
  );
}
