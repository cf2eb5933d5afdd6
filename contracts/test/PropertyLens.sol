// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {IERC721} from "@openzeppelin/contracts/token/ERC721/IERC721.sol";
import {IAuctionHouse} from "../interfaces/IAuctionHouse.sol";

/// @title PropertyLens
/// @notice Test-only batch reader for the auction property tests: one eth_call returns every
/// balance, deferred payment and token owner that the invariants compare after each step.
contract PropertyLens {
    /// @notice ETH balances of `accounts`, the house's deferred payments of `creditors`, and the
    /// owners of `tokenIds` in `nft`.
    function read(
        address[] calldata accounts,
        IAuctionHouse house,
        address[] calldata creditors,
        IERC721 nft,
        uint256[] calldata tokenIds
    ) external view returns (uint256[] memory balances, uint256[] memory pending, address[] memory owners) {
        balances = new uint256[](accounts.length);
        for (uint256 i; i < accounts.length; ++i) {
            balances[i] = accounts[i].balance;
        }
        pending = new uint256[](creditors.length);
        for (uint256 i; i < creditors.length; ++i) {
            pending[i] = house.pendingWithdrawal(creditors[i]);
        }
        owners = new address[](tokenIds.length);
        for (uint256 i; i < tokenIds.length; ++i) {
            owners[i] = nft.ownerOf(tokenIds[i]);
        }
    }
}
