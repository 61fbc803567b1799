/**
 * Risk lines, levels and crossed lines: values the workflow, notices and views state. A named interface of its application module (Spring Modulith): other modules may use these types.
 */
@NamedInterface("risk-domain")
package com.marginportal.risk.domain;

import org.springframework.modulith.NamedInterface;
