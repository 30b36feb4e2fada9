package vn.directivecascade.rest;

import org.camunda.bpm.spring.boot.starter.rest.CamundaJerseyResourceConfig;
import org.springframework.stereotype.Component;

/** The engine REST API as the starter configures it, plus our mapping of the client's errors (400, 404 and 409 for a lost race). */
@Component
class RestApiConfig extends CamundaJerseyResourceConfig {

  private final ClientErrorMappers clientErrorMappers;

  RestApiConfig(ClientErrorMappers clientErrorMappers) {
    this.clientErrorMappers = clientErrorMappers;
  }

  @Override
  protected void registerAdditionalResources() {
    clientErrorMappers.registerIn(this);
  }
}
