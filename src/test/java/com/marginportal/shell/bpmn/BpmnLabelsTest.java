package com.marginportal.shell.bpmn;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BpmnLabelsTest {

    @Test
    void namesComeFromTheBundleAndUnknownOnesKeepTheFilesName() throws IOException {
        String xml = Files.readString(Path.of("bpmn/margin-breach.bpmn20.xml"), StandardCharsets.UTF_8);
        Map<String, String> bundle = Map.of("activity.contactClient", "联系客户", "flow.f_notReached", "未联系上");

        String localized = BpmnLabels.localize(xml, key -> Optional.ofNullable(bundle.get(key)));

        assertThat(localized).contains("name=\"联系客户\"").contains("name=\"未联系上\"")
                .doesNotContain("name=\"Contact client\"")
                .contains("name=\"Manager decision\""); // no translation given: the file's own name
        assertThat(localized).contains("bpmndi:BPMNShape"); // the diagram interchange survives
    }

    @Test
    void anUnreadableFileIsPassedOnForTheViewerToReport() {
        assertThat(BpmnLabels.localize("<not-xml", key -> Optional.of("x"))).isEqualTo("<not-xml");
    }
}
