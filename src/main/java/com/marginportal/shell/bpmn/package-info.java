/**
 * The BPMN diagram component of the workflow views. A named interface of its application module (Spring Modulith): other modules may use these types.
 */
@NamedInterface("bpmn")
package com.marginportal.shell.bpmn;

import org.springframework.modulith.NamedInterface;
