package com.marginportal.bench;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.ToIntFunction;

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
        return byView(ui -> 1);
    }

    /** The state nodes (one per element, plus the UI's own) of all live UIs by the view each shows. */
    Map<String, Integer> nodesByView() {
        return byView(ui -> {
            int[] nodes = {0};
            ui.getInternals().getStateTree().getRootNode().visitNodeTree(n -> nodes[0]++);
            return nodes[0];
        });
    }

    private Map<String, Integer> byView(ToIntFunction<UI> measure) {
        Map<String, Integer> views = new TreeMap<>();
        for (VaadinSession session : sessions) {
            session.lock();
            try {
                for (UI ui : session.getUIs()) {
                    var chain = ui.getInternals().getActiveRouterTargetsChain();
                    views.merge(chain.isEmpty() ? "(no view)" : chain.get(0).getClass().getSimpleName(),
                            measure.applyAsInt(ui), Integer::sum);
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

    /** "100 ClientListView (310 state nodes each), …" */
    static String describe(Map<String, Integer> uis, Map<String, Integer> nodes) {
        return uis.entrySet().stream().map(e -> e.getValue() + " " + e.getKey() + " ("
                        + nodes.getOrDefault(e.getKey(), 0) / e.getValue() + " state nodes each)")
                .reduce((a, b) -> a + ", " + b).orElse("none");
    }
}
