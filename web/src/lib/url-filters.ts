import { useSearchParams } from "react-router";

/**
 * Filters and the page cursor kept in the address, so that a filtered view can be shared and
 * survives a reload. Changing a filter goes back to the first page.
 */
export function useUrlFilters<K extends string>(keys: readonly K[]) {
  const [params, setParams] = useSearchParams();
  const values = Object.fromEntries(keys.map((k) => [k, params.get(k) ?? ""])) as Record<K, string>;
  const cursor = {
    after: params.get("after") ?? undefined,
    before: params.get("before") ?? undefined,
  };
  const setFilter = (key: K, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    next.delete("after");
    next.delete("before");
    setParams(next, { replace: true });
  };
  const setCursor = (which: "after" | "before", id: string) => {
    const next = new URLSearchParams(params);
    next.delete("after");
    next.delete("before");
    next.set(which, id);
    setParams(next);
  };
  return { values, cursor, setFilter, setCursor };
}

/** Drops empty values, so that the API is not sent `status=`. */
export function present<T extends Record<string, string | undefined>>(values: T): Partial<T> {
  return Object.fromEntries(Object.entries(values).filter(([, v]) => v)) as Partial<T>;
}
