// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";

/// @title SplitterBlocklistERC20
/// @notice ERC-20 for splitter tests that refuses transfers to blocked accounts, as
/// stablecoins with a blocklist do.
contract SplitterBlocklistERC20 is ERC20 {
    /// @dev A transfer to a blocked account.
    error SplitterBlocklistERC20Blocked(address account);

    /// @notice Accounts that cannot receive.
    mapping(address account => bool) public blocked;

    constructor() ERC20("Blocklist", "BLK") {}

    /// @notice Mint `amount` units to `to`; open to anyone (test only).
    function mint(address to, uint256 amount) external {
        _mint(to, amount);
    }

    /// @notice Block or unblock `account` as a receiver.
    function setBlocked(address account, bool blocked_) external {
        blocked[account] = blocked_;
    }

    function _update(address from, address to, uint256 value) internal override {
        if (blocked[to]) revert SplitterBlocklistERC20Blocked(to);
        super._update(from, to, value);
    }
}
