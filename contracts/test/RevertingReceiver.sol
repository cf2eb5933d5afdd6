// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

/// @title RevertingReceiver
/// @notice A splitter recipient whose `receive` reverts while `accepting` is false, so a
/// test can show that it blocks only itself and can still collect once it accepts.
contract RevertingReceiver {
    /// @dev Raised by `receive` while not accepting.
    error RevertingReceiverRefused(uint256 amount);

    /// @notice Whether `receive` accepts ETH.
    bool public accepting;

    /// @notice Turn acceptance of ETH on or off.
    function setAccepting(bool accepting_) external {
        accepting = accepting_;
    }

    /// @notice Reverts unless `accepting`.
    receive() external payable {
        if (!accepting) revert RevertingReceiverRefused(msg.value);
    }
}
