// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

/// @title IArtwork
/// @notice Structs, errors, events and reads of the Colophon Artwork token: an ERC-721 whose
/// provenance fields are fixed at mint and never change.
interface IArtwork {
    /*//////////////////////////////////////////////////////////////
                                STRUCTS
    //////////////////////////////////////////////////////////////*/

    /// @notice One entry of a role-tagged royalty split.
    struct Share {
        /// @dev Account paid by the splitter.
        address account;
        /// @dev Role id, a right-padded ASCII name such as bytes32("prompter").
        bytes32 role;
        /// @dev Share in basis points (1 = 0.01%); a split's shares sum to 10,000.
        uint16 bps;
    }

    /// @notice What the attestor signs (EIP-712 `MintRequest`) and the contributor sends.
    struct MintRequest {
        /// @dev Receives the token.
        address to;
        /// @dev Human contributor; must be the sender of the mint.
        address contributor;
        /// @dev sha256 of the image file; unique across all tokens.
        bytes32 contentHash;
        /// @dev sha256 of the RFC 8785 canonical bytes of the signed provenance record.
        bytes32 recordHash;
        /// @dev sha256 of the ONNX model file.
        bytes32 modelHash;
        /// @dev Trainer who signed the model card.
        address trainer;
        /// @dev sha256 of the ERC-721 metadata JSON; the token URI is its CIDv1 (raw, sha2-256).
        bytes32 metadataDigest;
        /// @dev Secondary-sale royalty in basis points, at most MAX_ROYALTY_BPS.
        uint16 royaltyBps;
        /// @dev Unix time after which the attestation is void.
        uint64 deadline;
        /// @dev Single-use attestation nonce (unordered: any unused value works).
        uint256 nonce;
        /// @dev Role-tagged split, sorted by (account, role) ascending, summing to 10,000 bps.
        Share[] shares;
    }

    /// @notice A token's provenance as fixed at mint.
    struct Provenance {
        /// @dev sha256 of the image file.
        bytes32 contentHash;
        /// @dev sha256 of the canonical provenance record.
        bytes32 recordHash;
        /// @dev sha256 of the ONNX model file.
        bytes32 modelHash;
        /// @dev sha256 of the metadata JSON behind tokenURI.
        bytes32 metadataDigest;
        /// @dev Human contributor who minted it.
        address contributor;
        /// @dev Unix time of the mint.
        uint64 mintedAt;
        /// @dev Secondary-sale royalty in basis points.
        uint16 royaltyBps;
        /// @dev Trainer named by the model card.
        address trainer;
        /// @dev RoyaltySplitter clone for the token's split; receives royalties and first sales.
        address splitter;
    }

    /*//////////////////////////////////////////////////////////////
                                 ERRORS
    //////////////////////////////////////////////////////////////*/

    /// @dev The attestation's deadline has passed.
    error ArtworkAttestationExpired(uint64 deadline, uint256 now_);
    /// @dev Only the request's contributor may send its mint.
    error ArtworkSenderNotContributor(address sender, address contributor);
    /// @dev A required field is zero; `field` is its name as right-padded ASCII.
    error ArtworkEmptyField(bytes32 field);
    /// @dev Royalty above the on-chain cap.
    error ArtworkRoyaltyTooHigh(uint16 royaltyBps, uint16 maxBps);
    /// @dev The image was minted before, as `tokenId`.
    error ArtworkContentAlreadyMinted(bytes32 contentHash, uint256 tokenId);
    /// @dev The attestation nonce was used before.
    error ArtworkNonceUsed(uint256 nonce);
    /// @dev The signature does not recover to any address.
    error ArtworkInvalidSignature();
    /// @dev The signature recovers to an address the owner has not authorised.
    error ArtworkUnauthorizedAttestor(address signer);
    /// @dev Split has no entries or more than MAX_SHARES.
    error ArtworkSplitLength(uint256 length, uint256 maxLength);
    /// @dev Entry `index` has a zero account, zero role or zero share.
    error ArtworkShareInvalid(uint256 index);
    /// @dev Entry `index` is not strictly after the one before it in (account, role) order.
    error ArtworkSplitUnsorted(uint256 index);
    /// @dev Shares do not sum to exactly 10,000 bps.
    error ArtworkSplitSum(uint256 sumBps);
    /// @dev No such token.
    error ArtworkNonexistentToken(uint256 tokenId);

    /*//////////////////////////////////////////////////////////////
                                 EVENTS
    //////////////////////////////////////////////////////////////*/

    /// @notice A token was minted; carries every provenance field an indexer needs.
    event ArtworkMinted(
        uint256 indexed tokenId,
        address indexed contributor,
        bytes32 indexed contentHash,
        bytes32 recordHash,
        bytes32 modelHash,
        address trainer,
        address splitter,
        uint16 royaltyBps,
        bytes32 metadataDigest
    );
    /// @notice A splitter clone was deployed for a new split set.
    event SplitterCreated(address indexed splitter, Share[] shares);
    /// @notice An attestor was authorised or revoked.
    event AttestorUpdated(address indexed attestor, bool allowed);
    /// @notice The prefix of every token URI changed (for example to an HTTPS gateway).
    event TokenURIPrefixUpdated(string prefix);

    /*//////////////////////////////////////////////////////////////
                                 READS
    //////////////////////////////////////////////////////////////*/

    /// @notice Provenance fixed at mint.
    function provenanceOf(uint256 tokenId) external view returns (Provenance memory);
    /// @notice The role-tagged split of a token, read from its splitter.
    function sharesOf(uint256 tokenId) external view returns (Share[] memory);
    /// @notice Token id of an image hash, 0 when none.
    function tokenByContentHash(bytes32 contentHash) external view returns (uint256);
    /// @notice Human contributor of a token (the seller whose sale counts as primary).
    function contributorOf(uint256 tokenId) external view returns (address);
    /// @notice Splitter of a token's split.
    function splitterOf(uint256 tokenId) external view returns (address);
    /// @notice Whether `account` may sign mint attestations.
    function isAttestor(address account) external view returns (bool);
    /// @notice Address of the splitter for a split set, deployed or not.
    function splitterFor(Share[] calldata shares) external view returns (address);
    /// @notice Whether an attestation nonce was used.
    function nonceUsed(uint256 nonce) external view returns (bool);
}
