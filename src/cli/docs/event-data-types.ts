import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import * as ts from 'typescript';
import { DeclaredField, declaredFields, NamedType, NamedTypes } from './event-named-types';

/** The data type declared for one event type: `type X = DomainEvent<'module.Fact', { ... }>`. */
export interface EventDataType {
  readonly type: string;
  /** Where it is declared, relative to the project root. */
  readonly declaredIn: string;
  readonly fields: readonly DeclaredField[];
}

/** Every event's declared data, and the project types those fields name. */
export interface EventDeclarations {
  readonly events: ReadonlyMap<string, EventDataType>;
  readonly types: readonly NamedType[];
}

/**
 * Reads every `DomainEvent<Type, Data>` alias declared under `src` with the TypeScript compiler, so the
 * catalogue shows the fields the code writes rather than a hand-kept copy. The type argument may be a
 * literal, `typeof T.X` of an `as const` table, or `typeof CONST`; the data may be a literal type or a
 * named interface (fields of the interfaces it extends included). A development tool (it needs the
 * `typescript` devDependency): run from source, excluded from the build (tsconfig.build.json).
 */
export function eventDeclarations(root = process.cwd()): EventDeclarations {
  const files = sourceFiles(join(root, 'src')).filter((file) => readFileSync(file, 'utf8').includes('DomainEvent<'));
  // The tsconfig's path aliases (@kernel/*, @modules/*…) must resolve, or the types they import are unknown.
  const { paths } = JSON.parse(readFileSync(join(root, 'tsconfig.json'), 'utf8')).compilerOptions;
  const program = ts.createProgram(files, { strict: true, noEmit: true, skipLibCheck: true, types: [], baseUrl: root, paths });
  const checker = program.getTypeChecker();
  const found = new Map<string, EventDataType>();
  const named = new NamedTypes(checker, root);
  for (const file of files) {
    const source = program.getSourceFile(file)!;
    for (const statement of source.statements) {
      const declared = domainEventAlias(statement, checker);
      if (!declared) continue;
      const entry = { type: declared.type, declaredIn: relative(root, file), fields: fieldsOf(declared.data, checker, named) };
      const earlier = found.get(declared.type);
      if (earlier) throw new Error(`Event type ${declared.type} has two data declarations: ${earlier.declaredIn} and ${entry.declaredIn}`);
      found.set(declared.type, entry);
    }
  }
  return { events: found, types: named.list() };
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'testing' ? [] : sourceFiles(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.spec.ts') ? [path] : [];
  });
}

function domainEventAlias(statement: ts.Statement, checker: ts.TypeChecker): { type: string; data: ts.TypeNode } | undefined {
  if (!ts.isTypeAliasDeclaration(statement) || !ts.isTypeReferenceNode(statement.type)) return undefined;
  const reference = statement.type;
  if (reference.typeName.getText() !== 'DomainEvent' || reference.typeArguments?.length !== 2) return undefined;
  const [typeArgument, data] = reference.typeArguments;
  const literal = checker.getTypeFromTypeNode(typeArgument);
  if (!literal.isStringLiteral()) throw new Error(`${statement.name.text}: the event type argument ${typeArgument.getText()} is not a string literal`);
  return { type: literal.value, data };
}

function fieldsOf(data: ts.TypeNode, checker: ts.TypeChecker, named: NamedTypes): DeclaredField[] {
  // Data given by name (`QueuedNotification`) is read through; an inline literal is read as written.
  return declaredFields(checker.getTypeFromTypeNode(data), checker, named.collect);
}
