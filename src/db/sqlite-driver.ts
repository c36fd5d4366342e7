import {
  type CompiledQuery,
  type DatabaseConnection,
  type Driver,
  type QueryResult,
  SqliteDialect,
} from "kysely";

/** What the driver asks of a prepared statement (better-sqlite3's, or rows made from arrays). */
export type Statement = {
  reader: boolean;
  all(...parameters: unknown[]): unknown[];
  run(...parameters: unknown[]): { changes: number; lastInsertRowid: number | bigint };
  iterate(...parameters: unknown[]): IterableIterator<unknown>;
};

export type GroupCommitOptions = {
  /** The statement for `sql`, prepared once (database.ts keeps them). */
  prepare(sql: string): Statement;
  /** Whether the connection is inside a transaction (better-sqlite3's `inTransaction`). */
  inTransaction(): boolean;
  close(): void;
  /** Told after every commit of the connection's, with how many transactions it carried. */
  afterCommit(transactions: number): void;
  /** Members of a group before it commits at once, without waiting for the next turn. */
  maxGroup?: number;
};

/**
 * Kysely's SQLite dialect, over one better-sqlite3 connection whose transactions commit in groups.
 *
 * In WAL mode a commit appends every page it changed to the log: a creation's ~20, the last leaf
 * of each table and index it touched, most of them the same pages as the creation before. So a
 * transaction that gets the connection while an earlier one's commit is still to come runs in
 * that same SQLite transaction, as a savepoint: a failure rolls back to its savepoint, and
 * nothing of it is kept. The group commits once, on the event loop's next turn (so that requests
 * that arrived meanwhile can join) or when it holds `maxGroup` members; each member's commit
 * resolves only then, and a group whose commit fails fails every member. A query outside a
 * transaction first commits the open group, so nothing ever reads what is not committed.
 * Transactions still run one at a time, in the order they asked for the connection. One that
 * waits for something other than the database (here only the check of a transfer PIN still kept
 * as scrypt does) holds back the commit of those before it in its group, as it holds back those
 * after it.
 */
export class GroupCommitDialect extends SqliteDialect {
  readonly driver: GroupCommitDriver;

  constructor(options: GroupCommitOptions) {
    // The parent's driver is never made: its database is only there to satisfy its type.
    super({ database: {} as never });
    this.driver = new GroupCommitDriver(options);
  }

  override createDriver(): Driver {
    return this.driver;
  }
}

type Member = { resolve(): void; reject(error: unknown): void };

/** One hold on the connection, from `acquireConnection` to its release. */
class Connection implements DatabaseConnection {
  inTransaction = false;
  released = false;

  constructor(private readonly driver: GroupCommitDriver) {}

  executeQuery<R>(query: CompiledQuery): Promise<QueryResult<R>> {
    return Promise.resolve(this.driver.execute(this, query) as QueryResult<R>);
  }

  async *streamQuery<R>(query: CompiledQuery): AsyncIterableIterator<QueryResult<R>> {
    for (const row of this.driver.iterate(this, query)) yield { rows: [row as R] };
  }
}

export class GroupCommitDriver implements Driver {
  readonly #options: GroupCommitOptions;
  readonly #maxGroup: number;
  #busy = false;
  readonly #waiting: (() => void)[] = [];
  /** The open SQLite transaction's members whose work is done, waiting for its commit. */
  #group: Member[] | null = null;
  #commitQueued = false;

  constructor(options: GroupCommitOptions) {
    this.#options = options;
    this.#maxGroup = options.maxGroup ?? 64;
  }

  async init(): Promise<void> {}

  async acquireConnection(): Promise<DatabaseConnection> {
    await this.#lock();
    return new Connection(this);
  }

  async beginTransaction(connection: DatabaseConnection): Promise<void> {
    const held = connection as Connection;
    // The write lock is taken at the start, so that a transaction that reads and then writes
    // never fails to upgrade its lock while another process writes.
    if (this.#group === null) {
      this.#run("begin immediate");
      this.#group = [];
    }
    try {
      this.#run("savepoint assent_member");
    } catch (error) {
      if (this.#group.length === 0) this.#endEmptyGroup();
      throw error;
    }
    held.inTransaction = true;
  }

  async commitTransaction(connection: DatabaseConnection): Promise<void> {
    const held = connection as Connection;
    const group = this.#group;
    if (!group) throw new Error("no transaction is open");
    this.#run("release assent_member");
    held.inTransaction = false;
    const committed = new Promise<void>((resolve, reject) => group.push({ resolve, reject }));
    if (group.length >= this.#maxGroup) this.#commitGroup();
    else if (!this.#commitQueued) {
      this.#commitQueued = true;
      setImmediate(() => void this.exclusive(() => {}));
    }
    // The next transaction in line runs while this one's commit is still to come.
    held.released = true;
    this.#unlock();
    await committed;
  }

  async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    const held = connection as Connection;
    // Its commit failed with its group's: nothing of it is left to undo.
    if (!held.inTransaction) return;
    held.inTransaction = false;
    if (!this.#options.inTransaction()) {
      // SQLite ended the whole transaction itself (an I/O error, a full disk): the members
      // before this one are gone with it.
      this.#failGroup(new Error("SQLite rolled the transaction back; it was not committed"));
      return;
    }
    this.#run("rollback to assent_member");
    this.#run("release assent_member");
    if (this.#group?.length === 0) this.#endEmptyGroup();
  }

  async releaseConnection(connection: DatabaseConnection): Promise<void> {
    const held = connection as Connection;
    if (held.released) return;
    held.released = true;
    this.#unlock();
  }

  /** Runs `work` with the connection held and no transaction open (its group committed first). */
  async exclusive<T>(work: () => T): Promise<T> {
    await this.#lock();
    try {
      this.#commitQueued = false;
      if (this.#group) this.#commitGroup();
      return work();
    } finally {
      this.#unlock();
    }
  }

  async destroy(): Promise<void> {
    await this.exclusive(() => this.#options.close());
  }

  execute(connection: Connection, query: CompiledQuery): QueryResult<unknown> {
    const statement = this.#statementFor(connection, query.sql);
    if (statement.reader) return { rows: statement.all(query.parameters) };
    const { changes, lastInsertRowid } = statement.run(query.parameters);
    return {
      numAffectedRows: BigInt(changes),
      insertId: BigInt(lastInsertRowid),
      rows: [],
    };
  }

  iterate(connection: Connection, query: CompiledQuery): IterableIterator<unknown> {
    const statement = this.#statementFor(connection, query.sql);
    if (!statement.reader) throw new Error("only a query that returns rows can be streamed");
    return statement.iterate(query.parameters);
  }

  /** A query outside a transaction reads only what is committed: the open group commits first. */
  #statementFor(connection: Connection, sql: string): Statement {
    if (!connection.inTransaction && this.#group) this.#commitGroup();
    return this.#options.prepare(sql);
  }

  #run(sql: string): void {
    this.#options.prepare(sql).run();
  }

  /** The open group's members, the group closed. */
  #takeGroup(): Member[] {
    const members = this.#group ?? [];
    this.#group = null;
    return members;
  }

  #commitGroup(): void {
    const members = this.#takeGroup();
    try {
      this.#run("commit");
    } catch (error) {
      for (const member of members) member.reject(error);
      this.#rollBackAll();
      return;
    }
    this.#options.afterCommit(members.length);
    for (const member of members) member.resolve();
  }

  #endEmptyGroup(): void {
    this.#takeGroup();
    this.#rollBackAll();
  }

  /** Ends SQLite's transaction, if it is still open; should that fail, the next begin says so. */
  #rollBackAll(): void {
    try {
      if (this.#options.inTransaction()) this.#run("rollback");
    } catch {}
  }

  #failGroup(error: Error): void {
    for (const member of this.#takeGroup()) member.reject(error);
  }

  #lock(): Promise<void> {
    if (!this.#busy) {
      this.#busy = true;
      return Promise.resolve();
    }
    return new Promise((resolve) => this.#waiting.push(resolve));
  }

  #unlock(): void {
    const next = this.#waiting.shift();
    if (next) next();
    else this.#busy = false;
  }
}
