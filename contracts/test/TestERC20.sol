// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";

/// @title TestERC20
/// @notice Plain ERC-20 for tests: anyone may mint.
contract TestERC20 is ERC20 {
    /// @param name_ Token name.
    /// @param symbol_ Token symbol.
    constructor(string memory name_, string memory symbol_) ERC20(name_, symbol_) {}

    /// @notice Mint `amount` units to `to`; open to anyone (test only).
    function mint(address to, uint256 amount) external {
        _mint(to, amount);
    }
}
