package org.parity.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener;
import org.camunda.bpm.model.xml.instance.DomElement;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.parity.ParityTest;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * Every bpmn/*.bpmn file: every ${bean}/#{bean.method(...)} expression names a Spring bean of a public
 * class with that public method (Camunda's EL cannot call anything else); every user task names its
 * kind and the read-model listener for create, complete and delete; timers take their durations from
 * the schedule bean; every shape and flow has diagram information, so Camunda Modeler opens it.
 */
@ParityTest
class BpmnModelTest {

    /** What expressions may name that is a process variable, not a bean. */
    static final Set<String> VARIABLES = Set.of(
            "actionId",
            "organisation",
            "underWay",
            "approved",
            "completionProposed",
            "standard",
            "reportYear",
            "sweepDate",
            "execution",
            "task");

    static final Pattern EXPRESSION = Pattern.compile("[$#]\\{([^}]*)}");
    static final Pattern CALL = Pattern.compile("!?\\s*([A-Za-z_]\\w*)(?:\\.(\\w+)\\s*\\(([^)]*)\\))?");

    @Autowired
    ApplicationContext context;

    static Stream<Path> models() throws IOException {
        return Files.list(Path.of("bpmn"))
                .filter(p -> p.toString().endsWith(".bpmn"))
                .sorted();
    }

    @ParameterizedTest
    @MethodSource("models")
    void everyExpressionNamesAPublicMethodOfASpringBean(Path file) throws IOException {
        List<String> expressions = new ArrayList<>();
        collect(Bpmn.readModelFromFile(file.toFile()).getDocument().getRootElement(), expressions);
        assertThat(expressions).isNotEmpty();
        for (String expression : expressions) {
            Matcher m = CALL.matcher(expression.strip());
            assertThat(m.lookingAt()).as(expression).isTrue();
            String name = m.group(1);
            if (VARIABLES.contains(name) && m.group(2) == null) {
                continue;
            }
            assertThat(context.containsBean(name))
                    .as("bean '%s' of %s in %s", name, expression, file)
                    .isTrue();
            Class<?> type = AopUtils.getTargetClass(context.getBean(name));
            assertThat(Modifier.isPublic(type.getModifiers()))
                    .as("%s is public", type)
                    .isTrue();
            if (m.group(2) != null) {
                int args = m.group(3).isBlank() ? 0 : m.group(3).split(",").length;
                assertThat(Arrays.stream(type.getMethods())
                                .filter(x -> x.getName().equals(m.group(2)))
                                .filter(x -> Modifier.isPublic(x.getModifiers()))
                                .map(Method::getParameterCount))
                        .as("public %s.%s with %d arguments", type.getSimpleName(), m.group(2), args)
                        .contains(args);
            }
        }
    }

    @ParameterizedTest
    @MethodSource("models")
    void everyUserTaskNamesItsKindAndTheReadModelListener(Path file) {
        BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
        for (UserTask task : model.getModelElementsByType(UserTask.class)) {
            List<String> kinds = task
                    .getExtensionElements()
                    .getElementsQuery()
                    .filterByType(org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties.class)
                    .singleResult()
                    .getCamundaProperties()
                    .stream()
                    .filter(p -> "kind".equals(p.getCamundaName()))
                    .map(CamundaProperty::getCamundaValue)
                    .toList();
            assertThat(kinds)
                    .as(task.getId())
                    .singleElement()
                    .satisfies(k -> assertThat(TaskKind.valueOf(k)).isNotNull());
            assertThat(task.getExtensionElements()
                            .getElementsQuery()
                            .filterByType(CamundaTaskListener.class)
                            .list())
                    .as(task.getId())
                    .extracting(CamundaTaskListener::getCamundaEvent, CamundaTaskListener::getCamundaDelegateExpression)
                    .containsExactlyInAnyOrder(
                            org.assertj.core.groups.Tuple.tuple("create", "${taskListRecorder}"),
                            org.assertj.core.groups.Tuple.tuple("complete", "${taskListRecorder}"),
                            org.assertj.core.groups.Tuple.tuple("delete", "${taskListRecorder}"));
            assertThat(task.getCamundaAssignee() != null || task.getCamundaCandidateGroups() != null)
                    .as(task.getId())
                    .isTrue();
            assertThat(task.getDocumentations()).as(task.getId()).isNotEmpty();
        }
        assertThat(context.getBean("taskListRecorder")).isInstanceOf(TaskListener.class);
    }

    @ParameterizedTest
    @MethodSource("models")
    void timersTakeTheirDatesFromTheScheduleAndProcessesCarryDocumentationAndHistoryTimeToLive(Path file) {
        BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
        for (TimerEventDefinition timer : model.getModelElementsByType(TimerEventDefinition.class)) {
            String text = timer.getTimeDuration() != null
                    ? timer.getTimeDuration().getTextContent()
                    : timer.getTimeDate() != null
                            ? timer.getTimeDate().getTextContent()
                            : timer.getTimeCycle().getTextContent();
            assertThat(text.strip()).as("timer " + timer.getId()).startsWith("${schedule.");
        }
        for (Process process : model.getModelElementsByType(Process.class)) {
            assertThat(process.getCamundaHistoryTimeToLiveString())
                    .as(process.getId())
                    .isNotBlank();
            assertThat(process.getDocumentations()).as(process.getId()).isNotEmpty();
        }
    }

    @ParameterizedTest
    @MethodSource("models")
    void everyShapeAndFlowHasDiagramInformation(Path file) {
        BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
        Bpmn.validateModel(model);
        Set<String> drawn = new java.util.HashSet<>();
        model.getModelElementsByType(BpmnShape.class)
                .forEach(s -> drawn.add(s.getBpmnElement().getId()));
        model.getModelElementsByType(BpmnEdge.class)
                .forEach(e -> drawn.add(((BaseElement) e.getBpmnElement()).getId()));
        List<String> elements = new ArrayList<>();
        model.getModelElementsByType(FlowNode.class).forEach(n -> elements.add(n.getId()));
        model.getModelElementsByType(SequenceFlow.class).forEach(f -> elements.add(f.getId()));
        assertThat(elements).isNotEmpty();
        assertThat(drawn).containsAll(elements);
    }

    private static void collect(DomElement element, List<String> expressions) {
        for (String attribute :
                List.of("assignee", "candidateGroups", "dueDate", "expression", "delegateExpression", "class")) {
            String value = element.getAttribute("http://camunda.org/schema/1.0/bpmn", attribute);
            if ("class".equals(attribute)) {
                assertThat(value).as("no camunda:class, use expressions").isNull();
            } else if (value != null) {
                Matcher m = EXPRESSION.matcher(value);
                while (m.find()) {
                    expressions.add(m.group(1));
                }
            }
        }
        String local = element.getLocalName();
        if (List.of("conditionExpression", "timeDuration", "timeDate", "timeCycle")
                .contains(local)) {
            Matcher m = EXPRESSION.matcher(element.getTextContent());
            while (m.find()) {
                expressions.add(m.group(1));
            }
        }
        assertThat(local).as("no inline scripts").isNotEqualTo("script");
        element.getChildElements().forEach(child -> collect(child, expressions));
    }
}
