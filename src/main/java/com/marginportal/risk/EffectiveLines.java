package com.marginportal.risk;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.marginportal.client.HeldLines.Source;
import com.marginportal.risk.domain.RiskLines;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one answer to "which lines is this client held to now", read by every view and text that shows or judges a
 * ratio against lines (client 360 colours and chart, the classification's reasons, the risk case list): for a client
 * whose account has a case (open, or decided and still holding the account's episode) the case's own lines, which
 * the scan applies to it until the case ends; otherwise the profile of the client's effective risk class (default
 * profile without one) with the account's special agreement ({@link LineBook}, as the scan applies them). A class
 * change takes effect on lines at the next scan after the reclassification; an open case keeps its lines.
 * JdbcClient, not JPA: lines for many clients at once, from IN-list reads of cases and agreements.
 */
@Service
@Transactional(readOnly = true)
public class EffectiveLines {

    /**
     * A client's lines in force; {@code caseId} when they are a case's, {@code profileName} (and the message key of a
     * built-in profile's name, {@code profileNameKey}) when from a profile.
     */
    public record ClientLines(RiskLines lines, Source source, Long caseId, String profileName, String profileNameKey) {
    }

    private static final String CASE_COLUMNS = """
            SELECT client_id, id, warning_line, margin_call_line, liquidation_line, top_up_target, top_up_deadline_days,
                   financing_ratio_line FROM risk_case WHERE open_account_id IS NOT NULL""";
    private static final String AGREEMENT_COLUMNS = """
            SELECT client_id, special_warning_line, special_margin_call_line, special_liquidation_line FROM credit_account
             WHERE special_warning_line IS NOT NULL AND special_margin_call_line IS NOT NULL
               AND special_liquidation_line IS NOT NULL""";

    private final JdbcClient jdbc;
    private final LineProfileService profiles;
    private final ObjectProvider<RiskClassSource> riskClasses;

    EffectiveLines(JdbcClient jdbc, LineProfileService profiles, ObjectProvider<RiskClassSource> riskClasses) {
        this.jdbc = jdbc;
        this.profiles = profiles;
        this.riskClasses = riskClasses;
    }

    /** One client's lines (e.g. the client 360 view). */
    public ClientLines forClient(long clientId) {
        return lookup(new long[] {clientId}).forClient(clientId);
    }

    /** Some clients' lines (e.g. a chunk of a classification pass, at most a few hundred ids): three queries. */
    public Lookup lookup(long[] clientIds) {
        Map<Long, ClientLines> cases = new HashMap<>();
        Map<Long, BigDecimal[]> agreements = new HashMap<>();
        if (clientIds.length == 0) {
            return new Lookup(cases, agreements, book(Map.of()));
        }
        List<Long> ids = Arrays.stream(clientIds).boxed().toList();
        jdbc.sql(CASE_COLUMNS + " AND client_id IN (:ids)").param("ids", ids).query(rs -> {
            cases.put(rs.getLong(1), caseLines(rs));
        });
        jdbc.sql(AGREEMENT_COLUMNS + " AND client_id IN (:ids)").param("ids", ids).query(rs -> {
            agreements.put(rs.getLong(1), agreement(rs));
        });
        return new Lookup(cases, agreements, book(riskClasses.getIfAvailable(() -> Map::of).riskClassesOf(clientIds)));
    }

    /** Every client's lines for a pass over many clients: three queries, then lookups in memory. */
    public Lookup lookup() {
        Map<Long, ClientLines> cases = new HashMap<>();
        jdbc.sql(CASE_COLUMNS).query(rs -> {
            cases.put(rs.getLong(1), caseLines(rs));
        });
        Map<Long, BigDecimal[]> agreements = new HashMap<>();
        jdbc.sql(AGREEMENT_COLUMNS).query(rs -> {
            agreements.put(rs.getLong(1), agreement(rs));
        });
        return new Lookup(cases, agreements, book(riskClasses.getIfAvailable(() -> Map::of).riskClassByClientId()));
    }

    private LineBook book(Map<Long, String> classes) {
        return new LineBook(profiles.profiles(), classes);
    }

    private static ClientLines caseLines(ResultSet rs) throws SQLException {
        return new ClientLines(new RiskLines(rs.getBigDecimal(3), rs.getBigDecimal(4), rs.getBigDecimal(5),
                rs.getBigDecimal(6), rs.getInt(7), rs.getBigDecimal(8)), Source.CASE, rs.getLong(2), null, null);
    }

    private static BigDecimal[] agreement(ResultSet rs) throws SQLException {
        return new BigDecimal[] {rs.getBigDecimal(2), rs.getBigDecimal(3), rs.getBigDecimal(4)};
    }

    /** Lines per client, as read at one moment. */
    public static final class Lookup {

        private final Map<Long, ClientLines> cases;
        private final Map<Long, BigDecimal[]> agreements;
        private final LineBook book;

        Lookup(Map<Long, ClientLines> cases, Map<Long, BigDecimal[]> agreements, LineBook book) {
            this.cases = cases;
            this.agreements = agreements;
            this.book = book;
        }

        public ClientLines forClient(long clientId) {
            ClientLines ofCase = cases.get(clientId);
            if (ofCase != null) {
                return ofCase;
            }
            BigDecimal[] special = Optional.ofNullable(agreements.get(clientId)).orElse(new BigDecimal[3]);
            LineBook.Choice choice = book.linesFor(clientId, special[0], special[1], special[2]);
            RiskLineProfile profile = book.profileFor(clientId);
            return new ClientLines(choice.lines(), choice.specialAgreement() ? Source.SPECIAL_AGREEMENT : Source.PROFILE,
                    null, profile.name(), profile.nameKey());
        }
    }
}
