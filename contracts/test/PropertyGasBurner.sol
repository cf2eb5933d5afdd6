// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

/// @title PropertyGasBurner
/// @notice Test-only actor for the auction property tests: forwards any call (bids, withdrawals,
/// approvals, auctions) and, while hostile, burns all the gas it is given on incoming ETH.
contract PropertyGasBurner {
    /// @notice Whether incoming ETH burns all forwarded gas.
    bool public hostile = true;

    /// @notice Burn gas (true) or accept ETH quietly (false) from now on.
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

    /// @notice Loops until out of gas while hostile; accepts otherwise.
    receive() external payable {
        if (hostile) {
            // An endless loop: every unit of forwarded gas is spent and the call fails.
            while (true) {}
        }
    }
}
