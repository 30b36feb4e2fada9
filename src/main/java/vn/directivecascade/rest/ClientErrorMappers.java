package vn.directivecascade.rest;

import java.util.List;
import org.glassfish.jersey.server.ResourceConfig;
import org.springframework.stereotype.Component;

/**
 * Our mapping of the client's errors (400 with each field named, 404 and 409 for a lost race) for a
 * Jersey application of Camunda's REST resources: the engine REST API for tools and the webapps' own
 * API, which Tasklist's forms submit to. One mapping, so a refusal reads the same on both.
 */
@Component
class ClientErrorMappers {

  private final ClientErrors clientErrors;
  private final LostTaskRace lostTaskRace;

  ClientErrorMappers(ClientErrors clientErrors, LostTaskRace lostTaskRace) {
    this.clientErrors = clientErrors;
    this.lostTaskRace = lostTaskRace;
  }

  void registerIn(ResourceConfig application) {
    List.of(new RestExceptionMapper(clientErrors), new ProcessEngineExceptionMapper(clientErrors),
        new EngineNullPointerMapper(lostTaskRace)).forEach(application::register);
  }
}
