/**
 * The classification domain (dimensions, classes and their reasons): values other modules show. A named interface of its application module (Spring Modulith): other modules may use these types.
 */
@NamedInterface("classification-domain")
package com.marginportal.classification.domain;

import org.springframework.modulith.NamedInterface;
