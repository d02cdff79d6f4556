import { join, relative } from 'node:path';
import * as ts from 'typescript';

/** One field of an event's `data` (or of a type it uses), as its TypeScript declaration writes it. */
export interface DeclaredField {
  readonly name: string;
  /** The type as written in the declaration (`Golongan | GolonganPppk`, `string | null`). */
  readonly type: string;
  readonly optional: boolean;
  /** The field's doc comment, or '' when it has none. */
  readonly doc: string;
}

/** A project type that event data names (`Contacts`, `ClaimOwner`, `Golongan`): its fields, or its definition. */
export interface NamedType {
  readonly name: string;
  readonly declaredIn: string;
  /** The type's doc comment, or ''. */
  readonly doc: string;
  /** For interfaces and object literal types. */
  readonly fields?: readonly DeclaredField[];
  /** For every other type (unions of literals, mapped types…), as the compiler prints it. */
  readonly definition?: string;
}

/** The fields of an object type in reading order, each reporting its written type node to `seen`. */
export function declaredFields(type: ts.Type, checker: ts.TypeChecker, seen: (node: ts.TypeNode) => void): DeclaredField[] {
  return propertiesBaseFirst(type, checker).map((property) => {
    const declaration = property.valueDeclaration ?? property.declarations?.[0];
    const node = declaration && ts.isPropertySignature(declaration) ? declaration.type : undefined;
    if (node) seen(node);
    return {
      name: property.name,
      type: (node ? node.getText() : checker.typeToString(checker.getTypeOfSymbol(property))).replace(/\s+/g, ' '),
      optional: (property.flags & ts.SymbolFlags.Optional) !== 0,
      doc: ts.displayPartsToString(property.getDocumentationComment(checker)).replace(/\s+/g, ' ').trim(),
    };
  });
}

/** Properties in reading order: those of the interfaces a type extends first, then its own. */
function propertiesBaseFirst(type: ts.Type, checker: ts.TypeChecker): ts.Symbol[] {
  const bases = type.isClassOrInterface() ? (checker.getBaseTypes(type) ?? []) : [];
  const inherited = bases.flatMap((base) => propertiesBaseFirst(base, checker));
  const names = new Set(inherited.map((p) => p.name));
  return [...inherited, ...type.getProperties().filter((p) => !names.has(p.name))];
}

/**
 * Collects the project's own types that field types name, and the types those name in turn, so the
 * catalogue can say what `Contacts` or `DeadlineBasis` holds. Library types (`Readonly`, `Record`)
 * are looked through, not listed.
 */
export class NamedTypes {
  private readonly found = new Map<string, NamedType>();

  constructor(
    private readonly checker: ts.TypeChecker,
    private readonly root: string,
  ) {}

  collect = (node: ts.Node): void => {
    if (ts.isTypeReferenceNode(node)) this.record(node.typeName);
    ts.forEachChild(node, this.collect);
  };

  list(): NamedType[] {
    return [...this.found.values()].sort((a, b) => a.name.localeCompare(b.name) || a.declaredIn.localeCompare(b.declaredIn));
  }

  private record(name: ts.EntityName): void {
    let symbol = this.checker.getSymbolAtLocation(name);
    if (symbol && symbol.flags & ts.SymbolFlags.Alias) symbol = this.checker.getAliasedSymbol(symbol);
    const declaration = symbol?.declarations?.find((d) => ts.isInterfaceDeclaration(d) || ts.isTypeAliasDeclaration(d) || ts.isEnumDeclaration(d));
    const file = declaration?.getSourceFile().fileName;
    if (!symbol || !declaration || !file || !file.startsWith(join(this.root, 'src'))) return;
    const key = `${symbol.name}@${file}`;
    if (this.found.has(key)) return;
    const doc = ts.displayPartsToString(symbol.getDocumentationComment(this.checker)).replace(/\s+/g, ' ').trim();
    this.found.set(key, { name: symbol.name, declaredIn: relative(this.root, file), doc }); // before recursing: types may refer to themselves
    const type = this.checker.getDeclaredTypeOfSymbol(symbol);
    const objectLike = ts.isInterfaceDeclaration(declaration) || (ts.isTypeAliasDeclaration(declaration) && ts.isTypeLiteralNode(declaration.type));
    if (objectLike) {
      this.found.set(key, { ...this.found.get(key)!, fields: declaredFields(type, this.checker, this.collect) });
      return;
    }
    const definition = ts.isEnumDeclaration(declaration)
      ? `enum: ${declaration.members.map((m) => enumMember(m, this.checker)).join(' | ')}`
      : this.checker.typeToString(type, undefined, ts.TypeFormatFlags.NoTruncation | ts.TypeFormatFlags.InTypeAlias);
    this.found.set(key, { ...this.found.get(key)!, definition });
    if (ts.isTypeAliasDeclaration(declaration)) this.collect(declaration.type);
  }
}

/** An enum member as stored: its value (string enums store the value, not the key). */
function enumMember(member: ts.EnumMember, checker: ts.TypeChecker): string {
  const value = checker.getConstantValue(member);
  return typeof value === 'string' ? JSON.stringify(value) : `${member.name.getText()} = ${value}`;
}
