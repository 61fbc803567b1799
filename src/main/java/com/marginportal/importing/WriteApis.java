package com.marginportal.importing;

import java.time.Instant;

import com.marginportal.client.bulk.AccountWrites;
import com.marginportal.client.bulk.ClientWrites;
import com.marginportal.client.bulk.SecurityWrites;
import com.marginportal.calendar.HolidayWrites;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The owning modules' bulk-write APIs as beans; each import takes them with its own time.
 * JdbcClient, not JPA: hands the import the JdbcTemplate for its set-based reads of affected clients.
 */
@Component
record WriteApis(ClientWrites clients, AccountWrites accounts, SecurityWrites securities, HolidayWrites holidays,
                 JdbcTemplate jdbc) {

    Writes at(Instant now) {
        return new Writes(clients, accounts, securities, holidays, jdbc, now);
    }
}
