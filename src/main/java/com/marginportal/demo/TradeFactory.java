package com.marginportal.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.random.RandomGenerator;

import com.marginportal.demo.Rows.PositionRow;
import com.marginportal.demo.Rows.TradeRow;

/**
 * Six months of trades consistent with the positions: buys and sells of held securities, margin buys and
 * sell-to-repay only on financed positions, short sales and covers only on short positions.
 * Short-horizon clients trade a lot, long-horizon clients rarely.
 */
final class TradeFactory {

    static final int MIN_TRADES = 5;

    private static final String[] TYPES = {"BUY", "MARGIN_BUY", "SELL", "SELL_TO_REPAY", "SHORT_SELL", "BUY_TO_COVER"};

    private final SecurityCatalog catalog;
    private final int maxTrades;

    TradeFactory(SecurityCatalog catalog, int maxTrades) {
        this.catalog = catalog;
        this.maxTrades = maxTrades;
    }

    List<TradeRow> create(AccountBundle bundle, String horizon, LocalDate today, RandomGenerator r) {
        List<PositionRow> longs = bundle.positions().stream().filter(PositionRow::isLong).toList();
        List<PositionRow> financed = longs.stream().filter(p -> p.financedQuantity() > 0).toList();
        List<PositionRow> shorts = bundle.positions().stream().filter(p -> !p.isLong()).toList();
        LocalDate from = today.minusMonths(6);
        LocalDate to = today.minusDays(1);
        int count = count(horizon, r);
        List<TradeRow> trades = new ArrayList<>();
        // each short position was opened by a short sale under the current contract
        LocalDate contractStart = bundle.account().contractStart();
        for (PositionRow s : shorts.subList(0, Math.min(shorts.size(), count))) {
            LocalDate day = MarketTime.weekdayBetween(contractStart.isAfter(to) ? to : contractStart, to, r);
            trades.add(trade(s, "SHORT_SELL", s.quantity(), s.costPrice(), day, r));
        }
        while (trades.size() < count) {
            String type = TYPES[financed.isEmpty() ? DemoRandom.weighted(r, 65, 0, 35, 0, 0, 0)
                    : DemoRandom.weighted(r, 30, 30, 20, 12, shorts.isEmpty() ? 0 : 4, shorts.isEmpty() ? 0 : 4)];
            PositionRow p = DemoRandom.pick(r, switch (type) {
                case "MARGIN_BUY", "SELL_TO_REPAY" -> financed;
                case "SHORT_SELL", "BUY_TO_COVER" -> shorts;
                default -> longs;
            });
            LocalDate day = MarketTime.weekdayBetween(from, to, r);
            long lots = Math.max(1, p.quantity() / 100);
            long quantity = 100 * (1 + r.nextLong(lots));
            trades.add(trade(p, type, quantity, historicPrice(p.securityCode(), today, day, r), day, r));
        }
        trades.sort(Comparator.comparing(TradeRow::tradedAt));
        return trades;
    }

    /** Active traders near the maximum, occasional ones at 5–8 trades. */
    private int count(String horizon, RandomGenerator r) {
        int low = Math.min(MIN_TRADES, maxTrades);
        int activity = switch (horizon) {
            case "SHORT" -> DemoRandom.weighted(r, 70, 30, 0);
            case "LONG" -> DemoRandom.weighted(r, 0, 40, 60);
            default -> DemoRandom.weighted(r, 10, 60, 30);
        };
        double drawn = switch (activity) {
            case 0 -> DemoRandom.between(r, 0.6 * maxTrades, maxTrades);
            case 1 -> DemoRandom.between(r, 8, Math.max(8, 0.5 * maxTrades));
            default -> DemoRandom.between(r, low, 8);
        };
        return (int) Math.max(low, Math.min(maxTrades, Math.round(drawn)));
    }

    /** Today's price drifted back in time: the further back, the wider. */
    private BigDecimal historicPrice(String code, LocalDate today, LocalDate day, RandomGenerator r) {
        BigDecimal price = catalog.price(code);
        double years = ChronoUnit.DAYS.between(day, today) / 365.0;
        double factor = Math.min(1.6, Math.max(0.6, Math.exp(0.35 * Math.sqrt(years) * r.nextGaussian())));
        return price.multiply(BigDecimal.valueOf(factor)).setScale(price.scale(), RoundingMode.HALF_UP);
    }

    private static TradeRow trade(PositionRow p, String type, long quantity, BigDecimal price, LocalDate day,
                                  RandomGenerator r) {
        return new TradeRow(p.accountId(), p.securityCode(), MarketTime.duringSession(day, r), type, quantity, price,
                DemoRandom.money(price.multiply(BigDecimal.valueOf(quantity))));
    }
}
