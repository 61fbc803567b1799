package com.marginportal.client;

import java.util.List;

/** Everything the client 360 view shows. */
public record ClientProfile(ClientInfo client, AccountSummary account, List<HoldingLine> holdings,
                            List<TradeLine> recentTrades, List<ContactLine> contacts, List<RatioPoint> ratioHistory) {
}
