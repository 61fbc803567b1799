/**
 * The trading calendar (trading days, deadlines in Asia/Shanghai), used by every feature that counts days. A named interface of its application module (Spring Modulith): other modules may use these types.
 */
@NamedInterface("calendar")
package com.marginportal.risk.calendar;

import org.springframework.modulith.NamedInterface;
