/**
 * How many deliveries to one endpoint a process runs at once (W2: a slow or dead endpoint never
 * delays the others). An endpoint has `max` slots. A delivery that finds them all taken by an
 * endpoint that answers quickly waits here for the next free one (a burst to a healthy endpoint
 * costs nothing); when the endpoint is slow (a delivery under way for longer than `slowAfterMs`,
 * or the last one timed out or could not connect), the delivery is handed back to the queue
 * instead, so that it holds none of the lane's slots while the endpoint hangs.
 */
export type EndpointSlots = {
  /** A release function once a slot is held, or null: hand the delivery back, it is slow. */
  acquire(endpointId: string): Promise<(() => void) | null>;
  /** The endpoint just timed out or refused the connection: slow for a while. */
  markSlow(endpointId: string, forMs: number): void;
};

type Endpoint = { running: Set<number>; waiters: (() => void)[]; slowUntil: number };

export function createEndpointSlots(max: number, slowAfterMs: number): EndpointSlots {
  const endpoints = new Map<string, Endpoint>();
  // Real elapsed time: how long a request has been open, whatever the product's clock says.
  const now = () => performance.now();

  function slow(endpoint: Endpoint): boolean {
    if (endpoint.slowUntil > now()) return true;
    for (const started of endpoint.running) if (now() - started > slowAfterMs) return true;
    return false;
  }

  function take(id: string, endpoint: Endpoint): () => void {
    const started = now();
    // A start time is a key: nudge it if another delivery started in the same instant.
    let key = started;
    while (endpoint.running.has(key)) key += 1e-6;
    endpoint.running.add(key);
    return () => {
      endpoint.running.delete(key);
      const next = endpoint.waiters.shift();
      if (next) next();
      else if (endpoint.running.size === 0 && endpoint.slowUntil <= now()) endpoints.delete(id);
    };
  }

  return {
    async acquire(id) {
      let endpoint = endpoints.get(id);
      if (!endpoint) {
        endpoint = { running: new Set(), waiters: [], slowUntil: 0 };
        endpoints.set(id, endpoint);
      }
      while (endpoint.running.size >= max) {
        if (slow(endpoint)) return null;
        await new Promise<void>((resolve) => endpoint?.waiters.push(resolve));
      }
      return take(id, endpoint);
    },
    markSlow(id, forMs) {
      const endpoint = endpoints.get(id);
      if (endpoint) endpoint.slowUntil = now() + forMs;
    },
  };
}
