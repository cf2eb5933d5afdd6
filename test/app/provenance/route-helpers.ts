import type { HDNodeWallet } from "ethers";

/** A route handler of a dynamic segment, as Next.js calls it. */
export type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;

/** Calls a handler with a JSON body (or raw text), an optional session cookie and path params. */
export async function call(
  handler: Handler | ((request: Request) => Promise<Response>),
  {
    method = "POST",
    body,
    raw,
    cookie,
    params = {},
    url = "http://localhost/api",
  }: { method?: string; body?: unknown; raw?: string; cookie?: string; params?: Record<string, string>; url?: string } = {},
): Promise<{ status: number; json: any }> {
  const headers: Record<string, string> = {};
  if (cookie !== undefined) headers.cookie = cookie;
  if (body !== undefined || raw !== undefined) headers["content-type"] = "application/json";
  const request = new Request(url, {
    method,
    headers,
    ...(method === "GET" ? {} : { body: raw ?? (body === undefined ? undefined : JSON.stringify(body)) }),
  });
  const response = await (handler as Handler)(request, { params: Promise.resolve(params) });
  const text = await response.text();
  return { status: response.status, json: text === "" ? undefined : JSON.parse(text) };
}

/** Signs the `typedData` a draft returned, as a wallet does for eth_signTypedData_v4. */
export async function signDraft(wallet: HDNodeWallet, typedData: { types: Record<string, any>; domain: any; message: any }): Promise<string> {
  const { EIP712Domain: _domain, ...types } = typedData.types;
  return wallet.signTypedData(typedData.domain, types, typedData.message);
}
