package com.marginportal.risk;

import java.util.HashMap;
import java.util.Map;

import com.marginportal.client.DisplayLines;
import com.marginportal.client.HeldLines;

import org.springframework.stereotype.Component;

/** The client views' lines: {@link EffectiveLines} as the client feature asks for them. */
@Component
class ClientHeldLines implements HeldLines {

    private final EffectiveLines effectiveLines;

    ClientHeldLines(EffectiveLines effectiveLines) {
        this.effectiveLines = effectiveLines;
    }

    @Override
    public Held forClient(long clientId) {
        return held(effectiveLines.forClient(clientId));
    }

    @Override
    public Map<Long, Held> forClients(long[] clientIds) {
        EffectiveLines.Lookup lookup = effectiveLines.lookup(clientIds);
        Map<Long, Held> held = new HashMap<>();
        for (long id : clientIds) {
            held.put(id, held(lookup.forClient(id)));
        }
        return held;
    }

    private static Held held(EffectiveLines.ClientLines c) {
        return new Held(new DisplayLines(c.lines().warning(), c.lines().marginCall(), c.lines().liquidation()),
                c.source(), c.caseId(), c.profileName(), c.profileNameKey());
    }
}
