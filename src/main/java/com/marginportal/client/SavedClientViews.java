package com.marginportal.client;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;

import com.marginportal.security.CurrentUser;
import com.marginportal.security.PlainText;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The signed-in user's saved client list views. Every statement is bound to that user's id, taken on the server:
 * a view id of another user reads and deletes nothing.
 */
@Service
@PreAuthorize("hasAnyRole('ADVISOR', 'MANAGER', 'ADMIN')")
public class SavedClientViews {

    public static final int MAX_NAME = 40;
    public static final int MAX_PER_USER = 20;
    private static final int MAX_QUERY = 2000;

    private final JdbcClient jdbc;
    private final CurrentUser currentUser;
    private final Clock clock;

    SavedClientViews(JdbcClient jdbc, CurrentUser currentUser, Clock clock) {
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The user's views by name. */
    public List<SavedClientView> list() {
        return jdbc.sql("SELECT id, name, filter_query, sort_order FROM saved_client_view WHERE user_id = ? ORDER BY name")
                .param(userId())
                .query((rs, i) -> new SavedClientView(rs.getLong("id"), rs.getString("name"),
                        rs.getString("filter_query"), rs.getString("sort_order")))
                .list();
    }

    /** Saves the view under the name, replacing the user's view of that name; @throws SavedViewRejected */
    @Transactional
    public SavedClientView save(String name, String filterQuery, String sortOrder) {
        String checked = checkedName(name);
        String query = filterQuery == null ? "" : filterQuery;
        if (query.length() > MAX_QUERY) {
            throw new IllegalArgumentException("filter query longer than " + MAX_QUERY);
        }
        long user = userId();
        int replaced = jdbc.sql("UPDATE saved_client_view SET filter_query = ?, sort_order = ? WHERE user_id = ? AND name = ?")
                .params(query, sortOrder, user, checked).update();
        if (replaced == 0) {
            int count = jdbc.sql("SELECT COUNT(*) FROM saved_client_view WHERE user_id = ?").param(user)
                    .query(Integer.class).single();
            if (count >= MAX_PER_USER) {
                throw new SavedViewRejected(SavedViewRejected.Problem.TOO_MANY);
            }
            jdbc.sql("INSERT INTO saved_client_view (user_id, name, filter_query, sort_order, created_at) VALUES (?, ?, ?, ?, ?)")
                    .params(user, checked, query, sortOrder, LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC)).update();
        }
        return list().stream().filter(v -> v.name().equals(checked)).findFirst().orElseThrow();
    }

    /** Deletes one of the user's views; false when the user has no view of that id. */
    @Transactional
    public boolean delete(long id) {
        return jdbc.sql("DELETE FROM saved_client_view WHERE id = ? AND user_id = ?").params(id, userId()).update() == 1;
    }

    private long userId() {
        return currentUser.require().id();
    }

    static String checkedName(String name) {
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty()) {
            throw new SavedViewRejected(SavedViewRejected.Problem.NAME_EMPTY);
        }
        if (PlainText.problem(trimmed, false).isPresent()) {
            throw new SavedViewRejected(SavedViewRejected.Problem.NAME_CONTROL_CHARACTER);
        }
        if (trimmed.codePointCount(0, trimmed.length()) > MAX_NAME) {
            throw new SavedViewRejected(SavedViewRejected.Problem.NAME_TOO_LONG);
        }
        return trimmed;
    }
}
