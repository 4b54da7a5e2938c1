package io.countersign.settlement;

/**
 * How the total loss is shared: percentages ("60 % / 40 %"), fixed amounts, or one party a fixed
 * amount or percentage and the other the rest ("seller bears 1,500.00, buyer the rest").
 */
public record Split(Share seller, Share buyer) {
    public Share of(Side side) {
        return side == Side.SELLER ? seller : buyer;
    }
}
