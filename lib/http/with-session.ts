import { requireSignedIn } from "@/lib/auth/require-signed-in";
import { withRoute, type RouteArgs, type RouteHandler, type RouteParams } from "./with-route";

/** What a signed-in route handler gets beside the request: the path's params and who asks. */
export interface SessionArgs<Params extends RouteParams> extends RouteArgs<Params> {
  /** Checksummed address of the signed-in account (from the session cookie). */
  address: string;
}

/**
 * {@link withRoute} for routes that need a signed-in account: the session cookie is checked
 * first (401 UNAUTHENTICATED otherwise, before the body is read), and the handler gets the
 * signed-in address.
 */
export function withSession<Params extends RouteParams = RouteParams>(
  handler: (request: Request, context: SessionArgs<Params>) => Promise<Response> | Response,
): RouteHandler {
  return withRoute<Params>(async (request, context) => {
    const { address } = await requireSignedIn(request);
    return handler(request, { params: context.params, address });
  });
}
