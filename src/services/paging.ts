import type { SelectQueryBuilder } from "kysely";
import type { Database } from "../db/tables.js";
import { invalid } from "../errors.js";

export type PageQuery = { limit: number; after?: string | undefined; before?: string | undefined };

export type Page<T> = {
  object: "list";
  items: T[];
  moreItemsAfter: string | null;
  moreItemsBefore: string | null;
};

/**
 * Keyset paging over ids that sort by creation time (A3): newest first, `after` walks to older
 * items and `before` to newer ones, each by an index range, so cost does not grow with depth.
 * `exists` tells whether a cursor names an item of this list; an unknown cursor is refused.
 */
export async function keysetPage<T extends keyof Database, R extends { id: string }, V>(
  query: SelectQueryBuilder<Database, T, R>,
  idColumn: string,
  page: PageQuery,
  exists: (id: string) => Promise<boolean>,
  view: (row: R) => V,
): Promise<Page<V>> {
  if (page.after && page.before) {
    throw invalid("after", "after and before cannot be used together");
  }
  const cursor = page.after ?? page.before;
  if (cursor !== undefined && !(await exists(cursor))) {
    throw invalid(page.after ? "after" : "before", "no such item in this list");
  }
  // Kysely cannot type a column passed by name through a generic query; the callers pass the id
  // column of the table they select from.
  // biome-ignore lint/suspicious/noExplicitAny: see above
  const q = query as SelectQueryBuilder<any, any, R>;
  if (page.before) {
    const rows = await q
      .where(idColumn, ">", page.before)
      .orderBy(idColumn, "asc")
      .limit(page.limit + 1)
      .execute();
    const more = rows.length > page.limit;
    const items = rows.slice(0, page.limit).reverse();
    return {
      object: "list",
      items: items.map(view),
      moreItemsBefore: more && items[0] ? items[0].id : null,
      moreItemsAfter: items.at(-1)?.id ?? page.before,
    };
  }
  let older = q.orderBy(idColumn, "desc").limit(page.limit + 1);
  if (page.after) older = older.where(idColumn, "<", page.after);
  const rows = await older.execute();
  const more = rows.length > page.limit;
  const items = rows.slice(0, page.limit);
  return {
    object: "list",
    items: items.map(view),
    moreItemsAfter: more ? (items.at(-1)?.id ?? null) : null,
    moreItemsBefore: page.after ? (items[0]?.id ?? page.after) : null,
  };
}
