import {
  DocumentNode,
  FieldNode,
  FragmentDefinitionNode,
  GraphQLField,
  GraphQLNamedType,
  GraphQLSchema,
  Kind,
  SchemaMetaFieldDef,
  SelectionSetNode,
  TypeMetaFieldDef,
  getNamedType,
  getNullableType,
  isInterfaceType,
  isIntrospectionType,
  isListType,
  isObjectType,
} from 'graphql';

/** What a document would cost to execute, as counted before it is validated. */
export interface DocumentCost {
  /** Every field costs 1; a field with a `first` argument costs 1 + first × the cost of its selection. */
  readonly cost: number;
  /** Fragment spreads after expansion: a fragment spread twice inside a fragment spread twice counts 4. */
  readonly fragmentSpreads: number;
  /**
   * How deep introspection lists (types, fields, args, …) nest. They have no `first`, and nesting them
   * (fields › type › fields › …) multiplies the answer by the size of each list; GraphiQL's full
   * introspection query nests 3 (types › fields › args).
   */
  readonly introspectionNesting: number;
}

const NOTHING: DocumentCost = { cost: 0, fragmentSpreads: 0, introspectionNesting: 0 };

/**
 * The cost of the costliest operation in `document`. Each fragment is measured once, by its own type
 * condition, and reused at every spread: a document whose fragments each spread the previous one
 * twice is measured in time linear in its size while its measure grows as 2^n (and is refused).
 * Cycles and unknown names count nothing here; validation reports them afterwards.
 */
export function documentCost(schema: GraphQLSchema, document: DocumentNode, variables: Readonly<Record<string, unknown>>): DocumentCost {
  return new CostWalker(schema, document, variables).costliestOperation();
}

class CostWalker {
  private readonly fragments = new Map<string, FragmentDefinitionNode>();
  private readonly measured = new Map<string, DocumentCost | 'measuring'>();
  /** Variable defaults declared by the operations, for `first: $n` without a value for `$n`. */
  private readonly defaults = new Map<string, number>();

  constructor(
    private readonly schema: GraphQLSchema,
    private readonly document: DocumentNode,
    private readonly variables: Readonly<Record<string, unknown>>,
  ) {
    for (const definition of document.definitions) {
      if (definition.kind === Kind.FRAGMENT_DEFINITION) this.fragments.set(definition.name.value, definition);
      if (definition.kind !== Kind.OPERATION_DEFINITION) continue;
      for (const variable of definition.variableDefinitions ?? []) {
        const value = variable.defaultValue?.kind === Kind.INT ? Number(variable.defaultValue.value) : undefined;
        const name = variable.variable.name.value;
        if (value !== undefined) this.defaults.set(name, Math.max(value, this.defaults.get(name) ?? 0));
      }
    }
  }

  costliestOperation(): DocumentCost {
    let worst = NOTHING;
    for (const definition of this.document.definitions) {
      if (definition.kind !== Kind.OPERATION_DEFINITION) continue;
      const measure = this.selectionSet(definition.selectionSet, this.schema.getRootType(definition.operation) ?? undefined);
      worst = {
        cost: Math.max(worst.cost, measure.cost),
        fragmentSpreads: Math.max(worst.fragmentSpreads, measure.fragmentSpreads),
        introspectionNesting: Math.max(worst.introspectionNesting, measure.introspectionNesting),
      };
    }
    return worst;
  }

  private selectionSet(set: SelectionSetNode, type: GraphQLNamedType | undefined): DocumentCost {
    let cost = 0;
    let fragmentSpreads = 0;
    let introspectionNesting = 0;
    for (const selection of set.selections) {
      let part: DocumentCost;
      if (selection.kind === Kind.FIELD) part = this.field(selection, type);
      else if (selection.kind === Kind.INLINE_FRAGMENT) part = this.selectionSet(selection.selectionSet, selection.typeCondition ? this.schema.getType(selection.typeCondition.name.value) : type);
      else part = this.spread(selection.name.value);
      cost += part.cost;
      fragmentSpreads += part.fragmentSpreads;
      introspectionNesting = Math.max(introspectionNesting, part.introspectionNesting);
    }
    return { cost, fragmentSpreads, introspectionNesting };
  }

  private field(node: FieldNode, parent: GraphQLNamedType | undefined): DocumentCost {
    const definition = this.fieldDefinition(parent, node.name.value);
    if (!node.selectionSet) return { cost: 1, fragmentSpreads: 0, introspectionNesting: 0 };
    const selection = this.selectionSet(node.selectionSet, definition && getNamedType(definition.type));
    return {
      cost: 1 + this.pageSize(node, definition) * selection.cost,
      fragmentSpreads: selection.fragmentSpreads,
      introspectionNesting: selection.introspectionNesting + (definition && isIntrospectionList(definition) ? 1 : 0),
    };
  }

  private spread(name: string): DocumentCost {
    const known = this.measured.get(name);
    if (known === 'measuring') return NOTHING;
    if (known) return { ...known, fragmentSpreads: 1 + known.fragmentSpreads };
    const fragment = this.fragments.get(name);
    if (!fragment) return NOTHING;
    this.measured.set(name, 'measuring');
    const measure = this.selectionSet(fragment.selectionSet, this.schema.getType(fragment.typeCondition.name.value));
    this.measured.set(name, measure);
    return { ...measure, fragmentSpreads: 1 + measure.fragmentSpreads };
  }

  private fieldDefinition(parent: GraphQLNamedType | undefined, name: string): GraphQLField<unknown, unknown> | undefined {
    // The introspection entry points are not in the root type's field map.
    if (name === SchemaMetaFieldDef.name) return SchemaMetaFieldDef;
    if (name === TypeMetaFieldDef.name) return TypeMetaFieldDef;
    return parent && (isObjectType(parent) || isInterfaceType(parent)) ? parent.getFields()[name] : undefined;
  }

  /** The `first` a connection field will be executed with: literal, variable, variable default, argument default. */
  private pageSize(node: FieldNode, definition: GraphQLField<unknown, unknown> | undefined): number {
    const argument = definition?.args.find((a) => a.name === 'first');
    if (!argument) return 1;
    const given = node.arguments?.find((a) => a.name.value === 'first')?.value;
    let value: unknown = argument.defaultValue;
    if (given?.kind === Kind.INT) value = Number(given.value);
    else if (given?.kind === Kind.VARIABLE) value = this.variables[given.name.value] ?? this.defaults.get(given.name.value) ?? argument.defaultValue;
    // A negative or non-numeric `first` is refused by validation later; it must never lower the cost.
    return typeof value === 'number' && value > 0 ? Math.ceil(value) : 1;
  }
}

function isIntrospectionList(field: GraphQLField<unknown, unknown>): boolean {
  return isIntrospectionType(getNamedType(field.type)) && isListType(getNullableType(field.type));
}
