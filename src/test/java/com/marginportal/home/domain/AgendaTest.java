package com.marginportal.home.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AgendaTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final Instant NOW = Instant.parse("2026-12-07T02:00:00Z"); // Monday 10:00 in Shanghai

    @Test
    void dueBeforeNowIsOverdueTheRestOfTheShanghaiDayIsTodayAndAfterMidnightIsLater() {
        assertThat(Urgency.of(NOW.minusSeconds(1), NOW, SHANGHAI)).isEqualTo(Urgency.OVERDUE);
        assertThat(Urgency.of(NOW, NOW, SHANGHAI)).isEqualTo(Urgency.DUE_TODAY);
        assertThat(Urgency.of(Instant.parse("2026-12-07T15:59:59Z"), NOW, SHANGHAI)).isEqualTo(Urgency.DUE_TODAY);
        assertThat(Urgency.of(Instant.parse("2026-12-07T16:00:00Z"), NOW, SHANGHAI)).isEqualTo(Urgency.LATER);
        assertThat(Urgency.of(null, NOW, SHANGHAI)).isEqualTo(Urgency.LATER);
    }

    @Test
    void eachGroupIsSoonestFirstAndABreachTaskLeadsAtTheSameTime() {
        Instant t = NOW.plusSeconds(3600);
        AgendaItem request = item(AgendaItem.Kind.SERVICE_REQUEST, t);
        AgendaItem breach = item(AgendaItem.Kind.BREACH_TASK, t);
        AgendaItem earlier = item(AgendaItem.Kind.CONTACT_PLAN, NOW.plusSeconds(60));
        AgendaItem late = item(AgendaItem.Kind.BREACH_TASK, NOW.minusSeconds(60));

        Map<Urgency, List<AgendaItem>> groups = Agenda.byUrgency(List.of(request, breach, late, earlier), NOW, SHANGHAI);

        assertThat(groups.get(Urgency.OVERDUE)).containsExactly(late);
        assertThat(groups.get(Urgency.DUE_TODAY)).containsExactly(earlier, breach, request);
        assertThat(groups.get(Urgency.LATER)).isEmpty();
    }

    private static AgendaItem item(AgendaItem.Kind kind, Instant due) {
        return new AgendaItem(kind, "t", 1, null, null, BigDecimal.ONE, due, "tasks");
    }
}
