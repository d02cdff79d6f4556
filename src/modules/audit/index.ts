/** The public surface of Audit for other modules. */
export { AuditModule } from './audit.module';
