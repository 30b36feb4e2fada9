package vn.directivecascade.rest;

import org.camunda.bpm.spring.boot.starter.rest.CamundaJerseyResourceConfig;
import org.springframework.stereotype.Component;

/** The engine REST API as the starter configures it, plus our mapping of bad input to 400. */
@Component
class RestApiConfig extends CamundaJerseyResourceConfig {

  @Override
  protected void registerAdditionalResources() {
    register(InvalidSubmissionExceptionMapper.class);
  }
}
