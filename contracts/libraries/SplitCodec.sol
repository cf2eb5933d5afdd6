// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {IArtwork} from "../interfaces/IArtwork.sol";

/// @title SplitCodec
/// @notice Validates a role-tagged split and packs it into the immutable arguments of a
/// RoyaltySplitter clone: per entry account (20 bytes) | role (32 bytes) | bps (2 bytes).
library SplitCodec {
    /// @dev Bytes per packed entry.
    uint256 internal constant ENTRY_SIZE = 54;
    /// @dev Basis points in a whole (100%).
    uint16 internal constant TOTAL_BPS = 10_000;
    /// @dev Most entries in a split; bounds the splitter's loops.
    uint256 internal constant MAX_SHARES = 8;

    /// @dev Checks the split and returns its packed form. Sorting by (account, role) makes
    /// the packed bytes canonical, so equal split sets share one splitter address.
    function validateAndPack(IArtwork.Share[] calldata shares) internal pure returns (bytes memory packed) {
        uint256 n = shares.length;
        if (n == 0 || n > MAX_SHARES) revert IArtwork.ArtworkSplitLength(n, MAX_SHARES);
        uint256 sum;
        packed = new bytes(n * ENTRY_SIZE);
        for (uint256 i; i < n; ++i) {
            IArtwork.Share calldata s = shares[i];
            if (s.account == address(0) || s.role == bytes32(0) || s.bps == 0) revert IArtwork.ArtworkShareInvalid(i);
            if (i > 0) {
                IArtwork.Share calldata p = shares[i - 1];
                if (s.account < p.account || (s.account == p.account && s.role <= p.role)) {
                    revert IArtwork.ArtworkSplitUnsorted(i);
                }
            }
            sum += s.bps;
            bytes20 account = bytes20(s.account);
            bytes32 role = s.role;
            bytes2 bps = bytes2(s.bps);
            // Write the entry at its offset; mstore of a left-aligned word then the next
            // field overwrites the tail, so order matters: account, role, bps.
            assembly ("memory-safe") {
                let ptr := add(add(packed, 32), mul(i, 54))
                mstore(ptr, account)
                mstore(add(ptr, 20), role)
                // Keep the bytes after the bps field intact: they belong to the next entry,
                // which is written later in the loop and overwrites them anyway.
                mstore(add(ptr, 52), bps)
            }
        }
        if (sum != TOTAL_BPS) revert IArtwork.ArtworkSplitSum(sum);
    }

    /// @dev Number of entries in packed args.
    function count(bytes memory packed) internal pure returns (uint256) {
        return packed.length / ENTRY_SIZE;
    }

    /// @dev Entry `i` of packed args.
    function entry(bytes memory packed, uint256 i) internal pure returns (address account, bytes32 role, uint16 bps) {
        assembly ("memory-safe") {
            let ptr := add(add(packed, 32), mul(i, 54))
            // Top 20 bytes of the first word are the account.
            account := shr(96, mload(ptr))
            role := mload(add(ptr, 20))
            // Top 2 bytes of the word at +52 are the bps.
            bps := shr(240, mload(add(ptr, 52)))
        }
    }

    /// @dev The packed split as the Share structs the Artwork interface speaks.
    function unpack(bytes memory packed) internal pure returns (IArtwork.Share[] memory shares) {
        uint256 n = count(packed);
        shares = new IArtwork.Share[](n);
        for (uint256 i; i < n; ++i) {
            (address account, bytes32 role, uint16 bps) = entry(packed, i);
            shares[i] = IArtwork.Share(account, role, bps);
        }
    }
}
