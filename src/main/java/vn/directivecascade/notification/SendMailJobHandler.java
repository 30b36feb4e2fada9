package vn.directivecascade.notification;

import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.jobexecutor.JobHandler;
import org.camunda.bpm.engine.impl.jobexecutor.JobHandlerConfiguration;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.persistence.entity.MessageEntity;
import org.springframework.beans.factory.ObjectProvider;

/**
 * A Camunda job that sends one mail. The job executor runs it only after the transaction that wrote
 * the mail committed, one node at a time, and retries it on failure ({@link MailRetries}); after the
 * last retry it is an incident, and the mail stays queued.
 */
class SendMailJobHandler implements JobHandler<SendMailJobHandler.MailId> {

  static final String TYPE = "directive-cascade-send-mail";

  /** Looked up when a job runs: the sender's beans need the engine this handler is part of. */
  private final ObjectProvider<MailDispatcher> sender;

  SendMailJobHandler(ObjectProvider<MailDispatcher> sender) {
    this.sender = sender;
  }

  /** A job for the mail, created in the current engine command and transaction. */
  static void schedule(CommandContext commandContext, long mailId) {
    MessageEntity job = new MessageEntity();
    job.setJobHandlerType(TYPE);
    job.setJobHandlerConfiguration(new MailId(mailId));
    commandContext.getJobManager().send(job);
  }

  @Override
  public String getType() {
    return TYPE;
  }

  @Override
  public void execute(MailId configuration, ExecutionEntity execution, CommandContext commandContext, String tenantId) {
    sender.getObject().send(configuration.value());
  }

  @Override
  public MailId newConfiguration(String canonicalString) {
    return new MailId(Long.parseLong(canonicalString));
  }

  @Override
  public void onDelete(MailId configuration, JobEntity jobEntity) {
    // the mail row stays: it records what was (or could not be) sent
  }

  record MailId(long value) implements JobHandlerConfiguration {

    @Override
    public String toCanonicalString() {
      return Long.toString(value);
    }
  }
}
