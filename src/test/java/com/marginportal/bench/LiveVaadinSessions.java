package com.marginportal.bench;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;

/**
 * The Vaadin sessions the server holds right now, so a benchmark can check how many sessions and UIs are alive
 * when it measures, and end them between its phases. A bean: Vaadin calls it as a service init listener.
 */
class LiveVaadinSessions implements VaadinServiceInitListener {

    private final Set<VaadinSession> sessions = ConcurrentHashMap.newKeySet();

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(e -> sessions.add(e.getSession()));
        event.getSource().addSessionDestroyListener(e -> sessions.remove(e.getSession()));
    }

    int sessions() {
        return sessions.size();
    }

    /** The UIs of all live sessions by the view each shows (its route target's simple class name). */
    Map<String, Integer> uisByView() {
        Map<String, Integer> views = new TreeMap<>();
        for (VaadinSession session : sessions) {
            session.lock();
            try {
                for (UI ui : session.getUIs()) {
                    var chain = ui.getInternals().getActiveRouterTargetsChain();
                    views.merge(chain.isEmpty() ? "(no view)" : chain.get(0).getClass().getSimpleName(), 1, Integer::sum);
                }
            } finally {
                session.unlock();
            }
        }
        return views;
    }

    /** Ends every session as a sign-out or a timeout would (the HTTP session is invalidated). */
    void invalidateAll() {
        for (VaadinSession session : sessions) {
            try {
                if (session.getSession() == null) {
                    sessions.remove(session);
                } else {
                    session.getSession().invalidate();
                }
            } catch (IllegalStateException alreadyInvalid) {
                sessions.remove(session);
            }
        }
    }

    static String describe(Map<String, Integer> views) {
        return views.entrySet().stream().map(e -> e.getValue() + " " + e.getKey())
                .reduce((a, b) -> a + ", " + b).orElse("none");
    }
}
