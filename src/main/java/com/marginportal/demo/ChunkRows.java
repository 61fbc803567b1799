package com.marginportal.demo;

import java.util.List;

import com.marginportal.demo.Rows.AccountRow;
import com.marginportal.demo.Rows.ClientRow;
import com.marginportal.demo.Rows.ContactRow;
import com.marginportal.demo.Rows.PositionRow;
import com.marginportal.demo.Rows.TradeRow;

/** Everything for one chunk of clients, written together and then dropped. */
record ChunkRows(List<ClientRow> clients, List<AccountRow> accounts,
                 List<PositionRow> positions, List<TradeRow> trades, List<ContactRow> contacts) {
}
