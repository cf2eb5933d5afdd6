import { ROUTE_HANDLER } from "./with-route";

/** Whether `value` is a handler built by `withRoute`. */
export function isRouteHandler(value: unknown): boolean {
  return typeof value === "function" && (value as unknown as Record<symbol, unknown>)[ROUTE_HANDLER] === true;
}
