// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

/// @title IRoyaltySplitter
/// @notice A pull-based receiver that divides everything it holds by a fixed role-tagged split.
interface IRoyaltySplitter {
    /// @dev The account is not in this splitter's split.
    error RoyaltySplitterUnknownAccount(address account);
    /// @dev Nothing is owed to the account in this asset.
    error RoyaltySplitterNothingOwed(address token, address account);
    /// @dev Paying the account failed; its credit is kept for a later try.
    error RoyaltySplitterTransferFailed(address token, address account, uint256 amount);

    /// @notice New income was divided among the accounts; `dust` went to the first entry.
    event RoyaltySplitterDistributed(address indexed token, uint256 amount, uint256 dust);
    /// @notice An account was paid its credit.
    event RoyaltySplitterWithdrawn(address indexed token, address indexed account, uint256 amount);

    /// @notice Divide new income, then pay `account` everything credited to it in `token`
    /// (address(0) for ETH). Anyone may call; the money only ever goes to `account`.
    function withdraw(address token, address account) external returns (uint256 amount);
    /// @notice Divide income that arrived since the last division.
    function distribute(address token) external;
    /// @notice What `account` would receive from `withdraw` now.
    function owed(address token, address account) external view returns (uint256);
    /// @notice The split as (accounts, roles, bps), in (account, role) order.
    function split() external view returns (address[] memory accounts, bytes32[] memory roles, uint16[] memory bps);
}
