package com.marginportal.client;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import com.marginportal.client.domain.PersonalDataMask;
import com.marginportal.client.segment.ClientSegmentSql;
import com.marginportal.client.segment.SegmentJoin;
import com.marginportal.client.segment.SqlFragment;
import com.marginportal.security.AuditLog;
import com.marginportal.security.AuditText;
import com.marginportal.security.CurrentUser;
import com.marginportal.security.UserAccount;
import com.marginportal.security.UserDirectory;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The filtered client list as CSV for Excel (UTF-8 with a byte-order mark), streamed row by row from one
 * statement, with identity data masked as the list shows it. For managers and admins; every export is audited.
 * JdbcClient, not JPA: one streamed join of clients and accounts, row by row into the CSV.
 */
@Service
public class ClientExport {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final NamedParameterJdbcTemplate streaming;
    private final ObjectProvider<ClientSegmentSql> segments;
    private final CurrentUser currentUser;
    private final UserDirectory users;
    private final AuditLog auditLog;

    ClientExport(DataSource dataSource, ObjectProvider<ClientSegmentSql> segments, CurrentUser currentUser,
                 UserDirectory users, AuditLog auditLog) {
        JdbcTemplate template = new JdbcTemplate(dataSource);
        template.setFetchSize(1000); // MariaDB streams in chunks instead of loading the whole result
        this.streaming = new NamedParameterJdbcTemplate(template);
        this.segments = segments;
        this.currentUser = currentUser;
        this.users = users;
        this.auditLog = auditLog;
    }

    /** Writes the clients of the caller's scope matching the filter, by client number. @return rows written */
    @PreAuthorize("hasAnyRole('MANAGER','ADMIN')")
    @Transactional(readOnly = true)
    public long writeCsv(ClientFilter filter, ExportLabels labels, OutputStream out) throws IOException {
        ClientSegmentSql source = segments.getObject();
        SqlFragment where = ClientQuery.where(currentUser.scope(), filter, source);
        Map<String, Object> params = new HashMap<>(where.params());
        List<String> dimensions = source.dimensions();
        StringBuilder select = new StringBuilder();
        StringBuilder joins = new StringBuilder();
        for (int i = 0; i < dimensions.size(); i++) {
            SegmentJoin join = source.valueOf(dimensions.get(i), "c.id", "x" + i);
            select.append(", ").append(join.expression()).append(" AS seg").append(i);
            joins.append(' ').append(join.joins());
            params.putAll(join.params());
        }
        SqlFragment issue = source.hasSuitabilityIssue("c.id");
        params.putAll(issue.params());

        Map<Long, String> branches = new HashMap<>();
        users.branchesById().forEach((id, b) -> branches.put(id, b.name()));
        Map<Long, String> advisors = new HashMap<>();
        long[] rows = {0};
        out.write(BOM);
        BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        CSVPrinter csv = new CSVPrinter(writer, CSVFormat.EXCEL);
        csv.printRecord(header(labels, dimensions));
        streaming.query("""
                SELECT c.id, c.name, c.id_number, c.phone, c.branch_id, c.advisor_id, c.risk_tolerance,
                       a.total_assets, a.maintenance_ratio""" + select + ", CASE WHEN " + issue.sql()
                + " THEN 1 ELSE 0 END AS issue FROM client c LEFT JOIN credit_account a ON a.client_id = c.id"
                + joins + " WHERE " + where.sql() + " ORDER BY c.id", params, rs -> {
            List<Object> row = new ArrayList<>(12);
            row.add(rs.getLong("id"));
            row.add(text(rs.getString("name")));
            row.add(PersonalDataMask.idNumber(rs.getString("id_number")));
            row.add(PersonalDataMask.phone(rs.getString("phone")));
            row.add(branches.getOrDefault(rs.getLong("branch_id"), String.valueOf(rs.getLong("branch_id"))));
            Long advisor = rs.getObject("advisor_id", Long.class);
            row.add(advisor == null ? "" : advisors.computeIfAbsent(advisor, this::advisorName));
            row.add(rs.getString("risk_tolerance"));
            row.add(money(rs.getBigDecimal("total_assets")));
            row.add(percent(rs.getBigDecimal("maintenance_ratio")));
            for (int i = 0; i < dimensions.size(); i++) {
                row.add(labels.value(dimensions.get(i), rs.getString("seg" + i)));
            }
            row.add(labels.yesNo(rs.getInt("issue") == 1));
            try {
                csv.printRecord(row);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            rows[0]++;
        });
        csv.flush();
        auditLog.record("CLIENTS_EXPORTED", "CLIENT", null, AuditText.of("clientsExported", rows[0], filter.auditFields()));
        return rows[0];
    }

    private static List<String> header(ExportLabels labels, List<String> dimensions) {
        List<String> header = new ArrayList<>();
        for (ExportLabels.Column column : ExportLabels.Column.values()) {
            if (column == ExportLabels.Column.SUITABILITY_ISSUE) {
                dimensions.forEach(d -> header.add(labels.dimension(d)));
            }
            header.add(labels.header(column));
        }
        return header;
    }

    private String advisorName(long id) {
        return users.user(id).map(UserAccount::displayName).orElse(String.valueOf(id));
    }

    /** A cell Excel would read as a formula (=, +, -, @) is written as text. */
    static String text(String value) {
        return value != null && !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }

    private static String money(BigDecimal v) {
        return v == null ? "" : v.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    /** The ratio in percent (142.86), empty without debt — as a number Excel can sort. */
    private static String percent(BigDecimal v) {
        return v == null ? "" : v.movePointRight(2).setScale(2, RoundingMode.HALF_UP).toPlainString();
    }
}
