// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {IRoyaltySplitter} from "../interfaces/IRoyaltySplitter.sol";

/// @title SplitterReentrantReceiver
/// @notice A splitter recipient that re-enters the splitter from `receive`. In `catching`
/// mode it swallows the failure of the re-entrant call and records its revert data, so the
/// outer withdraw completes and the test can inspect what the attack achieved; otherwise the
/// failure bubbles up and the outer send fails.
contract SplitterReentrantReceiver {
    /// @notice What the re-entrant call does.
    enum Mode {
        None,
        WithdrawSelf,
        WithdrawOther,
        Distribute
    }

    /// @notice Splitter under attack.
    IRoyaltySplitter public splitter;
    /// @notice Re-entrant call made on the next receive.
    Mode public mode;
    /// @notice Account passed to a WithdrawOther re-entry.
    address public other;
    /// @notice Whether to swallow a failed re-entrant call.
    bool public catching;
    /// @notice Number of times `receive` ran.
    uint256 public receives;
    /// @notice Number of re-entrant calls that succeeded.
    uint256 public reentrySuccesses;
    /// @notice Revert data of the last failed re-entrant call.
    bytes public lastReentryError;

    /// @notice Configure the attack.
    function arm(IRoyaltySplitter splitter_, Mode mode_, address other_, bool catching_) external {
        splitter = splitter_;
        mode = mode_;
        other = other_;
        catching = catching_;
    }

    /// @notice Re-enters the splitter once per receive according to `mode`.
    receive() external payable {
        receives += 1;
        if (mode == Mode.None) return;
        bool ok;
        bytes memory data;
        if (mode == Mode.WithdrawSelf) {
            (ok, data) = address(splitter).call(abi.encodeCall(IRoyaltySplitter.withdraw, (address(0), address(this))));
        } else if (mode == Mode.WithdrawOther) {
            (ok, data) = address(splitter).call(abi.encodeCall(IRoyaltySplitter.withdraw, (address(0), other)));
        } else {
            (ok, data) = address(splitter).call(abi.encodeCall(IRoyaltySplitter.distribute, (address(0))));
        }
        if (ok) {
            reentrySuccesses += 1;
        } else {
            lastReentryError = data;
            if (!catching) {
                // Bubble the re-entrant call's revert data unchanged.
                assembly ("memory-safe") {
                    revert(add(data, 32), mload(data))
                }
            }
        }
    }
}
