package vn.directivecascade.notification;

import org.camunda.bpm.engine.impl.bpmn.parser.FailedJobRetryConfiguration;
import org.camunda.bpm.engine.impl.cmd.DefaultJobRetryCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.jobexecutor.FailedJobCommandFactory;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.util.ParseUtil;

/**
 * Camunda's retry of a failed job, with the mail jobs' own intervals. The engine applies a
 * failedJobRetryTimeCycle only to jobs of a BPMN activity; any other job would be retried three
 * times at once, which an SMTP server that is down for an hour does not survive.
 */
class MailRetries implements FailedJobCommandFactory {

  private final FailedJobRetryConfiguration intervals;

  MailRetries(String retryIntervals) {
    this.intervals = ParseUtil.parseRetryIntervals(retryIntervals);
  }

  @Override
  public Command<Object> getCommand(String jobId, Throwable exception) {
    return new DefaultJobRetryCmd(jobId, exception) {
      @Override
      public Object execute(CommandContext commandContext) {
        JobEntity job = getJob();
        if (job == null || !SendMailJobHandler.TYPE.equals(job.getJobHandlerType())) {
          return super.execute(commandContext);
        }
        try {
          executeCustomStrategy(commandContext, job, null);
        } catch (Exception e) {
          executeStandardStrategy(commandContext);
        }
        return null;
      }

      @Override
      public FailedJobRetryConfiguration getFailedJobRetryConfiguration(JobEntity job, ActivityImpl activity) {
        return activity == null ? intervals : super.getFailedJobRetryConfiguration(job, activity);
      }
    };
  }
}
