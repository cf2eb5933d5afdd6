/** Where content lives: IPFS blocks in the data directory, or a Kubo node's RPC API. */
export type ContentStoreKind = "local" | "kubo";

/** What adding content gives back. */
export interface AddContentResult {
  /** CIDv1 (base32) of the content as UnixFS, the same one `ipfs add --cid-version 1 --raw-leaves` prints. */
  cid: string;
  /** Length of the content in bytes (not the size of its DAG). */
  size: number;
}

/** How a store answers its health check. */
export interface ContentStorePing {
  ok: boolean;
  /** What was checked (a directory, a node's version) or what failed. */
  detail: string;
}

/**
 * Content-addressed storage for images, records, model files and model cards. Both kinds
 * compute the same CIDs for the same bytes (see computeCid), so content moves between them
 * and any IPFS gateway serves it by the CID recorded at generation.
 *
 * Contents are whole byte arrays: the largest are model files, which are read whole into
 * ONNX Runtime anyway. Errors are ContentStoreError subclasses (InvalidCidError,
 * ContentNotFoundError, ContentCorruptError...) or a DependencyError when a Kubo node does
 * not answer.
 */
export interface ContentStore {
  kind: ContentStoreKind;
  /** Stores the bytes as a UnixFS file and returns their CID; adding the same bytes again is a no-op. */
  add(bytes: Uint8Array): Promise<AddContentResult>;
  /** The bytes of a file by CID, every block checked against its hash. */
  get(cid: string): Promise<Uint8Array>;
  /** Whether the store holds the content's root block (without fetching it from elsewhere). */
  has(cid: string): Promise<boolean>;
  /** Checks the store can be used now. Never throws. */
  ping(): Promise<ContentStorePing>;
}
