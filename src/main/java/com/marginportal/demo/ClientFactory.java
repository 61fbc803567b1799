package com.marginportal.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.random.RandomGenerator;

import com.marginportal.demo.ChineseNames.Name;
import com.marginportal.demo.Organisation.Advisor;
import com.marginportal.demo.Regions.District;
import com.marginportal.demo.Rows.ClientRow;

/**
 * Client archive rows. Client number n (1-based) gets id {@value #FIRST_CLIENT_ID} + n − 1 and the
 * n-th advisor round-robin, so every advisor of every branch has clients.
 */
final class ClientFactory {

    static final long FIRST_CLIENT_ID = 10_000_001L;

    /** Margin trading started in China on this day; no credit account is older. */
    private static final LocalDate MARGIN_TRADING_START = LocalDate.of(2010, 3, 31);

    private static final String[] MOBILE_PREFIXES = {"130", "131", "132", "133", "135", "136", "137", "138", "139",
        "150", "151", "152", "153", "155", "156", "158", "159", "166", "177", "180", "181", "182", "183", "185",
        "186", "187", "188", "189", "191", "198", "199"};
    private static final String[] RISK = {"C5", "C4", "C3", "C2"};
    private static final String[] PREFERENCES = {"STABLE", "BALANCED", "GROWTH", "AGGRESSIVE"};
    private static final String[] HORIZONS = {"SHORT", "MEDIUM", "LONG"};

    private final List<Advisor> advisors;

    ClientFactory(List<Advisor> advisors) {
        if (advisors.isEmpty()) {
            throw new IllegalArgumentException("at least one advisor is needed");
        }
        this.advisors = List.copyOf(advisors);
    }

    static long clientId(long clientNumber) {
        return FIRST_CLIENT_ID + clientNumber - 1;
    }

    ClientRow create(long clientNumber, LocalDate today, RandomGenerator r) {
        Advisor advisor = advisors.get((int) ((clientNumber - 1) % advisors.size()));
        long branchId = advisor.branchId();
        boolean male = DemoRandom.chance(r, 0.58);
        Name name = ChineseNames.draw(r, male);
        int age = 25 + r.nextInt(51);
        LocalDate birthDate = today.minusYears(age).minusDays(r.nextInt(365));
        District birthplace = Regions.birthplace(r, branchId);
        // odd sequence for men, even for women (GB 11643)
        int sequence = 2 * (1 + r.nextInt(499)) - (male ? 1 : 0);
        String idNumber = ResidentIdNumber.generate(birthplace.code(), birthDate, sequence);
        String phone = mobile(r);

        String risk = RISK[DemoRandom.weighted(r, 38, 57, 4, 1)];
        String preference = PREFERENCES[risk.equals("C5")
                ? DemoRandom.weighted(r, 5, 25, 40, 30) : DemoRandom.weighted(r, 20, 40, 30, 10)];
        String horizon = HORIZONS[DemoRandom.weighted(r, 25, 45, 30)];

        LocalDate openedOn = latest(today.minusDays(30 + r.nextInt(3650)), birthDate.plusYears(22),
                MARGIN_TRADING_START);
        LocalDate tradingSince = latest(openedOn.minusMonths(6).minusDays(r.nextInt(365 * 12)),
                birthDate.plusYears(18));
        return new ClientRow(clientId(clientNumber), name.chinese(), male ? "M" : "F", birthDate, idNumber, phone,
                email(name, birthDate.getYear(), r), Regions.address(r, branchId), branchId, advisor.userId(), risk,
                preference, horizon, DemoRandom.chance(r, 0.35), DemoRandom.chance(r, 0.05) ? "en" : "zh-CN",
                tradingSince, openedOn, "ACTIVE");
    }

    /** A mainland mobile number 1[3-9]x xxxx xxxx. */
    static String mobile(RandomGenerator r) {
        return MOBILE_PREFIXES[r.nextInt(MOBILE_PREFIXES.length)] + String.format("%08d", r.nextInt(100_000_000));
    }

    /** Reserved example domains only; about 3% have no e-mail on file. */
    private static String email(Name name, int birthYear, RandomGenerator r) {
        if (DemoRandom.chance(r, 0.03)) {
            return null;
        }
        String local = switch (r.nextInt(3)) {
            case 0 -> name.surnamePinyin() + "." + name.givenPinyin();
            case 1 -> name.surnamePinyin() + name.givenPinyin() + String.format("%02d", birthYear % 100);
            default -> name.givenPinyin() + "_" + name.surnamePinyin() + (100 + r.nextInt(900));
        };
        return local + (r.nextBoolean() ? "@example.com" : "@example.cn");
    }

    private static LocalDate latest(LocalDate first, LocalDate... others) {
        LocalDate result = first;
        for (LocalDate d : others) {
            if (d.isAfter(result)) {
                result = d;
            }
        }
        return result;
    }
}
