// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

/// @title CidV1
/// @notice Builds `ipfs://` URIs for small files from their sha256 digest: a file that fits in
/// one block is stored by Kubo (`--cid-version 1 --raw-leaves`) and by our store as a raw
/// block, whose CIDv1 is 0x01 (version) 0x55 (raw) 0x12 (sha2-256) 0x20 (32 bytes) + digest,
/// written in lower-case RFC 4648 base32 with the multibase prefix "b".
library CidV1 {
    bytes internal constant ALPHABET = "abcdefghijklmnopqrstuvwxyz234567";

    /// @dev "b" + base32 of the 36-byte CID: 288 bits make 58 characters (the last one holds
    /// 3 bits padded with zeros, as multibase base32 does).
    function rawSha256(bytes32 digest) internal pure returns (string memory) {
        bytes memory cid = abi.encodePacked(bytes4(0x01551220), digest);
        bytes memory out = new bytes(59);
        out[0] = "b";
        uint256 buffer;
        uint256 bits;
        uint256 o = 1;
        for (uint256 i; i < 36; ++i) {
            buffer = (buffer << 8) | uint8(cid[i]);
            bits += 8;
            while (bits >= 5) {
                bits -= 5;
                out[o++] = ALPHABET[(buffer >> bits) & 31];
            }
        }
        // 288 = 57 * 5 + 3: three bits are always left, padded with two zero bits.
        out[o] = ALPHABET[(buffer << 2) & 31];
        return string(out);
    }
}
