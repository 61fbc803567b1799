/**
 * Bulk writes of the client archive (clients, credit accounts, balances, holdings, trades, securities, prices) for
 * a caller that writes many rows in its own transaction — the imports: the archive's tables are written only by
 * the client module. A named interface of its application module (Spring Modulith): other modules may use these
 * types.
 */
@NamedInterface("bulk")
package com.marginportal.client.bulk;

import org.springframework.modulith.NamedInterface;
