/**
 * Trading-behaviour figures of a client (holding periods, turnover, boards): values the client view draws. A named interface of its application module (Spring Modulith): other modules may use these types.
 */
@NamedInterface("classification-behaviour")
package com.marginportal.classification.domain.behaviour;

import org.springframework.modulith.NamedInterface;
