import {
  AliasNode,
  AndNode,
  BinaryOperationNode,
  ColumnNode,
  type DeleteQueryNode,
  IdentifierNode,
  type InsertQueryNode,
  type MergeQueryNode,
  JoinNode,
  OnConflictNode,
  OperationNodeTransformer,
  OperatorNode,
  PrimitiveValueListNode,
  QueryNode,
  ReferenceNode,
  type SelectQueryNode,
  TableNode,
  type UpdateQueryNode,
  ValueListNode,
  ValueNode,
  ValuesNode,
  type ColumnUpdateNode,
  type KyselyPlugin,
  type OperationNode,
  type PluginTransformQueryArgs,
  type PluginTransformResultArgs,
  type QueryResult,
  type RootOperationNode,
  type UnknownRow,
} from 'kysely';
import { scopeAllows, type Scope } from './scope.js';

/** Thrown when a write would put or move a record outside the actor's region subtree. */
export class OutOfScopeError extends Error {
  constructor(
    readonly table: string,
    readonly regionCode: unknown,
  ) {
    super(`region ${String(regionCode)} of ${table} is outside the caller's scope`);
  }
}

/** Table name → the column holding its region code. Filled by each module for the tables it owns. */
export type ScopedTables = ReadonlyMap<string, string>;

/**
 * The one place region scope is enforced. Every query built through a scoped Kysely instance gets
 * `region_code BETWEEN lo AND hi` on each scoped table it reads, updates or deletes (in ON for joins,
 * so left joins keep their meaning), and inserts/updates that would write a code outside the
 * subtree throw. Raw `sql` fragments are not rewritten: repositories use the builder for scoped tables.
 */
export class RegionScopePlugin implements KyselyPlugin {
  private readonly transformer: ScopeTransformer | null;
  constructor(scope: Scope, tables: ScopedTables) {
    this.transformer = scope.kind === 'system' ? null : new ScopeTransformer(scope, tables);
  }
  transformQuery(args: PluginTransformQueryArgs): RootOperationNode {
    return this.transformer ? this.transformer.transformNode(args.node) : args.node;
  }
  async transformResult(args: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
    return args.result;
  }
}

type Target = { table: string; ref: string; column: string };

class ScopeTransformer extends OperationNodeTransformer {
  constructor(
    private readonly scope: Extract<Scope, { kind: 'region' }>,
    private readonly tables: ScopedTables,
  ) {
    super();
  }

  protected override transformSelectQuery(node: SelectQueryNode): SelectQueryNode {
    let out = super.transformSelectQuery(node);
    for (const from of out.from?.froms ?? []) out = this.whereInScope(out, from);
    return { ...out, joins: out.joins?.map((j) => this.joinInScope(j)) };
  }

  protected override transformUpdateQuery(node: UpdateQueryNode): UpdateQueryNode {
    let out = super.transformUpdateQuery(node);
    const table = out.table;
    if (table) {
      out = this.whereInScope(out, table);
      const target = this.target(table);
      if (target) this.checkUpdates(target, out.updates ?? []);
    }
    for (const from of out.from?.froms ?? []) out = this.whereInScope(out, from);
    return { ...out, joins: out.joins?.map((j) => this.joinInScope(j)) };
  }

  protected override transformDeleteQuery(node: DeleteQueryNode): DeleteQueryNode {
    let out = super.transformDeleteQuery(node);
    for (const from of out.from.froms) out = this.whereInScope(out, from);
    for (const using of out.using?.tables ?? []) out = this.whereInScope(out, using);
    return { ...out, joins: out.joins?.map((j) => this.joinInScope(j)) };
  }

  // MERGE can insert, update and delete through one statement; rather than half-scope it, refuse it.
  protected override transformMergeQuery(node: MergeQueryNode): MergeQueryNode {
    const into = this.target(node.into);
    if (into) throw new OutOfScopeError(into.table, 'MERGE');
    return super.transformMergeQuery(node);
  }

  protected override transformInsertQuery(node: InsertQueryNode): InsertQueryNode {
    const out = super.transformInsertQuery(node);
    const target = out.into ? this.target(out.into) : null;
    if (!target) return out;
    this.checkInsertValues(target, out);
    if (out.onConflict?.updates) {
      this.checkUpdates(target, out.onConflict.updates);
      return { ...out, onConflict: OnConflictNode.cloneWithUpdateWhere(out.onConflict, this.condition(target)) };
    }
    return out;
  }

  private whereInScope<T extends SelectQueryNode | UpdateQueryNode | DeleteQueryNode>(node: T, from: OperationNode): T {
    const target = this.target(from);
    return target ? QueryNode.cloneWithWhere(node, this.condition(target)) : node;
  }

  private joinInScope(join: JoinNode): JoinNode {
    const target = this.target(join.table);
    return target ? JoinNode.cloneWithOn(join, this.condition(target)) : join;
  }

  private condition(t: Target): OperationNode {
    const ref = ReferenceNode.create(ColumnNode.create(t.column), TableNode.create(t.ref));
    return AndNode.create(
      BinaryOperationNode.create(ref, OperatorNode.create('>='), ValueNode.create(this.scope.range[0])),
      BinaryOperationNode.create(ref, OperatorNode.create('<='), ValueNode.create(this.scope.range[1])),
    );
  }

  private target(node: OperationNode): Target | null {
    if (TableNode.is(node)) {
      const table = node.table.identifier.name;
      const column = this.tables.get(table);
      return column ? { table, ref: table, column } : null;
    }
    if (AliasNode.is(node) && TableNode.is(node.node) && IdentifierNode.is(node.alias)) {
      const table = node.node.table.identifier.name;
      const column = this.tables.get(table);
      return column ? { table, ref: node.alias.name, column } : null;
    }
    return null;
  }

  private checkInsertValues(t: Target, node: InsertQueryNode) {
    const index = (node.columns ?? []).findIndex((c) => c.column.name === t.column);
    if (index < 0 || !node.values || !ValuesNode.is(node.values)) throw new OutOfScopeError(t.table, undefined);
    for (const row of node.values.values) {
      const value = PrimitiveValueListNode.is(row)
        ? row.values[index]
        : ValueListNode.is(row) && row.values[index] && ValueNode.is(row.values[index])
          ? row.values[index].value
          : undefined;
      this.checkCode(t, value);
    }
  }

  private checkUpdates(t: Target, updates: ReadonlyArray<ColumnUpdateNode>) {
    for (const u of updates) {
      if (!ColumnNode.is(u.column) || u.column.column.name !== t.column) continue;
      this.checkCode(t, ValueNode.is(u.value) ? u.value.value : undefined);
    }
  }

  private checkCode(t: Target, value: unknown) {
    if (typeof value !== 'string' || !scopeAllows(this.scope, value)) throw new OutOfScopeError(t.table, value);
  }
}
