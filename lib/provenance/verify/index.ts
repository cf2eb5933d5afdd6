/**
 * Verification: chain + IPFS in, a step-by-step report out. The re-run reproducer lives in
 * ./create-inference-reproducer (it loads onnxruntime-node) and is not re-exported here.
 */
export { verifyWork, DEFAULT_MAX_PARENT_DEPTH } from "./verify-work";
export { createEthersChainReader, ARTWORK_READ_ABI, type CreateEthersChainReaderParameters } from "./create-ethers-chain-reader";
export { createGatewayFetcher, type GatewayFetcherOptions } from "./create-gateway-fetcher";
export { createMemoryContentFetcher } from "./create-memory-content-fetcher";
export { createChainScanSimilarFinder, type ChainScanSimilarFinderOptions, type PerceptualHashCache } from "./create-chain-scan-similar-finder";
export { checkBytesMatchCid, sha256Hex0x, type CidCheck } from "./check-bytes-match-cid";
export { ContentMismatchError, ContentUnavailableError, isContentMismatch } from "./content-errors";
export { compareImages, type ImageDifference } from "./compare-images";
export { cidOfTokenUri } from "./check-metadata";
export * from "./types";
