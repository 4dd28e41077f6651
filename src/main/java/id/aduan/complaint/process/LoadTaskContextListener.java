package id.aduan.complaint.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Gives a new task the report's content, deadline and history for its form to show. */
@Component
public class LoadTaskContextListener implements TaskListener {

    private final TaskContextRefresher taskContext;

    LoadTaskContextListener(TaskContextRefresher taskContext) {
        this.taskContext = taskContext;
    }

    @Override
    public void notify(DelegateTask task) {
        task.setVariablesLocal(
                taskContext.contextOf(task.getTaskDefinitionKey(), task::getVariable, task.getDueDate()));
    }
}
