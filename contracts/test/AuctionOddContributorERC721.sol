// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {ERC721} from "@openzeppelin/contracts/token/ERC721/ERC721.sol";
import {ERC2981} from "@openzeppelin/contracts/token/common/ERC2981.sol";

/// @title AuctionOddContributorERC721
/// @notice Test only: an ERC-721 + ERC-2981 whose contributorOf succeeds but answers with
/// something that is not an ABI-encoded address, chosen by mode, so the AuctionHouse must treat
/// the listing as a resale (not primary) without reverting.
contract AuctionOddContributorERC721 is ERC721, ERC2981 {
    /// @notice How contributorOf answers.
    enum Mode {
        /// @dev The configured contributor, ABI-encoded (32 bytes).
        Honest,
        /// @dev Nothing at all (0 bytes).
        Empty,
        /// @dev One byte: the last byte of the contributor's address.
        OneByte,
        /// @dev 31 bytes: the contributor's ABI word without its last byte.
        ShortWord,
        /// @dev 32 bytes: the contributor's address in the low 160 bits and `dirt` above them.
        DirtyWord
    }

    /// @notice Current contributorOf behaviour.
    Mode public mode;
    /// @notice Address named in the answers.
    address public contributor;
    /// @notice Bits set above bit 160 in DirtyWord answers (bit 0 here lands on bit 160).
    uint96 public dirt;

    /// @param receiver Receives the default royalty.
    /// @param royaltyBps Default royalty in basis points.
    constructor(address receiver, uint96 royaltyBps) ERC721("Odd Contributor", "ODD") {
        _setDefaultRoyalty(receiver, royaltyBps);
    }

    /// @notice Mint `tokenId` to `to`; anyone may call (test token).
    function mint(address to, uint256 tokenId) external {
        _mint(to, tokenId);
    }

    /// @notice Choose how contributorOf answers; anyone may call (test token).
    function setAnswer(Mode mode_, address contributor_, uint96 dirt_) external {
        mode = mode_;
        contributor = contributor_;
        dirt = dirt_;
    }

    /// @notice Mimics Artwork.contributorOf's selector with the answer chosen by `mode`.
    function contributorOf(uint256) external view returns (address) {
        Mode m = mode;
        address c = contributor;
        if (m == Mode.Empty) {
            assembly ("memory-safe") {
                // Hand-made empty answer.
                return(0, 0)
            }
        }
        if (m == Mode.OneByte) {
            assembly ("memory-safe") {
                // Hand-made answer of one byte: the address's last byte.
                mstore(0, c)
                return(31, 1)
            }
        }
        if (m == Mode.ShortWord) {
            assembly ("memory-safe") {
                // Hand-made answer of 31 bytes: the ABI word cut short by one byte.
                mstore(0, c)
                return(0, 31)
            }
        }
        if (m == Mode.DirtyWord) {
            uint256 d = dirt;
            assembly ("memory-safe") {
                // Hand-made answer of one word: the address with bits above 160 set.
                mstore(0, or(c, shl(160, d)))
                return(0, 32)
            }
        }
        return c;
    }

    /// @inheritdoc ERC721
    function supportsInterface(bytes4 interfaceId) public view override(ERC721, ERC2981) returns (bool) {
        return super.supportsInterface(interfaceId);
    }
}
