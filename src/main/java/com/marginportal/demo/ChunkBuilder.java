package com.marginportal.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import com.marginportal.demo.Organisation.Advisor;
import com.marginportal.demo.Rows.AccountRow;
import com.marginportal.demo.Rows.ClientRow;
import com.marginportal.demo.Rows.ContactRow;
import com.marginportal.demo.Rows.PositionRow;
import com.marginportal.demo.Rows.TradeRow;

/**
 * Builds the rows of a range of client numbers, without Spring or a database. Each client draws from its
 * own generator (seed, client number) split into one stream per table, so the data of client n is the same
 * whatever the total size or chunking.
 */
final class ChunkBuilder {

    private final long seed;
    private final LocalDate today;
    private final ClientFactory clients;
    private final AccountFactory accounts;
    private final TradeFactory trades;
    private final ContactFactory contacts = new ContactFactory();

    ChunkBuilder(long seed, LocalDate today, SecurityCatalog catalog, List<Advisor> advisors, int maxTrades) {
        this.seed = seed;
        this.today = today;
        this.clients = new ClientFactory(advisors);
        this.accounts = new AccountFactory(catalog);
        this.trades = new TradeFactory(catalog, maxTrades);
    }

    /** Client numbers {@code first..last}, both inclusive, 1-based. */
    ChunkRows build(long first, long last) {
        int size = (int) (last - first + 1);
        List<ClientRow> clientRows = new ArrayList<>(size);
        List<AccountRow> accountRows = new ArrayList<>(size);
        List<PositionRow> positions = new ArrayList<>(size * 12);
        List<TradeRow> tradeRows = new ArrayList<>(size * 20);
        List<ContactRow> contactRows = new ArrayList<>(size * 4);
        for (long n = first; n <= last; n++) {
            SplittableRandom root = DemoRandom.forClient(seed, n);
            SplittableRandom clientRandom = root.split();
            SplittableRandom accountRandom = root.split();
            SplittableRandom tradeRandom = root.split();
            SplittableRandom contactRandom = root.split();
            SplittableRandom styleRandom = root.split(); // split last: the streams above draw as before it existed

            ClientRow client = clients.create(n, today, clientRandom);
            RatioPlan plan = RatioPlan.draw(accountRandom);
            AccountBundle bundle = accounts.create(n, plan, PortfolioStyle.draw(styleRandom), today, accountRandom,
                    styleRandom);
            clientRows.add(client);
            accountRows.add(bundle.account());
            positions.addAll(bundle.positions());
            tradeRows.addAll(trades.create(bundle, client.investmentHorizon(), today, tradeRandom));
            contactRows.addAll(contacts.create(client, bundle, today, contactRandom));
        }
        return new ChunkRows(clientRows, accountRows, positions, tradeRows, contactRows);
    }
}
