package com.marginportal.workflow;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The board's steps at which a person holds a case are exactly the user tasks among its steps in the process file. */
class CaseBoardStepsTest {

    @Test
    void taskStepsAreTheUserTasksOfTheProcess() throws IOException {
        String xml = Files.readString(Path.of("bpmn/margin-breach.bpmn20.xml"), StandardCharsets.UTF_8);
        Set<String> userTasks = new HashSet<>();
        Matcher m = Pattern.compile("<(?:bpmn:)?userTask\\s+id=\"([^\"]+)\"").matcher(xml);
        while (m.find()) {
            userTasks.add(m.group(1));
        }
        assertThat(userTasks).as("the file was read").isNotEmpty();
        Set<String> expected = new HashSet<>(CaseBoard.STEPS);
        expected.retainAll(userTasks);
        assertThat(CaseBoard.TASK_STEPS).containsExactlyInAnyOrderElementsOf(expected);
    }
}
