package com.marginportal.importing;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.marginportal.client.bulk.ClientRow;
import com.marginportal.client.bulk.ClientWrites.Clearable;
import com.marginportal.client.bulk.NewCreditAccount;
import com.marginportal.importing.ClientsImport.Row;

import static com.marginportal.importing.ClientsImport.ACCOUNT;
import static com.marginportal.importing.ClientsImport.ADDRESS;
import static com.marginportal.importing.ClientsImport.ADVISOR;
import static com.marginportal.importing.ClientsImport.BRANCH;
import static com.marginportal.importing.ClientsImport.EMAIL;
import static com.marginportal.importing.ClientsImport.ID;
import static com.marginportal.importing.ClientsImport.TRADING_SINCE;

/**
 * References and duplicates of a clients file, and its upsert through the client module's {@code ClientWrites}:
 * clients by client number, plus a new credit account for a number not seen before. A row that moves a client to
 * another branch must name an advisor of that branch (else her advisor would stay one of the old branch).
 * Optional columns that may be empty in the archive (e-mail, address, advisor, trading since) are written when present
 * in the header, kept when absent; the other optional columns keep the stored value when blank.
 */
final class ClientsSession implements KindImport.Session<Row> {

    private final References references;
    private final ImportProperties properties;
    private final Set<Clearable> written;
    private final LongKeys clientsSeen = new LongKeys();
    private final LongKeys accountsSeen = new LongKeys();
    private long[] clientIds = new long[1024];
    private int clientCount;

    ClientsSession(References references, Header header, ImportProperties properties) {
        this.references = references;
        this.properties = properties;
        this.written = EnumSet.noneOf(Clearable.class);
        Map.of(EMAIL, Clearable.EMAIL, ADDRESS, Clearable.ADDRESS, ADVISOR, Clearable.ADVISOR,
                TRADING_SINCE, Clearable.TRADING_SINCE).forEach((column, clearable) -> {
                    if (header.has(column)) {
                        written.add(clearable);
                    }
                });
    }

    @Override
    public void check(Row row, int rowNumber, ErrorCollector errors) {
        if (clientCount == clientIds.length) {
            clientIds = java.util.Arrays.copyOf(clientIds, clientCount * 2);
        }
        clientIds[clientCount++] = row.id();
        int first = clientsSeen.firstRow(row.id(), rowNumber);
        if (first > 0) {
            errors.add(rowNumber, ID.name(), String.valueOf(row.id()), "appears twice in the file (also row " + first + ")");
        }
        first = accountsSeen.firstRow(row.creditAccount(), rowNumber);
        if (first > 0) {
            errors.add(rowNumber, ACCOUNT.name(), String.valueOf(row.creditAccount()),
                    "appears twice in the file (also row " + first + ")");
        }
        int account = references.accounts().indexOf(row.creditAccount());
        if (account >= 0 && references.accounts().valueAt(account) != row.id()) {
            errors.add(rowNumber, ACCOUNT.name(), String.valueOf(row.creditAccount()),
                    "belongs to client " + references.accounts().valueAt(account));
        }
        int client = references.clients().indexOf(row.id());
        long existing = client < 0 ? LongIndex.NONE : references.clients().valueAt(client);
        if (existing != LongIndex.NONE && existing != row.creditAccount()) {
            errors.add(rowNumber, ACCOUNT.name(), String.valueOf(row.creditAccount()),
                    "differs from the client's existing credit account " + existing);
        }
        Long branch = references.branches().get(row.branchCode());
        if (branch == null) {
            errors.add(rowNumber, BRANCH.name(), row.branchCode(), "is not a known branch code");
        }
        if (row.advisor() == null && branch != null && client >= 0) {
            movedWithoutAdvisor(row, branch, rowNumber, errors);
        }
        if (row.advisor() != null) {
            References.User advisor = references.users().get(row.advisor());
            if (advisor == null || !"ADVISOR".equals(advisor.role())) {
                errors.add(rowNumber, ADVISOR.name(), row.advisor(), advisor == null ? "is not a known user" : "is not an advisor");
            } else if (branch != null && !branch.equals(advisor.branchId())) {
                errors.add(rowNumber, ADVISOR.name(), row.advisor(), "is not an advisor of branch " + row.branchCode());
            }
        }
    }

    /**
     * A client moving to another branch takes an advisor of that branch, named on her row: kept (no advisor column)
     * her advisor would be one of the old branch, cleared (a blank one) she would have none in the new branch.
     */
    private void movedWithoutAdvisor(Row row, long branch, int rowNumber, ErrorCollector errors) {
        int at = references.clientBranches().indexOf(row.id());
        if (at >= 0 && references.clientBranches().valueAt(at) != branch) {
            errors.add(rowNumber, ADVISOR.name(), null,
                    "moves the client to branch " + row.branchCode() + ": name an advisor of that branch");
        }
    }

    @Override
    public void write(List<Row> rows, Writes writes) {
        writes.clients().updateClients(rows.stream().filter(r -> references.clients().contains(r.id()))
                .map(this::client).toList(), written);
        writes.clients().insertClients(rows.stream().filter(r -> !references.clients().contains(r.id()))
                .map(this::client).toList());
        writes.clients().openCreditAccounts(rows.stream().filter(r -> !references.accounts().contains(r.creditAccount()))
                .map(r -> new NewCreditAccount(r.creditAccount(), r.id(), properties.newAccountFinancingMarginRatio(),
                        properties.newAccountShortMarginRatio(), r.openedOn(),
                        r.openedOn().plusMonths(properties.newAccountContractMonths())))
                .toList());
    }

    private ClientRow client(Row r) {
        Long advisor = r.advisor() == null ? null : references.users().get(r.advisor()).id();
        return new ClientRow(r.id(), r.name(), r.gender(), r.birthDate(), r.idNumber(), r.phone(), r.email(),
                r.address(), references.branches().get(r.branchCode()), advisor, r.riskTolerance(), r.preference(),
                r.horizon(), r.advisoryAgreement(), r.language(), r.tradingSince(), r.openedOn(), r.status());
    }

    @Override
    public AffectedClients affected(Writes writes) {
        return AffectedClients.of(java.util.Arrays.copyOf(clientIds, clientCount));
    }
}
