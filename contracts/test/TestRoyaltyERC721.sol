// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {ERC721} from "@openzeppelin/contracts/token/ERC721/ERC721.sol";
import {ERC2981} from "@openzeppelin/contracts/token/common/ERC2981.sol";

/// @title TestRoyaltyERC721
/// @notice Test only: a plain OpenZeppelin ERC-721 with an ERC-2981 default royalty, standing
/// for any third-party collection sold through the AuctionHouse.
contract TestRoyaltyERC721 is ERC721, ERC2981 {
    /// @param receiver Receives the default royalty.
    /// @param royaltyBps Default royalty in basis points.
    constructor(address receiver, uint96 royaltyBps) ERC721("Test Royalty", "TRY") {
        _setDefaultRoyalty(receiver, royaltyBps);
    }

    /// @notice Mint `tokenId` to `to`; anyone may call (test token).
    function mint(address to, uint256 tokenId) external {
        _mint(to, tokenId);
    }

    /// @notice Change the default royalty; anyone may call (test token).
    function setDefaultRoyalty(address receiver, uint96 royaltyBps) external {
        _setDefaultRoyalty(receiver, royaltyBps);
    }

    /// @notice Remove the default royalty so royaltyInfo answers (0, 0); anyone may call.
    function deleteDefaultRoyalty() external {
        _deleteDefaultRoyalty();
    }

    /// @inheritdoc ERC721
    function supportsInterface(bytes4 interfaceId) public view override(ERC721, ERC2981) returns (bool) {
        return super.supportsInterface(interfaceId);
    }
}
