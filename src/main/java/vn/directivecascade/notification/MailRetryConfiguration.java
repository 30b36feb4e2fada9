package vn.directivecascade.notification;

import org.camunda.bpm.engine.spring.SpringProcessEngineConfiguration;
import org.camunda.bpm.spring.boot.starter.configuration.impl.DefaultFailedJobConfiguration;
import org.springframework.stereotype.Component;

/** The starter's failed-job configuration (BPMN retry cycles), with the mail jobs' own retries ({@link MailRetries}). */
@Component
class MailRetryConfiguration extends DefaultFailedJobConfiguration {

  private final MailProperties properties;

  MailRetryConfiguration(MailProperties properties) {
    this.properties = properties;
  }

  @Override
  public void preInit(SpringProcessEngineConfiguration configuration) {
    super.preInit(configuration);
    configuration.setFailedJobCommandFactory(new MailRetries(properties.retryIntervals()));
  }
}
