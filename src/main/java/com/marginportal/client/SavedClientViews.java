package com.marginportal.client;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import com.marginportal.security.CurrentUser;
import com.marginportal.security.PlainText;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The signed-in user's saved client list views (saved_client_view through its repository). Every query is bound to
 * that user's id, taken on the server: a view id of another user reads and deletes nothing.
 */
@Service
@PreAuthorize("hasAnyRole('ADVISOR', 'MANAGER', 'ADMIN')")
public class SavedClientViews {

    public static final int MAX_NAME = 40;
    public static final int MAX_PER_USER = 20;
    private static final int MAX_QUERY = 2000;

    private final SavedClientViewRepository repository;
    private final CurrentUser currentUser;
    private final Clock clock;

    SavedClientViews(SavedClientViewRepository repository, CurrentUser currentUser, Clock clock) {
        this.repository = repository;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The user's views by name. */
    public List<SavedClientView> list() {
        return repository.findByUserIdOrderByName(userId()).stream().map(SavedClientViewEntity::toView).toList();
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
        Optional<SavedClientViewEntity> same = repository.findByUserIdAndName(user, checked);
        if (same.isPresent()) {
            same.get().replace(query, sortOrder);
        } else {
            if (repository.countByUserId(user) >= MAX_PER_USER) {
                throw new SavedViewRejected(SavedViewRejected.Problem.TOO_MANY);
            }
            repository.save(new SavedClientViewEntity(user, checked, query, sortOrder, clock.instant()));
        }
        return list().stream().filter(v -> v.name().equals(checked)).findFirst().orElseThrow();
    }

    /** Deletes one of the user's views; false when the user has no view of that id. */
    @Transactional
    public boolean delete(long id) {
        return repository.deleteByIdAndUserId(id, userId()) == 1;
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
