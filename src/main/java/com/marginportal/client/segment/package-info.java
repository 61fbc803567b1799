/**
 * The segments of clients another feature owns (classification's four dimensions and its suitability flag), as the
 * client list asks for them: SQL on the owner's tables ({@code ClientSegmentSql}) and their words
 * ({@code SegmentVocabulary}: names in the list's URL, values, message keys). Client defines these interfaces, the
 * owner implements them, so the client module never depends on it. A named interface of its application module
 * (Spring Modulith): other modules may use these types.
 */
@NamedInterface("client-segments")
package com.marginportal.client.segment;

import org.springframework.modulith.NamedInterface;
