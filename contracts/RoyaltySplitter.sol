// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {Clones} from "@openzeppelin/contracts/proxy/Clones.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {ReentrancyGuardTransient} from "@openzeppelin/contracts/utils/ReentrancyGuardTransient.sol";
import {IRoyaltySplitter} from "./interfaces/IRoyaltySplitter.sol";
import {SplitCodec} from "./libraries/SplitCodec.sol";
import {SafeSend} from "./libraries/SafeSend.sol";
import {Math} from "@openzeppelin/contracts/utils/math/Math.sol";

/// @title RoyaltySplitter
/// @notice Implementation behind one EIP-1167 clone per split set. The split lives in the
/// clone's immutable arguments (see SplitCodec), so a clone costs no storage to set up.
/// Income is divided lazily: the first call after money arrives credits every account its
/// floor share and the rounding dust to the first entry, so the credits always sum to the
/// income exactly and each account withdraws on its own; an account that cannot receive
/// only ever blocks itself.
/// @dev Clones delegate to this contract, so receiving ETH needs more than the 2,300 gas of
/// Solidity's `transfer`; every modern marketplace and our AuctionHouse send with more.
contract RoyaltySplitter is IRoyaltySplitter, ReentrancyGuardTransient {
    using SafeERC20 for IERC20;

    /// @dev Asset id of ETH in `token` arguments.
    address internal constant ETH = address(0);

    /// @dev Sum of credits not yet withdrawn, per asset (wei or token units).
    mapping(address token => uint256) private _held;
    /// @dev Credit per asset and account (wei or token units).
    mapping(address token => mapping(address account => uint256)) private _credit;

    /// @notice Accepts ETH from anyone; it is divided on the next distribute or withdraw.
    receive() external payable {}

    /*//////////////////////////////////////////////////////////////
                                 WRITES
    //////////////////////////////////////////////////////////////*/

    /// @inheritdoc IRoyaltySplitter
    function distribute(address token) external nonReentrant {
        _distribute(token, Clones.fetchCloneArgs(address(this)));
    }

    /// @inheritdoc IRoyaltySplitter
    function withdraw(address token, address account) external nonReentrant returns (uint256 amount) {
        bytes memory args = Clones.fetchCloneArgs(address(this));
        if (!_inSplit(args, account)) revert RoyaltySplitterUnknownAccount(account);
        _distribute(token, args);
        amount = _credit[token][account];
        if (amount == 0) revert RoyaltySplitterNothingOwed(token, account);
        // Effects before the interaction: the credit is gone before any code of `account` runs.
        _credit[token][account] = 0;
        _held[token] -= amount;
        if (token == ETH) {
            if (!SafeSend.tryPull(account, amount)) revert RoyaltySplitterTransferFailed(token, account, amount);
        } else {
            IERC20(token).safeTransfer(account, amount);
        }
        emit RoyaltySplitterWithdrawn(token, account, amount);
    }

    /*//////////////////////////////////////////////////////////////
                                 READS
    //////////////////////////////////////////////////////////////*/

    /// @inheritdoc IRoyaltySplitter
    function owed(address token, address account) external view returns (uint256 amount) {
        bytes memory args = Clones.fetchCloneArgs(address(this));
        amount = _credit[token][account];
        uint256 income = _income(token, _balance(token));
        if (income == 0) return amount;
        uint256 n = SplitCodec.count(args);
        uint256 given;
        for (uint256 i; i < n; ++i) {
            (address a,, uint16 bps) = SplitCodec.entry(args, i);
            uint256 part = Math.mulDiv(income, bps, SplitCodec.TOTAL_BPS);
            given += part;
            if (a == account) amount += part;
        }
        (address first,,) = SplitCodec.entry(args, 0);
        if (first == account) amount += income - given;
    }

    /// @inheritdoc IRoyaltySplitter
    function split() external view returns (address[] memory accounts, bytes32[] memory roles, uint16[] memory bps) {
        bytes memory args = Clones.fetchCloneArgs(address(this));
        uint256 n = SplitCodec.count(args);
        accounts = new address[](n);
        roles = new bytes32[](n);
        bps = new uint16[](n);
        for (uint256 i; i < n; ++i) {
            (accounts[i], roles[i], bps[i]) = SplitCodec.entry(args, i);
        }
    }

    /*//////////////////////////////////////////////////////////////
                               INTERNALS
    //////////////////////////////////////////////////////////////*/

    /// @dev Credits every account its share of income that arrived since the last call.
    function _distribute(address token, bytes memory args) private {
        uint256 balance = _balance(token);
        uint256 income = _income(token, balance);
        if (income == 0) return;
        uint256 n = SplitCodec.count(args);
        uint256 given;
        for (uint256 i; i < n; ++i) {
            (address account,, uint16 bps) = SplitCodec.entry(args, i);
            uint256 part = Math.mulDiv(income, bps, SplitCodec.TOTAL_BPS);
            _credit[token][account] += part;
            given += part;
        }
        // Floors leave at most n - 1 units; the first entry takes them so nothing is stranded.
        uint256 dust = income - given;
        if (dust > 0) {
            (address first,,) = SplitCodec.entry(args, 0);
            _credit[token][first] += dust;
        }
        _held[token] = balance;
        emit RoyaltySplitterDistributed(token, income, dust);
    }

    function _inSplit(bytes memory args, address account) private pure returns (bool) {
        uint256 n = SplitCodec.count(args);
        for (uint256 i; i < n; ++i) {
            (address a,,) = SplitCodec.entry(args, i);
            if (a == account) return true;
        }
        return false;
    }

    /// @dev Money not yet divided. Saturates at zero: a token whose balances can shrink
    /// (negative rebase) must not make every later call underflow.
    function _income(address token, uint256 balance) private view returns (uint256) {
        uint256 held = _held[token];
        return balance > held ? balance - held : 0;
    }

    function _balance(address token) private view returns (uint256) {
        return token == ETH ? address(this).balance : IERC20(token).balanceOf(address(this));
    }
}
