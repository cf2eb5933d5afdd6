// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

/// @title IAuctionHouse
/// @notice Reserve English auctions for any ERC-721; primary sales of Colophon artworks pay
/// the token's split, resales pay the ERC-2981 royalty.
interface IAuctionHouse {
    /// @notice One auction, packed into four storage slots.
    struct Auction {
        /// @dev ERC-721 contract of the escrowed token.
        address nft;
        /// @dev Lowest first bid, in wei.
        uint96 reserve;
        /// @dev Escrowed token id.
        uint256 tokenId;
        /// @dev Seller who escrowed the token.
        address seller;
        /// @dev Unix end time; 0 until the first bid starts the countdown.
        uint40 endTime;
        /// @dev Countdown length in seconds, started by the first bid.
        uint32 duration;
        /// @dev True when the seller is the token's contributor: proceeds follow the split.
        bool primary;
        /// @dev Current highest bidder; zero before the first bid.
        address bidder;
        /// @dev Current highest bid, in wei.
        uint96 amount;
    }

    /// @dev The caller does not own the token it tries to auction.
    error AuctionHouseNotTokenOwner(address nft, uint256 tokenId, address caller);
    /// @dev Duration outside [MIN_DURATION, MAX_DURATION] seconds.
    error AuctionHouseInvalidDuration(uint256 duration, uint256 minDuration, uint256 maxDuration);
    /// @dev Reserve is zero or above type(uint96).max.
    error AuctionHouseInvalidReserve(uint256 reserve);
    /// @dev No live auction with this id.
    error AuctionHouseNoAuction(uint256 auctionId);
    /// @dev Only the seller may do this.
    error AuctionHouseNotSeller(uint256 auctionId, address caller);
    /// @dev The auction has bids; it can no longer be cancelled or repriced.
    error AuctionHouseAlreadyStarted(uint256 auctionId);
    /// @dev A first bid must be at least the reserve.
    error AuctionHouseBidBelowReserve(uint256 auctionId, uint256 reserve, uint256 sent);
    /// @dev A later bid must be at least `minimum` (the current bid plus the increment).
    error AuctionHouseBidTooLow(uint256 auctionId, uint256 minimum, uint256 sent);
    /// @dev The seller cannot bid on their own auction.
    error AuctionHouseSellerCannotBid(uint256 auctionId);
    /// @dev The auction ended at `endTime`.
    error AuctionHouseAuctionEnded(uint256 auctionId, uint256 endTime);
    /// @dev The auction has no bid yet, so there is nothing to settle.
    error AuctionHouseNotStarted(uint256 auctionId);
    /// @dev The auction runs until `endTime`.
    error AuctionHouseNotEnded(uint256 auctionId, uint256 endTime);
    /// @dev Nothing credited to the caller.
    error AuctionHouseNothingToWithdraw(address account);
    /// @dev Sending the caller's credit failed; it stays credited.
    error AuctionHouseWithdrawFailed(address account, uint256 amount);
    /// @dev Platform fee above the on-chain cap.
    error AuctionHouseFeeTooHigh(uint16 feeBps, uint16 maxBps);
    /// @dev Zero address where an account is required.
    error AuctionHouseZeroAddress();
    /// @dev No undelivered token of this seller is held for this (nft, tokenId).
    error AuctionHouseNothingToReclaim(address nft, uint256 tokenId, address caller);

    /// @notice A token was escrowed and an auction opened.
    event AuctionCreated(
        uint256 indexed auctionId,
        address indexed seller,
        address indexed nft,
        uint256 tokenId,
        uint256 reserve,
        uint256 duration,
        bool primary
    );
    /// @notice A bid became the highest; `extended` says whether it moved the end time.
    event AuctionBid(uint256 indexed auctionId, address indexed bidder, uint256 amount, uint256 endTime, bool extended);
    /// @notice The seller changed the reserve before any bid.
    event AuctionReserveUpdated(uint256 indexed auctionId, uint256 reserve);
    /// @notice The seller cancelled before any bid; the token went back.
    event AuctionCanceled(uint256 indexed auctionId, address indexed seller);
    /// @notice The auction closed. When `tokenTransferred` is false the token could not be
    /// delivered and the winner was refunded instead of paying.
    event AuctionSettled(
        uint256 indexed auctionId,
        address indexed winner,
        uint256 amount,
        uint256 fee,
        address royaltyReceiver,
        uint256 royalty,
        uint256 sellerProceeds,
        bool tokenTransferred
    );
    /// @notice A token could not be delivered at settle; its seller may reclaim it.
    event TokenReclaimable(uint256 indexed auctionId, address indexed seller, address nft, uint256 tokenId);
    /// @notice The seller took back a token that could not be delivered.
    event TokenReclaimed(address indexed seller, address indexed nft, uint256 tokenId);
    /// @notice A collection's contributor sales were marked primary or not.
    event PrimaryCollectionUpdated(address indexed nft, bool primary);
    /// @notice A payment could not be pushed and was credited for `withdraw()`.
    event RefundDeferred(address indexed account, uint256 amount);
    /// @notice Credit was withdrawn.
    event Withdrawn(address indexed account, uint256 amount);
    /// @notice The platform fee changed.
    event PlatformFeeUpdated(address recipient, uint16 feeBps);

    /// @notice Escrow a token and open an auction; returns its id.
    function createAuction(address nft, uint256 tokenId, uint256 reserve, uint256 duration)
        external
        returns (uint256 auctionId);
    /// @notice Bid msg.value; refunds the previous bidder.
    function placeBid(uint256 auctionId) external payable;
    /// @notice Close an ended auction: deliver the token and pay everyone. Anyone may call.
    function settle(uint256 auctionId) external;
    /// @notice Seller takes the token back before any bid.
    function cancelAuction(uint256 auctionId) external;
    /// @notice Seller changes the reserve before any bid.
    function setReserve(uint256 auctionId, uint256 reserve) external;
    /// @notice Seller takes back a token whose delivery failed at settle.
    function reclaimToken(address nft, uint256 tokenId) external;
    /// @notice Withdraw the caller's payments that could not be pushed.
    function withdraw() external returns (uint256 amount);
    /// @notice Pay `account` its deferred payments; anyone may call (a splitter cannot call
    /// for itself), the money only ever goes to `account`.
    function withdrawFor(address account) external returns (uint256 amount);
    /// @notice Current state of an auction (all zero once settled or cancelled).
    function auctionOf(uint256 auctionId) external view returns (Auction memory);
    /// @notice Lowest bid accepted now.
    function minimumBid(uint256 auctionId) external view returns (uint256);
    /// @notice Credit awaiting `withdraw()`.
    function pendingWithdrawal(address account) external view returns (uint256);
}
