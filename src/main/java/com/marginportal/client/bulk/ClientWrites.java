package com.marginportal.client.bulk;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
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
     * {@link ClientsReassigned} for these clients (their cases in handling and open service work follow their advisor).
     */
    public void updateClients(List<ClientRow> rows, Set<Clearable> written) {
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
        }
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
