package com.marginportal.client;

/** The columns the client list can be sorted by (server side, over the whole result). */
public enum ClientSort {
    CLIENT_ID, NAME, TOTAL_ASSETS, MAINTENANCE_RATIO;

    public record Order(ClientSort column, boolean ascending) {
    }
}
