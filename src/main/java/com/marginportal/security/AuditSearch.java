package com.marginportal.security;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import javax.sql.DataSource;

import com.marginportal.TimeConfiguration;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The audit log for administrators: filtered pages for the view and the same filter as CSV (UTF-8 with BOM for
 * Excel, streamed from one statement; the export itself is audited). One WHERE clause serves all three.
 * JdbcClient, not JPA: one filtered WHERE clause serves pages, counts and a streamed CSV export.
 */
@Service
@PreAuthorize("hasRole('ADMIN')")
@Transactional(readOnly = true)
public class AuditSearch {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final String COLUMNS = "SELECT id, occurred_at, username, action, entity_type, entity_id, details,"
            + " details_key, details_args FROM audit_entry";

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate streaming;
    private final AuditLog audit;

    AuditSearch(JdbcClient jdbc, DataSource dataSource, AuditLog audit) {
        this.jdbc = jdbc;
        JdbcTemplate template = new JdbcTemplate(dataSource);
        template.setFetchSize(1000);
        this.streaming = new NamedParameterJdbcTemplate(template);
        this.audit = audit;
    }

    public List<AuditRecord> page(AuditFilter filter, int offset, int limit) {
        Where w = where(filter);
        return jdbc.sql(COLUMNS + w.sql + " ORDER BY id DESC LIMIT :limit OFFSET :offset")
                .params(w.params).param("limit", limit).param("offset", offset)
                .query((rs, i) -> record(rs)).list();
    }

    public long count(AuditFilter filter) {
        Where w = where(filter);
        return jdbc.sql("SELECT COUNT(*) FROM audit_entry" + w.sql).params(w.params).query(Long.class).single();
    }

    /** The action codes that occur, for the filter's choices. */
    public List<String> actions() {
        return jdbc.sql("SELECT DISTINCT action FROM audit_entry ORDER BY action").query(String.class).list();
    }

    public List<String> objectTypes() {
        return jdbc.sql("SELECT DISTINCT entity_type FROM audit_entry ORDER BY entity_type").query(String.class).list();
    }

    /**
     * Writes the filtered entries, newest first: time (Asia/Shanghai), user, action in words and its code, object,
     * details. {@code words} turns an action or object code into the reader's language, {@code details} an entry's
     * details. @return rows written
     */
    public long writeCsv(AuditFilter filter, List<String> header, Function<String, String> words,
                         Function<AuditRecord, String> details, OutputStream out) throws IOException {
        Where w = where(filter);
        out.write(BOM);
        BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        CSVPrinter csv = new CSVPrinter(writer, CSVFormat.EXCEL);
        csv.printRecord(header);
        long[] rows = {0};
        streaming.query(COLUMNS + w.sql + " ORDER BY id DESC", w.params, rs -> {
            AuditRecord r = record(rs);
            List<Object> row = new ArrayList<>(6);
            row.add(TIME.format(r.occurredAt().atZone(TimeConfiguration.MARKET_ZONE)));
            row.add(text(r.username()));
            row.add(words.apply(r.action()));
            row.add(r.action());
            row.add(words.apply(r.entityType()) + (r.entityId() == null ? "" : " " + text(r.entityId())));
            row.add(text(details.apply(r)));
            try {
                csv.printRecord(row);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            rows[0]++;
        });
        csv.flush();
        audit.record("AUDIT_EXPORTED", "AUDIT_LOG", null, AuditText.of("auditExported", rows[0], filter.auditFields()));
        return rows[0];
    }

    private record Where(String sql, Map<String, Object> params) {
    }

    private static Where where(AuditFilter f) {
        List<String> c = new ArrayList<>();
        Map<String, Object> p = new LinkedHashMap<>();
        if (f.username() != null) {
            c.add("username = :username");
            p.put("username", f.username());
        }
        if (f.action() != null) {
            c.add("action = :action");
            p.put("action", f.action());
        }
        if (f.objectType() != null) {
            c.add("entity_type = :type");
            p.put("type", f.objectType());
        }
        if (f.objectId() != null) {
            c.add("entity_id = :objectId");
            p.put("objectId", f.objectId());
        }
        if (f.from() != null) {
            c.add("occurred_at >= :from");
            p.put("from", startUtc(f.from()));
        }
        if (f.to() != null) {
            c.add("occurred_at < :to");
            p.put("to", startUtc(f.to().plusDays(1)));
        }
        return new Where(c.isEmpty() ? "" : " WHERE " + String.join(" AND ", c), p);
    }

    private static LocalDateTime startUtc(LocalDate day) {
        return LocalDateTime.ofInstant(day.atStartOfDay(TimeConfiguration.MARKET_ZONE).toInstant(), ZoneOffset.UTC);
    }

    private static AuditRecord record(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new AuditRecord(rs.getLong(1), rs.getObject(2, LocalDateTime.class).toInstant(ZoneOffset.UTC),
                rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8),
                AuditArgs.read(rs.getString(9)));
    }

    /** A cell Excel would run as a formula is prefixed with an apostrophe. */
    private static String text(String value) {
        if (value == null) {
            return "";
        }
        return !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }
}
