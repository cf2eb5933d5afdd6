// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {IAuctionHouse} from "../interfaces/IAuctionHouse.sol";

/// @title RevertingBidder
/// @notice Test only: a bidder (or seller) whose receive reverts while `refusing` is set, so
/// every payment pushed to it fails.
contract RevertingBidder {
    /// @notice The auction house this bidder uses.
    IAuctionHouse public immutable HOUSE;
    /// @notice While true, receive reverts.
    bool public refusing = true;

    /// @dev Receive refused on purpose.
    error RevertingBidderRefused(uint256 amount);
    /// @dev A forwarded call reverted; carries its revert data.
    error RevertingBidderForwardFailed(bytes data);

    /// @param house The auction house to bid on.
    constructor(IAuctionHouse house) {
        HOUSE = house;
    }

    /// @notice Bid msg.value on `auctionId`.
    function bid(uint256 auctionId) external payable {
        HOUSE.placeBid{value: msg.value}(auctionId);
    }

    /// @notice Withdraw this contract's credit from the house.
    function withdraw() external returns (uint256) {
        return HOUSE.withdraw();
    }

    /// @notice Turn refusing on or off.
    function setRefusing(bool refusing_) external {
        refusing = refusing_;
    }

    /// @notice Call `target` with `data` and msg.value (to approve tokens, create auctions...).
    function forward(address target, bytes calldata data) external payable returns (bytes memory result) {
        bool ok;
        (ok, result) = target.call{value: msg.value}(data);
        if (!ok) {
            assembly ("memory-safe") {
                // Bubble the callee's revert data unchanged so tests can decode it.
                revert(add(result, 32), mload(result))
            }
        }
    }

    /// @notice Reverts while refusing, accepts otherwise.
    receive() external payable {
        if (refusing) revert RevertingBidderRefused(msg.value);
    }
}
