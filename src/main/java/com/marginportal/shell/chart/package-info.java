/**
 * The ECharts component and its options: every feature's charts. A named interface of its application module (Spring Modulith): other modules may use these types.
 */
@NamedInterface("chart")
package com.marginportal.shell.chart;

import org.springframework.modulith.NamedInterface;
