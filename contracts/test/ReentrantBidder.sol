// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {IAuctionHouse} from "../interfaces/IAuctionHouse.sol";

/// @title ReentrantBidder
/// @notice Test only: a bidder (or seller) that, on receiving ETH, calls back into the house:
/// placeBid, settle, withdraw or withdrawFor, as configured. It logs each attempt and either
/// swallows a failed re-entry (accepting the ETH) or bubbles it (refusing the ETH).
contract ReentrantBidder {
    /// @notice Which house function receive calls.
    enum Target {
        /// @dev Receive accepts and does nothing.
        None,
        /// @dev placeBid(auctionId) with the ETH just received.
        PlaceBid,
        /// @dev settle(auctionId).
        Settle,
        /// @dev withdraw().
        Withdraw,
        /// @dev withdrawFor(address(this)).
        WithdrawFor
    }

    /// @notice The auction house this bidder attacks.
    IAuctionHouse public immutable HOUSE;
    /// @notice Function re-entered on receive.
    Target public target;
    /// @notice Auction id used by PlaceBid and Settle re-entries.
    uint256 public targetAuctionId;
    /// @notice When true a failed re-entry reverts receive with the house's revert data.
    bool public bubble;

    /// @notice One re-entry attempt from receive and its outcome.
    /// @param target Function called.
    /// @param received ETH that triggered receive, in wei.
    /// @param ok Whether the re-entrant call succeeded.
    /// @param result Its return or revert data.
    event ReentryAttempted(Target target, uint256 received, bool ok, bytes result);

    /// @param house The auction house to attack.
    constructor(IAuctionHouse house) {
        HOUSE = house;
    }

    /// @notice Choose the re-entry made on receive.
    function configure(Target target_, uint256 auctionId, bool bubble_) external {
        target = target_;
        targetAuctionId = auctionId;
        bubble = bubble_;
    }

    /// @notice Bid msg.value on `auctionId`.
    function bid(uint256 auctionId) external payable {
        HOUSE.placeBid{value: msg.value}(auctionId);
    }

    /// @notice Withdraw this contract's credit from the house.
    function withdraw() external returns (uint256) {
        return HOUSE.withdraw();
    }

    /// @notice Call `target` with `data` and msg.value (to approve tokens, create auctions...).
    function forward(address to, bytes calldata data) external payable returns (bytes memory result) {
        bool ok;
        (ok, result) = to.call{value: msg.value}(data);
        if (!ok) {
            assembly ("memory-safe") {
                // Bubble the callee's revert data unchanged so tests can decode it.
                revert(add(result, 32), mload(result))
            }
        }
    }

    /// @notice Re-enters the house as configured.
    receive() external payable {
        Target t = target;
        if (t == Target.None) return;
        bytes memory data;
        uint256 value;
        if (t == Target.PlaceBid) {
            data = abi.encodeCall(IAuctionHouse.placeBid, (targetAuctionId));
            value = msg.value;
        } else if (t == Target.Settle) {
            data = abi.encodeCall(IAuctionHouse.settle, (targetAuctionId));
        } else if (t == Target.Withdraw) {
            data = abi.encodeCall(IAuctionHouse.withdraw, ());
        } else {
            data = abi.encodeCall(IAuctionHouse.withdrawFor, (address(this)));
        }
        (bool ok, bytes memory result) = address(HOUSE).call{value: value}(data);
        emit ReentryAttempted(t, msg.value, ok, result);
        if (!ok && bubble) {
            assembly ("memory-safe") {
                // Refuse the ETH with the house's own revert data.
                revert(add(result, 32), mload(result))
            }
        }
    }
}
