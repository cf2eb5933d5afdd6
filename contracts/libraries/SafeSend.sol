// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

/// @title SafeSend
/// @notice ETH sends that a hostile recipient cannot use to block the sender.
library SafeSend {
    /// @dev Gas given to a pushed refund: enough for a contract wallet's receive hook, too
    /// little to re-enter anything useful, and bounded so a gas-burning recipient costs the
    /// caller at most this much.
    uint256 internal constant PUSH_GAS = 30_000;

    /// @dev Sends `amount` with at most PUSH_GAS gas and no return data copied, so neither a
    /// revert, an out-of-gas nor a huge return payload reaches the caller.
    function tryPush(address to, uint256 amount) internal returns (bool ok) {
        assembly ("memory-safe") {
            ok := call(PUSH_GAS, to, amount, 0, 0, 0, 0)
        }
    }

    /// @dev Sends `amount` with all remaining gas, for pulls where the recipient asked for it.
    /// Return data is not copied.
    function tryPull(address to, uint256 amount) internal returns (bool ok) {
        assembly ("memory-safe") {
            ok := call(gas(), to, amount, 0, 0, 0, 0)
        }
    }
}
