package vn.directivecascade.rest;

import org.camunda.bpm.spring.boot.starter.rest.CamundaJerseyResourceConfig;
import org.springframework.stereotype.Component;

/** The engine REST API as the starter configures it, plus our mapping of the client's errors (400, 409). */
@Component
class RestApiConfig extends CamundaJerseyResourceConfig {

  @Override
  protected void registerAdditionalResources() {
    register(RestExceptionMapper.class);
    register(ProcessEngineExceptionMapper.class);
  }
}
