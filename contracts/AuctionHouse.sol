// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {IERC721} from "@openzeppelin/contracts/token/ERC721/IERC721.sol";
import {IERC2981} from "@openzeppelin/contracts/interfaces/IERC2981.sol";
import {Ownable} from "@openzeppelin/contracts/access/Ownable.sol";
import {ReentrancyGuardTransient} from "@openzeppelin/contracts/utils/ReentrancyGuardTransient.sol";
import {IAuctionHouse} from "./interfaces/IAuctionHouse.sol";
import {IArtwork} from "./interfaces/IArtwork.sol";
import {SafeSend} from "./libraries/SafeSend.sol";

/// @title AuctionHouse
/// @notice Reserve English auctions for any ERC-721. The seller escrows the token; the first bid
/// at or above the reserve starts the countdown; each later bid beats the last by 10%; a bid in
/// the last 15 minutes pushes the end to 15 minutes after it. Every payment is pushed with a
/// gas cap and, when the push fails, credited for withdrawal, so no bidder, seller, royalty
/// receiver or token can block bids or settlement. When the seller is the token's contributor
/// (a Colophon first sale) the proceeds go to the token's splitter; otherwise the token's
/// ERC-2981 royalty is paid and the rest goes to the seller.
contract AuctionHouse is IAuctionHouse, Ownable, ReentrancyGuardTransient {
    /*//////////////////////////////////////////////////////////////
                               CONSTANTS
    //////////////////////////////////////////////////////////////*/

    /// @notice A later bid must exceed the current one by this much, in basis points (10%).
    uint256 public constant MIN_INCREMENT_BPS = 1_000;
    /// @notice A bid this close to the end, in seconds, moves the end to this long after it.
    uint256 public constant EXTENSION_WINDOW = 15 minutes;
    /// @notice Shortest countdown, in seconds.
    uint256 public constant MIN_DURATION = 15 minutes;
    /// @notice Longest countdown, in seconds.
    uint256 public constant MAX_DURATION = 30 days;
    /// @notice Highest platform fee, in basis points (10%).
    uint16 public constant MAX_FEE_BPS = 1_000;
    /// @notice Most of a resale price a token's royalty may take, in basis points (50%); a
    /// larger claim is cut to this so a token contract cannot take the whole sale.
    uint256 public constant MAX_ROYALTY_BPS = 5_000;
    /// @dev Gas for calls into the token contract that only read (royaltyInfo, contributorOf).
    uint256 private constant VIEW_GAS = 50_000;

    /*//////////////////////////////////////////////////////////////
                                STORAGE
    //////////////////////////////////////////////////////////////*/

    /// @dev Live auctions; deleted at settle or cancel.
    mapping(uint256 auctionId => Auction) private _auctions;
    /// @dev Payments whose push failed, in wei.
    mapping(address account => uint256) private _pending;
    /// @dev Seller of each token held after a failed delivery, by keccak256(nft, tokenId).
    mapping(bytes32 key => address seller) private _reclaimable;
    /// @dev Collections (Colophon Artwork deployments) whose contributor sales follow the split.
    mapping(address nft => bool) private _primaryCollections;
    /// @dev Last auction id handed out.
    uint256 private _lastAuctionId;
    /// @notice Receives the platform fee.
    address public feeRecipient;
    /// @notice Platform fee in basis points of the winning bid.
    uint16 public feeBps;

    /// @param initialOwner Sets the platform fee.
    /// @param feeRecipient_ Receives the platform fee.
    /// @param feeBps_ Platform fee in basis points, at most MAX_FEE_BPS.
    constructor(address initialOwner, address feeRecipient_, uint16 feeBps_) Ownable(initialOwner) {
        _setPlatformFee(feeRecipient_, feeBps_);
    }

    /*//////////////////////////////////////////////////////////////
                                SELLERS
    //////////////////////////////////////////////////////////////*/

    /// @inheritdoc IAuctionHouse
    function createAuction(address nft, uint256 tokenId, uint256 reserve, uint256 duration)
        external
        nonReentrant
        returns (uint256 auctionId)
    {
        if (duration < MIN_DURATION || duration > MAX_DURATION) {
            revert AuctionHouseInvalidDuration(duration, MIN_DURATION, MAX_DURATION);
        }
        if (reserve == 0 || reserve > type(uint96).max) revert AuctionHouseInvalidReserve(reserve);
        if (IERC721(nft).ownerOf(tokenId) != msg.sender) revert AuctionHouseNotTokenOwner(nft, tokenId, msg.sender);
        bool primary = _primaryCollections[nft] && _contributorOf(nft, tokenId) == msg.sender;
        // A reclaim record from an earlier failed delivery of this id is void once the token is
        // escrowed again (it was burned and re-minted, or moved on): its old seller must not
        // be able to take the new seller's token.
        delete _reclaimable[keccak256(abi.encode(nft, tokenId))];
        IERC721(nft).transferFrom(msg.sender, address(this), tokenId);
        unchecked {
            // Sequential ids from 1; cannot overflow.
            auctionId = ++_lastAuctionId;
        }
        _auctions[auctionId] = Auction({
            nft: nft,
            reserve: uint96(reserve),
            tokenId: tokenId,
            seller: msg.sender,
            endTime: 0,
            duration: uint32(duration),
            primary: primary,
            bidder: address(0),
            amount: 0
        });
        emit AuctionCreated(auctionId, msg.sender, nft, tokenId, reserve, duration, primary);
    }

    /// @inheritdoc IAuctionHouse
    function setReserve(uint256 auctionId, uint256 reserve) external nonReentrant {
        Auction storage a = _sellerAuctionBeforeBids(auctionId);
        if (reserve == 0 || reserve > type(uint96).max) revert AuctionHouseInvalidReserve(reserve);
        a.reserve = uint96(reserve);
        emit AuctionReserveUpdated(auctionId, reserve);
    }

    /// @inheritdoc IAuctionHouse
    function cancelAuction(uint256 auctionId) external nonReentrant {
        Auction storage a = _sellerAuctionBeforeBids(auctionId);
        (address nft, uint256 tokenId, address seller) = (a.nft, a.tokenId, a.seller);
        delete _auctions[auctionId];
        IERC721(nft).transferFrom(address(this), seller, tokenId);
        emit AuctionCanceled(auctionId, seller);
    }

    /*//////////////////////////////////////////////////////////////
                                BIDDERS
    //////////////////////////////////////////////////////////////*/

    /// @inheritdoc IAuctionHouse
    function placeBid(uint256 auctionId) external payable nonReentrant {
        Auction storage a = _auctions[auctionId];
        address seller = a.seller;
        if (seller == address(0)) revert AuctionHouseNoAuction(auctionId);
        if (msg.sender == seller) revert AuctionHouseSellerCannotBid(auctionId);
        address previousBidder = a.bidder;
        uint256 previousAmount = a.amount;
        uint256 endTime;
        bool extended;
        if (previousBidder == address(0)) {
            if (msg.value < a.reserve) revert AuctionHouseBidBelowReserve(auctionId, a.reserve, msg.value);
            endTime = block.timestamp + a.duration;
        } else {
            endTime = a.endTime;
            if (block.timestamp >= endTime) revert AuctionHouseAuctionEnded(auctionId, endTime);
            uint256 minimum = _nextMinimum(previousAmount);
            if (msg.value < minimum) revert AuctionHouseBidTooLow(auctionId, minimum, msg.value);
            if (endTime - block.timestamp < EXTENSION_WINDOW) {
                endTime = block.timestamp + EXTENSION_WINDOW;
                extended = true;
            }
        }
        // A bid above uint96 would need more ether than exists; checked so the cast is exact.
        if (msg.value > type(uint96).max) revert AuctionHouseInvalidReserve(msg.value);
        a.endTime = uint40(endTime);
        a.bidder = msg.sender;
        a.amount = uint96(msg.value);
        emit AuctionBid(auctionId, msg.sender, msg.value, endTime, extended);
        if (previousBidder != address(0)) _pushOrCredit(previousBidder, previousAmount);
    }

    /// @inheritdoc IAuctionHouse
    function settle(uint256 auctionId) external nonReentrant {
        Auction memory a = _auctions[auctionId];
        if (a.seller == address(0)) revert AuctionHouseNoAuction(auctionId);
        if (a.bidder == address(0)) revert AuctionHouseNotStarted(auctionId);
        if (block.timestamp < a.endTime) revert AuctionHouseNotEnded(auctionId, a.endTime);
        delete _auctions[auctionId];

        if (!_tryTransferToken(a.nft, a.bidder, a.tokenId)) {
            // The token cannot be delivered: the winner gets the bid back instead of losing it,
            // and the seller may take the token back once its contract lets it move again.
            _reclaimable[keccak256(abi.encode(a.nft, a.tokenId))] = a.seller;
            _pushOrCredit(a.bidder, a.amount);
            emit TokenReclaimable(auctionId, a.seller, a.nft, a.tokenId);
            emit AuctionSettled(auctionId, a.bidder, a.amount, 0, address(0), 0, 0, false);
            return;
        }

        uint256 amount = a.amount;
        uint256 fee = amount * feeBps / 10_000;
        uint256 rest = amount - fee;
        (address receiver, uint256 royalty) = _royaltyOf(a.nft, a.tokenId, amount);
        if (a.primary && receiver != address(0)) {
            // First sale by the contributor: everything after the fee follows the split.
            royalty = rest;
        } else if (receiver == address(0)) {
            royalty = 0;
        } else {
            // fee <= 10% and royalty <= 50%, so the royalty always fits in what the fee leaves.
            uint256 cap = amount * MAX_ROYALTY_BPS / 10_000;
            if (royalty > cap) royalty = cap;
        }
        uint256 sellerProceeds = rest - royalty;
        _pushOrCredit(feeRecipient, fee);
        _pushOrCredit(receiver, royalty);
        _pushOrCredit(a.seller, sellerProceeds);
        emit AuctionSettled(auctionId, a.bidder, amount, fee, receiver, royalty, sellerProceeds, true);
    }

    /// @inheritdoc IAuctionHouse
    function reclaimToken(address nft, uint256 tokenId) external nonReentrant {
        bytes32 key = keccak256(abi.encode(nft, tokenId));
        if (_reclaimable[key] != msg.sender) {
            revert AuctionHouseNothingToReclaim(nft, tokenId, msg.sender);
        }
        delete _reclaimable[key];
        IERC721(nft).transferFrom(address(this), msg.sender, tokenId);
        emit TokenReclaimed(msg.sender, nft, tokenId);
    }

    /// @inheritdoc IAuctionHouse
    function withdraw() external nonReentrant returns (uint256) {
        return _withdraw(msg.sender);
    }

    /// @inheritdoc IAuctionHouse
    function withdrawFor(address account) external nonReentrant returns (uint256) {
        return _withdraw(account);
    }

    /*//////////////////////////////////////////////////////////////
                                 OWNER
    //////////////////////////////////////////////////////////////*/

    /// @notice Set the platform fee, at most MAX_FEE_BPS.
    function setPlatformFee(address recipient, uint16 bps) external onlyOwner {
        _setPlatformFee(recipient, bps);
    }

    /// @notice Mark a collection whose sales by a token's contributor are first sales paid to
    /// the token's split. Only Colophon Artwork deployments belong here: any other contract
    /// could name the seller as contributor and route the proceeds to a receiver of its choice.
    function setPrimaryCollection(address nft, bool primary) external onlyOwner {
        if (nft == address(0)) revert AuctionHouseZeroAddress();
        _primaryCollections[nft] = primary;
        emit PrimaryCollectionUpdated(nft, primary);
    }

    /*//////////////////////////////////////////////////////////////
                                 READS
    //////////////////////////////////////////////////////////////*/

    /// @inheritdoc IAuctionHouse
    function auctionOf(uint256 auctionId) external view returns (Auction memory) {
        return _auctions[auctionId];
    }

    /// @inheritdoc IAuctionHouse
    function minimumBid(uint256 auctionId) external view returns (uint256) {
        Auction storage a = _auctions[auctionId];
        if (a.seller == address(0)) revert AuctionHouseNoAuction(auctionId);
        return a.bidder == address(0) ? a.reserve : _nextMinimum(a.amount);
    }

    /// @inheritdoc IAuctionHouse
    function pendingWithdrawal(address account) external view returns (uint256) {
        return _pending[account];
    }

    /// @notice Whether contributor sales of `nft` are first sales paid to the split.
    function isPrimaryCollection(address nft) external view returns (bool) {
        return _primaryCollections[nft];
    }

    /// @notice Number of auctions ever created (ids are 1..totalAuctions).
    function totalAuctions() external view returns (uint256) {
        return _lastAuctionId;
    }

    /*//////////////////////////////////////////////////////////////
                               INTERNALS
    //////////////////////////////////////////////////////////////*/

    function _sellerAuctionBeforeBids(uint256 auctionId) private view returns (Auction storage a) {
        a = _auctions[auctionId];
        if (a.seller == address(0)) revert AuctionHouseNoAuction(auctionId);
        if (a.seller != msg.sender) revert AuctionHouseNotSeller(auctionId, msg.sender);
        if (a.bidder != address(0)) revert AuctionHouseAlreadyStarted(auctionId);
    }

    /// @dev Current bid plus 10%, and at least one wei more.
    function _nextMinimum(uint256 amount) private pure returns (uint256) {
        uint256 step = amount * MIN_INCREMENT_BPS / 10_000;
        return amount + (step == 0 ? 1 : step);
    }

    function _pushOrCredit(address to, uint256 amount) private {
        if (amount == 0) return;
        if (!SafeSend.tryPush(to, amount)) {
            _pending[to] += amount;
            emit RefundDeferred(to, amount);
        }
    }

    function _withdraw(address account) private returns (uint256 amount) {
        amount = _pending[account];
        if (amount == 0) revert AuctionHouseNothingToWithdraw(account);
        _pending[account] = 0;
        if (!SafeSend.tryPull(account, amount)) revert AuctionHouseWithdrawFailed(account, amount);
        emit Withdrawn(account, amount);
    }

    function _setPlatformFee(address recipient, uint16 bps) private {
        if (bps > MAX_FEE_BPS) revert AuctionHouseFeeTooHigh(bps, MAX_FEE_BPS);
        if (recipient == address(0)) revert AuctionHouseZeroAddress();
        feeRecipient = recipient;
        feeBps = bps;
        emit PlatformFeeUpdated(recipient, bps);
    }

    /// @dev transferFrom with return data ignored and not copied, so a token that reverts,
    /// returns garbage or a huge payload cannot stop settlement.
    function _tryTransferToken(address nft, address to, uint256 tokenId) private returns (bool ok) {
        bytes memory data = abi.encodeCall(IERC721.transferFrom, (address(this), to, tokenId));
        assembly ("memory-safe") {
            ok := call(gas(), nft, 0, add(data, 32), mload(data), 0, 0)
        }
    }

    /// @dev ERC-2981 royalty, or (0, 0) when the token has none or answers badly. A static
    /// call with capped gas and only 64 bytes of return data read, so it cannot grief settle.
    function _royaltyOf(address nft, uint256 tokenId, uint256 price)
        private
        view
        returns (address receiver, uint256 royalty)
    {
        bytes memory data = abi.encodeCall(IERC2981.royaltyInfo, (tokenId, price));
        bool ok;
        uint256 size;
        uint256 word;
        assembly ("memory-safe") {
            // Return data lands in the scratch space (0..64); nothing more is copied.
            ok := staticcall(VIEW_GAS, nft, add(data, 32), mload(data), 0, 64)
            size := returndatasize()
            word := mload(0)
            royalty := mload(32)
        }
        // Upper bits set means the first word is not an ABI-encoded address.
        if (!ok || size < 64 || word >> 160 != 0) return (address(0), 0);
        receiver = address(uint160(word));
    }

    /// @dev Colophon contributor of the token, or zero for tokens that do not say.
    function _contributorOf(address nft, uint256 tokenId) private view returns (address contributor) {
        bytes memory data = abi.encodeCall(IArtwork.contributorOf, (tokenId));
        bool ok;
        uint256 size;
        uint256 word;
        assembly ("memory-safe") {
            // Return data lands in the scratch space (0..32); nothing more is copied.
            ok := staticcall(VIEW_GAS, nft, add(data, 32), mload(data), 0, 32)
            size := returndatasize()
            word := mload(0)
        }
        if (!ok || size < 32 || word >> 160 != 0) return address(0);
        contributor = address(uint160(word));
    }
}
