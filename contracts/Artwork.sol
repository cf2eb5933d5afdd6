// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {ERC721} from "@openzeppelin/contracts/token/ERC721/ERC721.sol";
import {IERC2981} from "@openzeppelin/contracts/interfaces/IERC2981.sol";
import {IERC4906} from "@openzeppelin/contracts/interfaces/IERC4906.sol";
import {IERC165} from "@openzeppelin/contracts/utils/introspection/IERC165.sol";
import {Ownable} from "@openzeppelin/contracts/access/Ownable.sol";
import {EIP712} from "@openzeppelin/contracts/utils/cryptography/EIP712.sol";
import {ECDSA} from "@openzeppelin/contracts/utils/cryptography/ECDSA.sol";
import {Clones} from "@openzeppelin/contracts/proxy/Clones.sol";
import {IArtwork} from "./interfaces/IArtwork.sol";
import {SplitCodec} from "./libraries/SplitCodec.sol";
import {CidV1} from "./libraries/CidV1.sol";

/// @title Artwork
/// @notice ERC-721 for AI artworks. A token can only be minted by its human contributor with an
/// EIP-712 attestation from an authorised attestor (the server that ran the model), and it fixes
/// for ever the image hash (unique), the provenance record hash, the model hash, the trainer and
/// the role-tagged split. Royalties (ERC-2981) and first sales go to a RoyaltySplitter clone
/// per split set. No function changes a token's provenance after mint, the owner's included.
contract Artwork is ERC721, IERC2981, IERC4906, IArtwork, Ownable, EIP712 {
    /*//////////////////////////////////////////////////////////////
                               CONSTANTS
    //////////////////////////////////////////////////////////////*/

    /// @notice Highest secondary-sale royalty, in basis points (25%).
    uint16 public constant MAX_ROYALTY_BPS = 2_500;

    /// @dev EIP-712 type of one split entry.
    bytes32 private constant SHARE_TYPEHASH = keccak256("Share(address account,bytes32 role,uint16 bps)");
    /// @dev EIP-712 type of the mint attestation; referenced types follow the primary type.
    bytes32 private constant MINT_REQUEST_TYPEHASH = keccak256(
        "MintRequest(address to,address contributor,bytes32 contentHash,bytes32 recordHash,bytes32 modelHash,address trainer,bytes32 metadataDigest,uint16 royaltyBps,uint64 deadline,uint256 nonce,Share[] shares)"
        "Share(address account,bytes32 role,uint16 bps)"
    );

    /// @notice Implementation behind every splitter clone.
    address public immutable SPLITTER_IMPLEMENTATION;

    /*//////////////////////////////////////////////////////////////
                                STORAGE
    //////////////////////////////////////////////////////////////*/

    /// @dev Provenance per token id, seven slots.
    mapping(uint256 tokenId => Provenance) private _provenance;
    /// @dev Token id per image hash; 0 means not minted (ids start at 1).
    mapping(bytes32 contentHash => uint256) private _tokenByContent;
    /// @dev Used nonces as a bitmap: 256 nonces per slot, so sequential nonces share slots.
    mapping(uint256 word => uint256 bits) private _nonceBitmap;
    /// @dev Accounts allowed to sign attestations.
    mapping(address account => bool) private _attestors;
    /// @dev Last minted id.
    uint256 private _lastTokenId;
    /// @dev Prepended to each metadata CID; "ipfs://" unless the owner points it at a gateway.
    string private _uriPrefix = "ipfs://";

    /// @param name_ ERC-721 name.
    /// @param symbol_ ERC-721 symbol.
    /// @param initialOwner Manages attestors and the URI prefix.
    /// @param splitterImplementation Deployed RoyaltySplitter to clone.
    constructor(string memory name_, string memory symbol_, address initialOwner, address splitterImplementation)
        ERC721(name_, symbol_)
        Ownable(initialOwner)
        EIP712("Colophon Artwork", "1")
    {
        if (splitterImplementation.code.length == 0) revert ArtworkEmptyField("splitterImplementation");
        SPLITTER_IMPLEMENTATION = splitterImplementation;
    }

    /*//////////////////////////////////////////////////////////////
                                  MINT
    //////////////////////////////////////////////////////////////*/

    /// @notice Mint an attested work. The sender must be the request's contributor.
    /// @param req The attested request.
    /// @param signature The attestor's EIP-712 signature over `req`.
    /// @return tokenId The new token's id.
    function mint(MintRequest calldata req, bytes calldata signature) external returns (uint256 tokenId) {
        if (block.timestamp > req.deadline) revert ArtworkAttestationExpired(req.deadline, block.timestamp);
        if (msg.sender != req.contributor) revert ArtworkSenderNotContributor(msg.sender, req.contributor);
        if (req.to == address(0)) revert ArtworkEmptyField("to");
        if (req.contentHash == bytes32(0)) revert ArtworkEmptyField("contentHash");
        if (req.recordHash == bytes32(0)) revert ArtworkEmptyField("recordHash");
        if (req.modelHash == bytes32(0)) revert ArtworkEmptyField("modelHash");
        if (req.metadataDigest == bytes32(0)) revert ArtworkEmptyField("metadataDigest");
        if (req.trainer == address(0)) revert ArtworkEmptyField("trainer");
        if (req.royaltyBps > MAX_ROYALTY_BPS) revert ArtworkRoyaltyTooHigh(req.royaltyBps, MAX_ROYALTY_BPS);
        uint256 existing = _tokenByContent[req.contentHash];
        if (existing != 0) revert ArtworkContentAlreadyMinted(req.contentHash, existing);
        bytes memory packedSplit = SplitCodec.validateAndPack(req.shares);
        _useNonce(req.nonce);
        _checkAttestation(req, signature);

        address splitter = _splitterOrDeploy(packedSplit, req.shares);
        unchecked {
            // Ids are sequential from 1; 2^256 mints cannot happen.
            tokenId = ++_lastTokenId;
        }
        _tokenByContent[req.contentHash] = tokenId;
        _provenance[tokenId] = Provenance({
            contentHash: req.contentHash,
            recordHash: req.recordHash,
            modelHash: req.modelHash,
            metadataDigest: req.metadataDigest,
            contributor: req.contributor,
            mintedAt: uint64(block.timestamp),
            royaltyBps: req.royaltyBps,
            trainer: req.trainer,
            splitter: splitter
        });
        // _mint, not _safeMint: no receiver hook runs, so nothing can re-enter mid-mint.
        _mint(req.to, tokenId);
        emit ArtworkMinted(
            tokenId,
            req.contributor,
            req.contentHash,
            req.recordHash,
            req.modelHash,
            req.trainer,
            splitter,
            req.royaltyBps,
            req.metadataDigest
        );
    }

    /*//////////////////////////////////////////////////////////////
                                 ADMIN
    //////////////////////////////////////////////////////////////*/

    /// @notice Authorise or revoke an attestor.
    function setAttestor(address attestor, bool allowed) external onlyOwner {
        if (attestor == address(0)) revert ArtworkEmptyField("attestor");
        _attestors[attestor] = allowed;
        emit AttestorUpdated(attestor, allowed);
    }

    /// @notice Change the prefix of token URIs (the CIDs themselves never change).
    function setTokenURIPrefix(string calldata prefix) external onlyOwner {
        _uriPrefix = prefix;
        emit TokenURIPrefixUpdated(prefix);
        if (_lastTokenId > 0) emit BatchMetadataUpdate(1, _lastTokenId);
    }

    /*//////////////////////////////////////////////////////////////
                                 READS
    //////////////////////////////////////////////////////////////*/

    /// @inheritdoc IArtwork
    function provenanceOf(uint256 tokenId) external view returns (Provenance memory) {
        _requireMinted(tokenId);
        return _provenance[tokenId];
    }

    /// @inheritdoc IArtwork
    function sharesOf(uint256 tokenId) external view returns (Share[] memory) {
        _requireMinted(tokenId);
        return SplitCodec.unpack(Clones.fetchCloneArgs(_provenance[tokenId].splitter));
    }

    /// @inheritdoc IArtwork
    function tokenByContentHash(bytes32 contentHash) external view returns (uint256) {
        return _tokenByContent[contentHash];
    }

    /// @inheritdoc IArtwork
    function contributorOf(uint256 tokenId) external view returns (address) {
        _requireMinted(tokenId);
        return _provenance[tokenId].contributor;
    }

    /// @inheritdoc IArtwork
    function splitterOf(uint256 tokenId) external view returns (address) {
        _requireMinted(tokenId);
        return _provenance[tokenId].splitter;
    }

    /// @inheritdoc IArtwork
    function splitterFor(Share[] calldata shares) external view returns (address) {
        bytes memory packed = SplitCodec.validateAndPack(shares);
        return Clones.predictDeterministicAddressWithImmutableArgs(SPLITTER_IMPLEMENTATION, packed, keccak256(packed));
    }

    /// @inheritdoc IArtwork
    function isAttestor(address account) external view returns (bool) {
        return _attestors[account];
    }

    /// @inheritdoc IArtwork
    function nonceUsed(uint256 nonce) external view returns (bool) {
        return _nonceBitmap[nonce >> 8] & (1 << (nonce & 0xff)) != 0;
    }

    /// @notice Number of tokens minted so far (ids are 1..totalMinted).
    function totalMinted() external view returns (uint256) {
        return _lastTokenId;
    }

    /// @notice EIP-712 digest of a mint request, as the attestor signs it.
    function hashMintRequest(MintRequest calldata req) public view returns (bytes32) {
        return _hashTypedDataV4(_structHash(req));
    }

    /// @notice ERC-2981: the token's splitter receives `royaltyBps` of the sale price.
    function royaltyInfo(uint256 tokenId, uint256 salePrice)
        external
        view
        returns (address receiver, uint256 royaltyAmount)
    {
        Provenance storage p = _provenance[tokenId];
        return (p.splitter, salePrice * p.royaltyBps / 10_000);
    }

    /// @notice `ipfs://` + the CIDv1 of the token's metadata JSON.
    function tokenURI(uint256 tokenId) public view override returns (string memory) {
        _requireMinted(tokenId);
        return string.concat(_uriPrefix, CidV1.rawSha256(_provenance[tokenId].metadataDigest));
    }

    /// @inheritdoc IERC165
    function supportsInterface(bytes4 interfaceId) public view override(ERC721, IERC165) returns (bool) {
        return interfaceId == type(IERC2981).interfaceId || interfaceId == bytes4(0x49064906)
            || interfaceId == type(IArtwork).interfaceId || super.supportsInterface(interfaceId);
    }

    /*//////////////////////////////////////////////////////////////
                               INTERNALS
    //////////////////////////////////////////////////////////////*/

    function _requireMinted(uint256 tokenId) private view {
        if (_ownerOf(tokenId) == address(0)) revert ArtworkNonexistentToken(tokenId);
    }

    function _useNonce(uint256 nonce) private {
        uint256 word = nonce >> 8;
        uint256 bit = 1 << (nonce & 0xff);
        uint256 bits = _nonceBitmap[word];
        if (bits & bit != 0) revert ArtworkNonceUsed(nonce);
        _nonceBitmap[word] = bits | bit;
    }

    function _checkAttestation(MintRequest calldata req, bytes calldata signature) private view {
        (address signer, ECDSA.RecoverError err,) = ECDSA.tryRecover(hashMintRequest(req), signature);
        if (err != ECDSA.RecoverError.NoError) revert ArtworkInvalidSignature();
        if (!_attestors[signer]) revert ArtworkUnauthorizedAttestor(signer);
    }

    function _structHash(MintRequest calldata req) private pure returns (bytes32) {
        uint256 n = req.shares.length;
        bytes32[] memory shareHashes = new bytes32[](n);
        for (uint256 i; i < n; ++i) {
            Share calldata s = req.shares[i];
            shareHashes[i] = keccak256(abi.encode(SHARE_TYPEHASH, s.account, s.role, s.bps));
        }
        // Encoded in two parts: one abi.encode of all twelve words exceeds the stack.
        bytes memory head = abi.encode(
            MINT_REQUEST_TYPEHASH,
            req.to,
            req.contributor,
            req.contentHash,
            req.recordHash,
            req.modelHash,
            req.trainer
        );
        bytes memory tail = abi.encode(
            req.metadataDigest,
            req.royaltyBps,
            req.deadline,
            req.nonce,
            keccak256(abi.encodePacked(shareHashes))
        );
        return keccak256(bytes.concat(head, tail));
    }

    /// @dev The clone address depends only on the packed split, so equal split sets reuse it.
    function _splitterOrDeploy(bytes memory packed, Share[] calldata shares) private returns (address splitter) {
        bytes32 salt = keccak256(packed);
        splitter = Clones.predictDeterministicAddressWithImmutableArgs(SPLITTER_IMPLEMENTATION, packed, salt);
        if (splitter.code.length == 0) {
            Clones.cloneDeterministicWithImmutableArgs(SPLITTER_IMPLEMENTATION, packed, salt);
            emit SplitterCreated(splitter, shares);
        }
    }
}
