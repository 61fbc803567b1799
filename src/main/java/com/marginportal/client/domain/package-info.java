/**
 * Client archive values (accounts, holdings, figures) other modules read. A named interface of its application module (Spring Modulith): other modules may use these types.
 */
@NamedInterface("client-domain")
package com.marginportal.client.domain;

import org.springframework.modulith.NamedInterface;
