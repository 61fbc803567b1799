package com.marginportal.importing;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

import com.marginportal.importing.ClientsImport.Row;

import static com.marginportal.importing.ClientsImport.ACCOUNT;
import static com.marginportal.importing.ClientsImport.ADDRESS;
import static com.marginportal.importing.ClientsImport.ADVISOR;
import static com.marginportal.importing.ClientsImport.BRANCH;
import static com.marginportal.importing.ClientsImport.EMAIL;
import static com.marginportal.importing.ClientsImport.ID;
import static com.marginportal.importing.ClientsImport.TRADING_SINCE;

/**
 * References and duplicates of a clients file, and its upsert: clients by client number, plus a new
 * credit account for a number not seen before. Optional columns that may be empty in the archive
 * (e-mail, address, advisor, trading since) are written when present in the header, kept when absent;
 * the other optional columns keep the stored value when blank.
 */
final class ClientsSession implements KindImport.Session<Row> {

    private static final String COLUMNS = "name, gender, birth_date, id_number, phone, phone_tail, branch_id, "
            + "risk_tolerance, investment_preference, investment_horizon, opened_on";

    private final References references;
    private final ImportProperties properties;
    private final List<Column> nullable;
    private final LongKeys clientsSeen = new LongKeys();
    private final LongKeys accountsSeen = new LongKeys();
    private long[] clientIds = new long[1024];
    private int clientCount;

    ClientsSession(References references, Header header, ImportProperties properties) {
        this.references = references;
        this.properties = properties;
        this.nullable = List.of(EMAIL, ADDRESS, ADVISOR, TRADING_SINCE).stream().filter(header::has).toList();
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
        if (row.advisor() != null) {
            References.User advisor = references.users().get(row.advisor());
            if (advisor == null || !"ADVISOR".equals(advisor.role())) {
                errors.add(rowNumber, ADVISOR.name(), row.advisor(), advisor == null ? "is not a known user" : "is not an advisor");
            } else if (branch != null && !branch.equals(advisor.branchId())) {
                errors.add(rowNumber, ADVISOR.name(), row.advisor(), "is not an advisor of branch " + row.branchCode());
            }
        }
    }

    @Override
    public void write(List<Row> rows, Writes writes) {
        StringBuilder update = new StringBuilder("UPDATE client SET ");
        update.append(COLUMNS.replace(",", " = ?,")).append(" = ?, advisory_agreement = COALESCE(?, advisory_agreement),"
                + " preferred_language = COALESCE(?, preferred_language), status = COALESCE(?, status)");
        nullable.forEach(c -> update.append(", ").append(dbColumn(c)).append(" = ?"));
        update.append(" WHERE id = ?");
        writes.batch(update.toString(), rows.stream().filter(r -> references.clients().contains(r.id())).toList(),
                (ps, r) -> {
                    int i = common(ps, r);
                    Params.flag(ps, i++, r.advisoryAgreement());
                    Params.text(ps, i++, r.language());
                    Params.text(ps, i++, r.status());
                    for (Column c : nullable) {
                        optional(ps, i++, c, r);
                    }
                    ps.setLong(i, r.id());
                });
        writes.batch("INSERT INTO client (" + COLUMNS + ", advisory_agreement, preferred_language, status, email, "
                        + "address, advisor_id, trading_since, id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                rows.stream().filter(r -> !references.clients().contains(r.id())).toList(), (ps, r) -> {
                    int i = common(ps, r);
                    ps.setBoolean(i++, Boolean.TRUE.equals(r.advisoryAgreement()));
                    ps.setString(i++, r.language() == null ? "zh-CN" : r.language());
                    ps.setString(i++, r.status() == null ? "ACTIVE" : r.status());
                    for (Column c : List.of(EMAIL, ADDRESS, ADVISOR, TRADING_SINCE)) {
                        optional(ps, i++, c, r);
                    }
                    ps.setLong(i, r.id());
                });
        writes.batch("""
                INSERT INTO credit_account (id, client_id, financing_margin_ratio, short_margin_ratio, contract_start,
                                            contract_expiry) VALUES (?, ?, ?, ?, ?, ?)""",
                rows.stream().filter(r -> !references.accounts().contains(r.creditAccount())).toList(), (ps, r) -> {
                    ps.setLong(1, r.creditAccount());
                    ps.setLong(2, r.id());
                    ps.setBigDecimal(3, properties.newAccountFinancingMarginRatio());
                    ps.setBigDecimal(4, properties.newAccountShortMarginRatio());
                    ps.setObject(5, r.openedOn());
                    ps.setObject(6, r.openedOn().plusMonths(properties.newAccountContractMonths()));
                });
    }

    private int common(PreparedStatement ps, Row r) throws SQLException {
        ps.setString(1, r.name());
        ps.setString(2, r.gender());
        ps.setObject(3, r.birthDate());
        ps.setString(4, r.idNumber());
        ps.setString(5, r.phone());
        ps.setString(6, ClientsImport.phoneTail(r.phone()));
        ps.setLong(7, references.branches().get(r.branchCode()));
        ps.setString(8, r.riskTolerance());
        ps.setString(9, r.preference());
        ps.setString(10, r.horizon());
        ps.setObject(11, r.openedOn());
        return 12;
    }

    private void optional(PreparedStatement ps, int index, Column c, Row r) throws SQLException {
        if (c == EMAIL) {
            Params.text(ps, index, r.email());
        } else if (c == ADDRESS) {
            Params.text(ps, index, r.address());
        } else if (c == ADVISOR) {
            Params.id(ps, index, r.advisor() == null ? null : references.users().get(r.advisor()).id());
        } else {
            Params.date(ps, index, r.tradingSince());
        }
    }

    private static String dbColumn(Column c) {
        return c == ADVISOR ? "advisor_id" : c.name();
    }

    @Override
    public AffectedClients affected(Writes writes) {
        return AffectedClients.of(java.util.Arrays.copyOf(clientIds, clientCount));
    }
}
