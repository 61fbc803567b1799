package com.marginportal.importing;

import java.time.Instant;

import com.marginportal.client.bulk.AccountWrites;
import com.marginportal.client.bulk.ClientWrites;
import com.marginportal.client.bulk.SecurityWrites;
import com.marginportal.calendar.HolidayWrites;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What pass 2 writes through: the owning modules' bulk-write APIs (importing writes no other module's tables
 * itself), inside the import's one transaction; {@code jdbc} for the reads that name the affected clients, and
 * the import's time.
 * JdbcClient, not JPA: {@code jdbc} serves the set-based reads naming the clients an import affects.
 */
record Writes(ClientWrites clients, AccountWrites accounts, SecurityWrites securities, HolidayWrites holidays,
              JdbcTemplate jdbc, Instant now) {
}
