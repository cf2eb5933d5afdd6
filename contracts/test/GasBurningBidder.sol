// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {IAuctionHouse} from "../interfaces/IAuctionHouse.sol";

/// @title GasBurningBidder
/// @notice Test only: a bidder whose receive spends every unit of gas it is given while
/// `burning` is set, to show that the house's gas cap bounds what it can cost others.
contract GasBurningBidder {
    /// @notice The auction house this bidder uses.
    IAuctionHouse public immutable HOUSE;
    /// @notice While true, receive loops until out of gas.
    bool public burning = true;

    /// @param house The auction house to bid on.
    constructor(IAuctionHouse house) {
        HOUSE = house;
    }

    /// @notice Bid msg.value on `auctionId`.
    function bid(uint256 auctionId) external payable {
        HOUSE.placeBid{value: msg.value}(auctionId);
    }

    /// @notice Withdraw this contract's credit from the house.
    function withdraw() external returns (uint256) {
        return HOUSE.withdraw();
    }

    /// @notice Turn burning on or off.
    function setBurning(bool burning_) external {
        burning = burning_;
    }

    /// @notice Spends all gas while burning, accepts otherwise.
    receive() external payable {
        if (burning) {
            uint256 i;
            while (true) {
                unchecked {
                    // Counts for ever; overflow is irrelevant, the point is spending gas.
                    ++i;
                }
            }
        }
    }
}
