// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {ERC721} from "@openzeppelin/contracts/token/ERC721/ERC721.sol";
import {ERC2981} from "@openzeppelin/contracts/token/common/ERC2981.sol";

/// @title RevertingTransferERC721
/// @notice Test only: an ERC-721 + ERC-2981 whose transfers can be switched to fail, so the
/// AuctionHouse's delivery at settle (or the return at cancel) fails.
contract RevertingTransferERC721 is ERC721, ERC2981 {
    /// @notice How transferFrom behaves.
    enum Mode {
        /// @dev Plain ERC-721 transfer.
        Normal,
        /// @dev Reverts with RevertingTransferERC721Blocked.
        Revert,
        /// @dev Loops until every forwarded unit of gas is spent.
        BurnGas
    }

    /// @notice Current transfer behaviour.
    Mode public mode;

    /// @dev Transfers are switched off.
    error RevertingTransferERC721Blocked(uint256 tokenId);

    /// @param receiver Receives the default royalty.
    /// @param royaltyBps Default royalty in basis points.
    constructor(address receiver, uint96 royaltyBps) ERC721("Reverting Transfer", "RTX") {
        _setDefaultRoyalty(receiver, royaltyBps);
    }

    /// @notice Mint `tokenId` to `to`; anyone may call (test token).
    function mint(address to, uint256 tokenId) external {
        _mint(to, tokenId);
    }

    /// @notice Destroy `tokenId` wherever it is; anyone may call (test token). Stands for a
    /// token its contract takes back without the holder, such as an expired name that is
    /// later registered again under the same id.
    function burn(uint256 tokenId) external {
        _burn(tokenId);
    }

    /// @notice Switch transfer behaviour; anyone may call (test token).
    function setMode(Mode mode_) external {
        mode = mode_;
    }

    /// @inheritdoc ERC721
    function transferFrom(address from, address to, uint256 tokenId) public override {
        Mode m = mode;
        if (m == Mode.Revert) revert RevertingTransferERC721Blocked(tokenId);
        if (m == Mode.BurnGas) {
            uint256 i;
            while (true) {
                unchecked {
                    // Counts for ever; overflow is irrelevant, the point is spending gas.
                    ++i;
                }
            }
        }
        super.transferFrom(from, to, tokenId);
    }

    /// @inheritdoc ERC721
    function supportsInterface(bytes4 interfaceId) public view override(ERC721, ERC2981) returns (bool) {
        return super.supportsInterface(interfaceId);
    }
}
