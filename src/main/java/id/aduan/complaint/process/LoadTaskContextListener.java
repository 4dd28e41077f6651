package id.aduan.complaint.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.springframework.stereotype.Component;

/**
 * Gives a new task the report's content, deadline and history that its form shows, and the lists its selects offer
 * ({@link FormChoices}), and nothing else.
 */
@Component
public class LoadTaskContextListener implements TaskListener {

    private final TaskContextRefresher taskContext;
    private final ExecutionSubjects subjects;
    private final FormChoices choices;

    LoadTaskContextListener(TaskContextRefresher taskContext, ExecutionSubjects subjects, FormChoices choices) {
        this.taskContext = taskContext;
        this.subjects = subjects;
        this.choices = choices;
    }

    @Override
    public void notify(DelegateTask task) {
        var form = ((UserTask) task.getBpmnModelElementInstance()).getCamundaFormRef();
        task.setVariablesLocal(taskContext.contextOf(subjects.of(task), task.getDueDate(), form));
        task.setVariablesLocal(choices.of(form));
    }
}
