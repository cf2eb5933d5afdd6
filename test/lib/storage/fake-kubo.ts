import http from "node:http";
import type { AddressInfo } from "node:net";
import { computeCid } from "@/lib/storage/compute-cid";

/** One request the fake node received. */
export interface KuboRequest {
  method: string;
  /** Path without the query, e.g. "/api/v0/add". */
  path: string;
  /** Query parameters in the order sent. */
  query: [string, string][];
  contentType: string | undefined;
  /** For add: the bytes of the multipart file part. */
  file?: Uint8Array;
}

export interface FakeKubo {
  apiUrl: string;
  requests: KuboRequest[];
  /** Content the node holds, by CID. */
  blocks: Map<string, Uint8Array>;
  /** CIDs whose `cat` Kubo answers with "this dag node is a directory". */
  directories: Set<string>;
  /** CIDs the node gives up on at once ("not found"), as one that cannot search the network. */
  unfindable: Set<string>;
  close(): Promise<void>;
}

export const PEER_ID = "12D3KooWGzxzKZYveHXtpG6AsrUJBcWxHBFS2HsEoGTxrMLvKXtf";
export const AGENT_VERSION = "kubo/0.39.0/";

/**
 * A stand-in for a Kubo node's RPC API: the subset the Kubo content store calls (add, cat,
 * id), answered as Kubo answers them, recording every request. `cat` of content it lacks
 * fails at once with `offline=true` or for an `unfindable` CID (as Kubo does) and otherwise
 * never answers, like a node searching the network for a CID nobody provides.
 */
export async function startFakeKubo(): Promise<FakeKubo> {
  const requests: KuboRequest[] = [];
  const blocks = new Map<string, Uint8Array>();
  const directories = new Set<string>();
  const unfindable = new Set<string>();

  const server = http.createServer(async (req, res) => {
    const url = new URL(req.url ?? "/", "http://fake");
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks);
    const request: KuboRequest = {
      method: req.method ?? "",
      path: url.pathname,
      query: [...url.searchParams.entries()],
      contentType: req.headers["content-type"],
    };
    requests.push(request);

    const fail = (message: string) => {
      res.writeHead(500, { "Content-Type": "application/json" });
      res.end(JSON.stringify({ Message: message, Code: 0, Type: "error" }));
    };

    if (req.method !== "POST") {
      res.writeHead(405).end();
      return;
    }
    if (url.pathname === "/api/v0/add") {
      const file = multipartFile(body, request.contentType ?? "");
      request.file = file;
      const { cid } = await computeCid(file);
      blocks.set(cid, file);
      res.writeHead(200, { "Content-Type": "application/json", "X-Chunked-Output": "1" });
      res.end(`${JSON.stringify({ Name: cid, Hash: cid, Size: String(file.length) })}\n`);
      return;
    }
    if (url.pathname === "/api/v0/cat") {
      const cid = url.searchParams.get("arg") ?? "";
      if (directories.has(cid)) return fail("this dag node is a directory");
      const content = blocks.get(cid);
      if (content === undefined) {
        if (url.searchParams.get("offline") === "true" || unfindable.has(cid)) {
          return fail(`block was not found locally (offline): ipld: could not find ${cid}`);
        }
        return; // searching the network: no answer until the client gives up
      }
      const length = url.searchParams.get("length");
      res.writeHead(200, { "Content-Type": "text/plain", "X-Stream-Output": "1" });
      res.end(length === null ? content : content.subarray(0, Number(length)));
      return;
    }
    if (url.pathname === "/api/v0/id") {
      res.writeHead(200, { "Content-Type": "application/json" });
      res.end(
        JSON.stringify({
          ID: PEER_ID,
          PublicKey: "CAESIGwb9kpHqHzdS2bdDpBpLb8bzyxhYzp4UecI0YQe0dZh",
          Addresses: [],
          AgentVersion: AGENT_VERSION,
          ProtocolVersion: "ipfs/0.1.0",
          Protocols: [],
        }),
      );
      return;
    }
    res.writeHead(404, { "Content-Type": "text/plain" }).end("404 page not found");
  });

  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    apiUrl: `http://127.0.0.1:${port}`,
    requests,
    blocks,
    directories,
    unfindable,
    async close() {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

/** The content of the single file part of a multipart/form-data body. */
function multipartFile(body: Buffer, contentType: string): Uint8Array {
  const boundary = contentType.match(/boundary=(?:"([^"]+)"|([^;]+))/);
  if (boundary === null) throw new Error(`no multipart boundary in ${contentType}`);
  const delimiter = Buffer.from(`--${boundary[1] ?? boundary[2]}`);
  const start = body.indexOf(delimiter) + delimiter.length;
  const headersEnd = body.indexOf("\r\n\r\n", start) + 4;
  const end = body.indexOf(Buffer.concat([Buffer.from("\r\n"), delimiter]), headersEnd);
  return new Uint8Array(body.subarray(headersEnd, end));
}
