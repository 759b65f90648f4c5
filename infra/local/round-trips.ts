import { AsyncLocalStorage } from 'node:async_hooks';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';

/**
 * Counts the DynamoDB round trips each request makes, per route: an SDK
 * middleware on the handlers' own DocumentClient adds one per call to the
 * request the gateway is serving. The figures behind the data-access targets
 * (a POST in two round trips, a page in one Query, a decision in a read and a
 * transaction).
 */

export interface RouteRoundTrips {
  requests: number;
  /** Round trips of every request, in order. */
  perRequest: number[];
  /** How often each DynamoDB command was called. */
  commands: Record<string, number>;
}

interface Current {
  calls: number;
  commands: string[];
}

export class RoundTripCounter {
  readonly routes = new Map<string, RouteRoundTrips>();
  private readonly current = new AsyncLocalStorage<Current>();

  /** Adds the counting middleware to a client; idempotent. */
  attach(client: DynamoDBDocumentClient): void {
    client.middlewareStack.remove('roundTripCounter');
    client.middlewareStack.add(
      (next, context) => async (args) => {
        const request = this.current.getStore();
        if (request) {
          request.calls++;
          request.commands.push(String(context.commandName ?? 'unknown'));
        }
        return next(args);
      },
      { step: 'initialize', name: 'roundTripCounter' },
    );
  }

  /** Runs one request's handler, attributing its round trips to the route. */
  async around<T>(routeId: string, invoke: () => Promise<T>): Promise<T> {
    const request: Current = { calls: 0, commands: [] };
    try {
      return await this.current.run(request, invoke);
    } finally {
      const route = this.routes.get(routeId) ?? { requests: 0, perRequest: [], commands: {} };
      route.requests++;
      route.perRequest.push(request.calls);
      for (const command of request.commands) route.commands[command] = (route.commands[command] ?? 0) + 1;
      this.routes.set(routeId, route);
    }
  }

  reset(): void {
    this.routes.clear();
  }

  /** Per route: requests, and the fewest, most and mean round trips per request. */
  summary(): Record<
    string,
    { requests: number; min: number; max: number; mean: number; commands: Record<string, number> }
  > {
    const summary: ReturnType<RoundTripCounter['summary']> = {};
    for (const [routeId, route] of this.routes) {
      const total = route.perRequest.reduce((sum, calls) => sum + calls, 0);
      summary[routeId] = {
        requests: route.requests,
        min: Math.min(...route.perRequest),
        max: Math.max(...route.perRequest),
        mean: total / route.requests,
        commands: route.commands,
      };
    }
    return summary;
  }
}
