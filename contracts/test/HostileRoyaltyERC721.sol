// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {ERC721} from "@openzeppelin/contracts/token/ERC721/ERC721.sol";
import {IERC2981} from "@openzeppelin/contracts/interfaces/IERC2981.sol";
import {IERC165} from "@openzeppelin/contracts/utils/introspection/IERC165.sol";

/// @title HostileRoyaltyERC721
/// @notice Test only: an ERC-721 whose ERC-2981 royaltyInfo misbehaves in a chosen way, to show
/// that no answer from a token can block the AuctionHouse's settlement.
contract HostileRoyaltyERC721 is ERC721, IERC2981 {
    /// @notice How royaltyInfo answers.
    enum Mode {
        /// @dev (receiver, price * bps / 10_000), as ERC-2981 intends.
        Honest,
        /// @dev Reverts with HostileRoyaltyERC721Refused.
        Revert,
        /// @dev Returns only 32 bytes (the receiver word, no amount).
        ShortData,
        /// @dev Returns nothing at all.
        Empty,
        /// @dev First word has bits above 160 set, so it is no ABI-encoded address.
        GarbageAddress,
        /// @dev Loops until every forwarded unit of gas is spent.
        BurnGas,
        /// @dev Claims a royalty of twice the sale price.
        Excessive,
        /// @dev Returns (receiver, amount) followed by 4 KiB of junk.
        HugeReturn
    }

    /// @notice Current royaltyInfo behaviour.
    Mode public mode;
    /// @notice Royalty receiver named in the answers.
    address public receiver;
    /// @notice Honest royalty in basis points.
    uint256 public royaltyBps;
    /// @notice When true, contributorOf names the transaction's origin, so whoever lists a
    /// token looks like its contributor; otherwise contributorOf reverts.
    bool public originIsContributor;

    /// @dev royaltyInfo refuses to answer.
    error HostileRoyaltyERC721Refused(uint256 tokenId);

    /// @param receiver_ Royalty receiver named in the answers.
    /// @param royaltyBps_ Honest royalty in basis points.
    constructor(address receiver_, uint256 royaltyBps_) ERC721("Hostile Royalty", "HRY") {
        receiver = receiver_;
        royaltyBps = royaltyBps_;
    }

    /// @notice Mint `tokenId` to `to`; anyone may call (test token).
    function mint(address to, uint256 tokenId) external {
        _mint(to, tokenId);
    }

    /// @notice Switch royaltyInfo behaviour; anyone may call (test token).
    function setMode(Mode mode_) external {
        mode = mode_;
    }

    /// @notice Make contributorOf name tx.origin (true) or revert (false); anyone may call.
    function setOriginIsContributor(bool on) external {
        originIsContributor = on;
    }

    /// @notice Mimics Artwork.contributorOf: names tx.origin when switched on, else reverts.
    function contributorOf(uint256 tokenId) external view returns (address) {
        if (!originIsContributor) revert HostileRoyaltyERC721Refused(tokenId);
        // solhint-disable-next-line avoid-tx-origin
        return tx.origin;
    }

    /// @inheritdoc IERC2981
    function royaltyInfo(uint256 tokenId, uint256 salePrice) external view returns (address, uint256) {
        Mode m = mode;
        address r = receiver;
        if (m == Mode.Revert) revert HostileRoyaltyERC721Refused(tokenId);
        if (m == Mode.ShortData) {
            assembly ("memory-safe") {
                // Hand-made answer of one word: the receiver only.
                mstore(0, r)
                return(0, 32)
            }
        }
        if (m == Mode.Empty) {
            assembly ("memory-safe") {
                // Hand-made empty answer.
                return(0, 0)
            }
        }
        if (m == Mode.GarbageAddress) {
            uint256 amount = salePrice * royaltyBps / 10_000;
            assembly ("memory-safe") {
                // Hand-made answer: receiver word with its top byte set, then a valid amount.
                mstore(0, or(r, shl(248, 0xff)))
                mstore(32, amount)
                return(0, 64)
            }
        }
        if (m == Mode.BurnGas) {
            uint256 i;
            while (true) {
                unchecked {
                    // Counts for ever; overflow is irrelevant, the point is spending gas.
                    ++i;
                }
            }
        }
        if (m == Mode.Excessive) return (r, salePrice * 2);
        if (m == Mode.HugeReturn) {
            uint256 amount = salePrice * royaltyBps / 10_000;
            assembly {
                // Hand-made answer: a valid (receiver, amount) head followed by 4 KiB of junk;
                // written at the free pointer and never returned to Solidity code.
                let p := mload(0x40)
                mstore(p, r)
                mstore(add(p, 32), amount)
                return(p, 4160)
            }
        }
        return (r, salePrice * royaltyBps / 10_000);
    }

    /// @inheritdoc IERC165
    function supportsInterface(bytes4 interfaceId) public view override(ERC721, IERC165) returns (bool) {
        return interfaceId == type(IERC2981).interfaceId || super.supportsInterface(interfaceId);
    }
}
