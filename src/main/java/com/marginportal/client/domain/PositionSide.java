package com.marginportal.client.domain;

/** Direction of a holding in a credit account. */
public enum PositionSide {
    /** Securities held: collateral bought with own cash and/or financed purchases. */
    LONG,
    /** Securities borrowed and sold short; a liability at the current price. */
    SHORT
}
