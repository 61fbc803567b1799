package com.marginportal.client.bulk;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.marginportal.client.ClientsReassigned;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Bulk writes of clients and their credit accounts, inside the caller's transaction (an import is all-or-nothing).
 * JdbcClient, not JPA: one JDBC batch per call, because imports write 100,000s of rows, never row by row.
 */
@Repository
@Transactional(propagation = Propagation.MANDATORY)
public class ClientWrites {

    /** Columns that may be empty in the archive: an update writes them (null clears) only when it names them. */
    public enum Clearable {
        EMAIL("email"), ADDRESS("address"), ADVISOR("advisor_id"), TRADING_SINCE("trading_since");

        private final String column;

        Clearable(String column) {
            this.column = column;
        }
    }

    private static final int CHUNK = 1000;

    private static final String COLUMNS = "name, gender, birth_date, id_number, phone, phone_tail, branch_id, "
            + "risk_tolerance, investment_preference, investment_horizon, opened_on";

    private final JdbcTemplate jdbc;
    private final ApplicationEventPublisher events;

    public ClientWrites(JdbcTemplate jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    /**
     * Updates existing clients (by id). Agreement, language and status null keep the stored value; of the
     * {@link Clearable} columns only those in {@code written} are written. Writing the advisor publishes
     * {@link ClientsReassigned} for these clients (their cases in handling and open service work follow their advisor);
     * without the advisor, for the clients whose branch the rows change, with the advisor they keep (their open
     * service work follows them into the new branch; their cases go along at the next scan, risk's).
     */
    public void updateClients(List<ClientRow> rows, Set<Clearable> written) {
        List<ClientsReassigned.Move> branchMoves = written.contains(Clearable.ADVISOR) ? List.of() : branchMoves(rows);
        List<Clearable> clearable = Arrays.stream(Clearable.values()).filter(written::contains).toList();
        StringBuilder update = new StringBuilder("UPDATE client SET ");
        update.append(COLUMNS.replace(",", " = ?,")).append(" = ?, advisory_agreement = COALESCE(?, advisory_agreement),"
                + " preferred_language = COALESCE(?, preferred_language), status = COALESCE(?, status)");
        clearable.forEach(c -> update.append(", ").append(c.column).append(" = ?"));
        update.append(" WHERE id = ?");
        Params.batch(jdbc, update.toString(), rows, (ps, r) -> {
            int i = common(ps, r);
            Params.flag(ps, i++, r.advisoryAgreement());
            Params.text(ps, i++, r.preferredLanguage());
            Params.text(ps, i++, r.status());
            for (Clearable c : clearable) {
                clearable(ps, i++, c, r);
            }
            ps.setLong(i, r.id());
        });
        if (written.contains(Clearable.ADVISOR) && !rows.isEmpty()) {
            events.publishEvent(new ClientsReassigned(rows.stream()
                    .map(r -> new ClientsReassigned.Move(r.id(), r.branchId(), r.advisorId())).toList()));
        } else if (!branchMoves.isEmpty()) {
            events.publishEvent(new ClientsReassigned(branchMoves));
        }
    }

    /** The rows that put a client into another branch than she is in, each with the advisor she keeps. */
    private List<ClientsReassigned.Move> branchMoves(List<ClientRow> rows) {
        List<ClientsReassigned.Move> moves = new ArrayList<>();
        for (int from = 0; from < rows.size(); from += CHUNK) {
            List<ClientRow> chunk = rows.subList(from, Math.min(rows.size(), from + CHUNK));
            Map<Long, Long> branchOf = new HashMap<>();
            Map<Long, Long> advisorOf = new HashMap<>();
            jdbc.query("SELECT id, branch_id, advisor_id FROM client WHERE id IN ("
                    + String.join(",", Collections.nCopies(chunk.size(), "?")) + ")", rs -> {
                        branchOf.put(rs.getLong(1), rs.getLong(2));
                        advisorOf.put(rs.getLong(1), rs.getObject(3, Long.class));
                    }, chunk.stream().map(ClientRow::id).toArray());
            chunk.stream().filter(r -> branchOf.containsKey(r.id()) && branchOf.get(r.id()) != r.branchId())
                    .forEach(r -> moves.add(new ClientsReassigned.Move(r.id(), r.branchId(), advisorOf.get(r.id()))));
        }
        return moves;
    }

    /** Inserts new clients; agreement, language and status null take the defaults (none, zh-CN, ACTIVE). */
    public void insertClients(List<ClientRow> rows) {
        Params.batch(jdbc, "INSERT INTO client (" + COLUMNS + ", advisory_agreement, preferred_language, status, email, "
                + "address, advisor_id, trading_since, id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                rows, (ps, r) -> {
                    int i = common(ps, r);
                    ps.setBoolean(i++, Boolean.TRUE.equals(r.advisoryAgreement()));
                    ps.setString(i++, r.preferredLanguage() == null ? "zh-CN" : r.preferredLanguage());
                    ps.setString(i++, r.status() == null ? "ACTIVE" : r.status());
                    for (Clearable c : Clearable.values()) {
                        clearable(ps, i++, c, r);
                    }
                    ps.setLong(i, r.id());
                });
    }

    /** Opens credit accounts for clients (stored or inserted before in the same transaction). */
    public void openCreditAccounts(List<NewCreditAccount> accounts) {
        Params.batch(jdbc, """
                INSERT INTO credit_account (id, client_id, financing_margin_ratio, short_margin_ratio, contract_start,
                                            contract_expiry) VALUES (?, ?, ?, ?, ?, ?)""", accounts, (ps, a) -> {
            ps.setLong(1, a.id());
            ps.setLong(2, a.clientId());
            ps.setBigDecimal(3, a.financingMarginRatio());
            ps.setBigDecimal(4, a.shortMarginRatio());
            ps.setObject(5, a.contractStart());
            ps.setObject(6, a.contractExpiry());
        });
    }

    private static int common(PreparedStatement ps, ClientRow r) throws SQLException {
        ps.setString(1, r.name());
        ps.setString(2, r.gender());
        ps.setObject(3, r.birthDate());
        ps.setString(4, r.idNumber());
        ps.setString(5, r.phone());
        ps.setString(6, phoneTail(r.phone()));
        ps.setLong(7, r.branchId());
        ps.setString(8, r.riskTolerance());
        ps.setString(9, r.investmentPreference());
        ps.setString(10, r.investmentHorizon());
        ps.setObject(11, r.openedOn());
        return 12;
    }

    private static void clearable(PreparedStatement ps, int index, Clearable c, ClientRow r) throws SQLException {
        switch (c) {
            case EMAIL -> Params.text(ps, index, r.email());
            case ADDRESS -> Params.text(ps, index, r.address());
            case ADVISOR -> Params.id(ps, index, r.advisorId());
            case TRADING_SINCE -> Params.date(ps, index, r.tradingSince());
        }
    }

    /** The last four digits, stored for the "phone tail" search. */
    static String phoneTail(String phone) {
        String digits = phone.replaceAll("\\D", "");
        return digits.substring(Math.max(0, digits.length() - 4));
    }
}
