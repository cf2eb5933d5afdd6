import { respondError } from "./respond-error";

/** Marks a handler built by {@link withRoute}; a test checks every route's exports carry it. */
export const ROUTE_HANDLER = Symbol.for("colophon.http.routeHandler");

/** The dynamic segments of a route's path, by name (a catch-all segment is a list). */
export type RouteParams = Record<string, string | string[]>;

/** The second argument Next.js gives a route handler: the dynamic segments of the path. */
export interface RouteArgs<Params extends RouteParams = RouteParams> {
  params: Promise<Params>;
}

/**
 * A route handler as exported from an `app/**\/route.ts` file, marked as wrapped. Its
 * context takes any params: Next.js checks each route's own, and tests call the handlers
 * with plain records.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type RouteHandler = ((request: Request, context?: { params: Promise<any> }) => Promise<Response>) & {
  readonly [ROUTE_HANDLER]: true;
};

/**
 * The one wrapper of every route handler: runs `handler` and turns anything it throws into
 * the API's JSON error through {@link respondError} (the status from the one code table,
 * `no-store`, `Retry-After`; an unknown error a logged 500 without a stack). Compose with
 * `withSession` for routes that need a signed-in account.
 */
export function withRoute<Params extends RouteParams = RouteParams>(
  handler: (request: Request, context: RouteArgs<Params>) => Promise<Response> | Response,
): RouteHandler {
  const wrapped = async (request: Request, context?: { params: Promise<any> }): Promise<Response> => {
    try {
      // Next.js always passes the params; a direct call (a test, a bench) may leave them out.
      return await handler(request, (context as RouteArgs<Params> | undefined) ?? { params: Promise.resolve({} as Params) });
    } catch (error) {
      return respondError(error);
    }
  };
  return Object.assign(wrapped, { [ROUTE_HANDLER]: true as const });
}
