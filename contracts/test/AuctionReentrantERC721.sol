// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {ERC721} from "@openzeppelin/contracts/token/ERC721/ERC721.sol";
import {IAuctionHouse} from "../interfaces/IAuctionHouse.sol";

/// @title AuctionReentrantERC721
/// @notice Test only: an ERC-721 whose transferFrom, when armed, calls back into the auction
/// house after moving the token: createAuction, setReserve, cancelAuction or reclaimToken, as
/// configured. The contract can also hold tokens and act as a seller itself (through
/// `forward`), so the re-entrant call is one the house would accept outside a transfer; `strike`
/// makes that same call from outside any transfer to show it. Each re-entry attempt is logged,
/// and a failed one is either swallowed (the transfer goes through) or bubbled (the transfer
/// reverts with the house's revert data).
contract AuctionReentrantERC721 is ERC721 {
    /// @notice Which house function transferFrom calls.
    enum Target {
        /// @dev transferFrom only moves the token.
        None,
        /// @dev createAuction(nft, id, reserve, duration).
        CreateAuction,
        /// @dev setReserve(id, reserve), id being an auction id.
        SetReserve,
        /// @dev cancelAuction(id), id being an auction id.
        CancelAuction,
        /// @dev reclaimToken(nft, id).
        ReclaimToken
    }

    /// @notice The auction house this token attacks.
    IAuctionHouse public immutable HOUSE;
    /// @notice Function re-entered from transferFrom.
    Target public target;
    /// @notice Collection argument (CreateAuction, ReclaimToken).
    address public targetNft;
    /// @notice Token id (CreateAuction, ReclaimToken) or auction id (SetReserve, CancelAuction).
    uint256 public targetId;
    /// @notice Reserve argument (CreateAuction, SetReserve).
    uint256 public targetReserve;
    /// @notice Duration argument (CreateAuction).
    uint256 public targetDuration;
    /// @notice When true a failed re-entry reverts transferFrom with the house's revert data.
    bool public bubble;
    /// @dev Set while `strike` runs, so the transfers it causes do not re-enter.
    bool private _striking;

    /// @notice One re-entry attempt from transferFrom and its outcome.
    /// @param target Function called.
    /// @param tokenId Token whose transfer made the call.
    /// @param ok Whether the re-entrant call succeeded.
    /// @param result Its return or revert data.
    event ReentryAttempted(Target target, uint256 tokenId, bool ok, bytes result);

    /// @param house The auction house to attack.
    constructor(IAuctionHouse house) ERC721("Auction Reentrant", "ARE") {
        HOUSE = house;
    }

    /// @notice Mint `tokenId` to `to`; anyone may call (test token).
    function mint(address to, uint256 tokenId) external {
        _mint(to, tokenId);
    }

    /// @notice Choose the re-entry made from transferFrom (Target.None disarms).
    function configure(
        Target target_,
        address nft,
        uint256 id,
        uint256 reserve,
        uint256 duration,
        bool bubble_
    ) external {
        target = target_;
        targetNft = nft;
        targetId = id;
        targetReserve = reserve;
        targetDuration = duration;
        bubble = bubble_;
    }

    /// @notice Make the configured call from outside any transfer; reverts with the house's
    /// revert data when it fails.
    function strike() external returns (bytes memory result) {
        _striking = true;
        bool ok;
        (ok, result) = address(HOUSE).call(_reentryData(target));
        _striking = false;
        if (!ok) _bubble(result);
    }

    /// @notice Call `to` with `data` as this contract (to approve tokens, list them...);
    /// reverts with the callee's revert data when it fails.
    function forward(address to, bytes calldata data) external returns (bytes memory result) {
        bool ok;
        (ok, result) = to.call(data);
        if (!ok) _bubble(result);
    }

    /// @inheritdoc ERC721
    /// @dev Moves the token first, then re-enters the house when armed.
    function transferFrom(address from, address to, uint256 tokenId) public override {
        super.transferFrom(from, to, tokenId);
        Target t = target;
        if (t == Target.None || _striking) return;
        (bool ok, bytes memory result) = address(HOUSE).call(_reentryData(t));
        emit ReentryAttempted(t, tokenId, ok, result);
        if (!ok && bubble) _bubble(result);
    }

    function _reentryData(Target t) private view returns (bytes memory) {
        if (t == Target.CreateAuction) {
            return abi.encodeCall(IAuctionHouse.createAuction, (targetNft, targetId, targetReserve, targetDuration));
        }
        if (t == Target.SetReserve) return abi.encodeCall(IAuctionHouse.setReserve, (targetId, targetReserve));
        if (t == Target.CancelAuction) return abi.encodeCall(IAuctionHouse.cancelAuction, (targetId));
        if (t == Target.ReclaimToken) return abi.encodeCall(IAuctionHouse.reclaimToken, (targetNft, targetId));
        return "";
    }

    function _bubble(bytes memory result) private pure {
        assembly ("memory-safe") {
            // Revert with the callee's revert data unchanged so tests can decode it.
            revert(add(result, 32), mload(result))
        }
    }
}
