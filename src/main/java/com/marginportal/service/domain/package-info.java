/**
 * Service requests and contact plans as values other modules list. A named interface of its application module (Spring Modulith): other modules may use these types.
 */
@NamedInterface("service-domain")
package com.marginportal.service.domain;

import org.springframework.modulith.NamedInterface;
