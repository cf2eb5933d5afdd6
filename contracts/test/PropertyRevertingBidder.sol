// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

/// @title PropertyRevertingBidder
/// @notice Test-only actor for the auction property tests: forwards any call (bids, withdrawals,
/// approvals, auctions) and, while hostile, reverts on every incoming ETH transfer.
contract PropertyRevertingBidder {
    /// @dev Raised by `receive` while hostile.
    error PropertyRevertingBidderRefused(uint256 amount);

    /// @notice Whether incoming ETH is refused.
    bool public hostile = true;

    /// @notice Refuse (true) or accept (false) incoming ETH from now on.
    function setHostile(bool hostile_) external {
        hostile = hostile_;
    }

    /// @notice Calls `target` with `data` and `msg.value`, bubbling any revert data unchanged.
    function execute(address target, bytes calldata data) external payable returns (bytes memory result) {
        bool ok;
        (ok, result) = target.call{value: msg.value}(data);
        if (!ok) {
            // Re-throw the callee's revert data so the caller sees its custom error.
            assembly ("memory-safe") {
                revert(add(result, 32), mload(result))
            }
        }
    }

    /// @notice Reverts while hostile; accepts otherwise.
    receive() external payable {
        if (hostile) revert PropertyRevertingBidderRefused(msg.value);
    }
}
