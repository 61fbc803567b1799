-- One number that every change of the trading calendar raises in its own transaction (calendar.CalendarStore,
-- calendar.HolidayWrites). A node keeps the calendar it read and reads the holidays again only when this number has
-- moved, so a replacement made on one node is used by the next computation on every node, as before the cache.
-- A change of trading_holiday or trading_calendar_year by hand must raise it too (docs/operations.md).
CREATE TABLE trading_calendar_revision (
    id        INT    NOT NULL PRIMARY KEY,
    revision  BIGINT NOT NULL
);
INSERT INTO trading_calendar_revision (id, revision) VALUES (1, 0);
