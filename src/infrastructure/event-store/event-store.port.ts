/** The port lives in the kernel (the command path depends on it); adapters keep importing it here. */
export * from '../../kernel/event-store.port';
