// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {CidV1} from "../libraries/CidV1.sol";

/// @title ArtworkCidHarness
/// @notice Exposes CidV1 so tests can compare it with an off-chain CID for many digests
/// without minting a token for each.
contract ArtworkCidHarness {
    /// @notice CidV1.rawSha256 of `digest`.
    function rawSha256(bytes32 digest) external pure returns (string memory) {
        return CidV1.rawSha256(digest);
    }
}
