import type { ImporterOptions } from "ipfs-unixfs-importer";
import { fixedSize } from "ipfs-unixfs-importer/chunker";
import { balanced } from "ipfs-unixfs-importer/layout";

/** Kubo's chunk size for `ipfs add` (256 KiB). */
export const CHUNK_SIZE_BYTES = 262_144;

/** Kubo's most links per UnixFS file node in its balanced layout. */
export const MAX_CHILDREN_PER_NODE = 174;

/**
 * How content becomes UnixFS blocks, so CIDs equal those of
 * `ipfs add --cid-version 1 --raw-leaves` in Kubo: CIDv1, raw leaves, 256 KiB chunks, a
 * balanced DAG of at most 174 links per node, and a file of one chunk as a single raw block.
 *
 * Every value is spelled out although most are the importer's current defaults: the
 * importer now offers other profiles (1 MiB chunks, 1024 links), and a default that moved
 * in an upgrade would silently change every CID this project computes.
 */
export const unixfsImportOptions: ImporterOptions = {
  cidVersion: 1,
  rawLeaves: true,
  reduceSingleLeafToSelf: true,
  chunker: fixedSize({ chunkSize: CHUNK_SIZE_BYTES }),
  layout: balanced({ maxChildrenPerNode: MAX_CHILDREN_PER_NODE }),
};
