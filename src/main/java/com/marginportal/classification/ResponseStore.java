package com.marginportal.classification;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.marginportal.UtcColumns;
import com.marginportal.classification.domain.ResponseStatus;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Responses to recommendations, insert only: the latest row per client and recommendation is its state. */
@Repository
class ResponseStore {

    private final JdbcClient jdbc;

    ResponseStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(RecommendationResponse r) {
        jdbc.sql("""
                INSERT INTO recommendation_response (client_id, recommendation_id, status, note, title_zh, title_en,
                       matched_on, responded_by, responded_by_id, responded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(r.clientId(), r.recommendationId(), r.status().name(), r.note(), r.titleZh(), r.titleEn(),
                        r.matchedOn(), r.respondedBy(), r.respondedById(), UtcColumns.utc(r.respondedAt()))
                .update();
    }

    /** The newest response per recommendation of the client (ids grow with time, so the highest id is the latest). */
    Map<Long, RecommendationResponse> latestByRecommendation(long clientId) {
        Map<Long, RecommendationResponse> latest = new HashMap<>();
        jdbc.sql("""
                SELECT * FROM recommendation_response
                 WHERE id IN (SELECT MAX(id) FROM recommendation_response WHERE client_id = ? GROUP BY recommendation_id)""")
                .param(clientId).query((rs, i) -> map(rs)).list()
                .forEach(r -> latest.put(r.recommendationId(), r));
        return latest;
    }

    /** The client's responses, newest first. */
    List<RecommendationResponse> history(long clientId, int limit) {
        return jdbc.sql("""
                SELECT * FROM recommendation_response WHERE client_id = ?
                 ORDER BY responded_at DESC, id DESC LIMIT ?""")
                .params(clientId, limit).query((rs, i) -> map(rs)).list();
    }

    private static RecommendationResponse map(ResultSet rs) throws SQLException {
        return new RecommendationResponse(rs.getLong("id"), rs.getLong("client_id"), rs.getLong("recommendation_id"),
                ResponseStatus.valueOf(rs.getString("status")), rs.getString("note"), rs.getString("title_zh"),
                rs.getString("title_en"), rs.getString("matched_on"), rs.getString("responded_by"),
                rs.getObject("responded_by_id", Long.class),
                rs.getObject("responded_at", LocalDateTime.class).toInstant(ZoneOffset.UTC));
    }
}
