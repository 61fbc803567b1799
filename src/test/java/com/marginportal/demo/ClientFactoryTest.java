package com.marginportal.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import com.marginportal.demo.Organisation.Advisor;
import com.marginportal.demo.Rows.ClientRow;

import org.junit.jupiter.api.Test;

class ClientFactoryTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

    /** Advisor user ids 101..120, four per branch as the real ones. */
    static List<Advisor> advisors() {
        return IntStream.rangeClosed(1, Organisation.advisorCount())
                .mapToObj(n -> new Advisor(100 + n, Organisation.branchOfAdvisor(n))).toList();
    }

    private static List<ClientRow> clients(long seed, int count) {
        ClientFactory factory = new ClientFactory(advisors());
        List<ClientRow> rows = new ArrayList<>();
        for (long n = 1; n <= count; n++) {
            rows.add(factory.create(n, TODAY, DemoRandom.forClient(seed, n).split()));
        }
        return rows;
    }

    @Test
    void sameSeedGivesSameClientsAndAnotherSeedOthers() {
        assertThat(clients(20261125, 50)).isEqualTo(clients(20261125, 50));
        assertThat(clients(20261125, 50)).isNotEqualTo(clients(7, 50));
    }

    @Test
    void clientsAreConsistent() {
        List<ClientRow> rows = clients(20261125, 2000);
        assertThat(rows.get(0).id()).isEqualTo(10_000_001L);
        for (ClientRow c : rows) {
            assertThat(ResidentIdNumber.isValid(c.idNumber())).as(c.idNumber()).isTrue();
            assertThat(ResidentIdNumber.birthDate(c.idNumber())).isEqualTo(c.birthDate());
            assertThat(ResidentIdNumber.isMale(c.idNumber())).isEqualTo(c.gender().equals("M"));
            assertThat(Period.between(c.birthDate(), TODAY).getYears()).isBetween(25, 75);
            assertThat(c.phone()).matches("1[3-9]\\d{9}");
            assertThat(c.phoneTail()).isEqualTo(c.phone().substring(7));
            assertThat(c.email()).satisfiesAnyOf(e -> assertThat(e).isNull(),
                    e -> assertThat(e).matches("[a-z._0-9]+@example\\.(com|cn)"));
            assertThat(c.name().length()).isBetween(2, 4);
            assertThat(c.address()).isNotBlank().hasSizeLessThanOrEqualTo(200);
            assertThat(c.tradingSince()).isBefore(c.openedOn().minusMonths(6).plusDays(1));
            assertThat(c.openedOn()).isBefore(TODAY);
            assertThat(c.branchId()).isEqualTo(Organisation.branchOfAdvisor((int) (c.advisorId() - 100)));
        }
        assertThat(rows).extracting(ClientRow::riskTolerance).contains("C3", "C4", "C5");
        long c3OrBelow = rows.stream().filter(c -> c.riskTolerance().compareTo("C3") <= 0).count();
        assertThat(c3OrBelow).isBetween(40L, 200L);
        long english = rows.stream().filter(c -> c.preferredLanguage().equals("en")).count();
        assertThat(english).isBetween(50L, 160L);
        long advisory = rows.stream().filter(ClientRow::advisoryAgreement).count();
        assertThat(advisory).isBetween(600L, 800L);
    }

    @Test
    void everyAdvisorGetsClientsRoundRobin() {
        List<ClientRow> rows = clients(1, 40);
        assertThat(rows).extracting(ClientRow::advisorId).containsAll(
                advisors().stream().map(Advisor::userId).toList());
        assertThat(rows.get(0).branchId()).isEqualTo(1);
        assertThat(rows.get(4).branchId()).isEqualTo(2);
    }
}
