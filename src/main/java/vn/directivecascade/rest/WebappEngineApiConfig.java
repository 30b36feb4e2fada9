package vn.directivecascade.rest;

import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.camunda.bpm.webapp.impl.engine.EngineRestApplication;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.servlet.ServletContainer;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * The webapps' own engine API ({@code /camunda/api/engine}, where Tasklist submits task and start
 * forms) with our mapping of the client's errors, so a refusal reaches the person as the same 400
 * with a Vietnamese message that tools get from {@code /engine-rest}, not as Camunda's 500. Camunda's
 * webapp initializer registers this servlet only when none of its name exists, so ours, registered
 * first, takes its place with the same resources.
 */
@Configuration
class WebappEngineApiConfig {

  /** The servlet name Camunda's webapp initializer gives its engine API. */
  static final String SERVLET_NAME = "Engine Api";

  @Bean
  ServletRegistrationBean<ServletContainer> webappEngineApi(CamundaBpmProperties camunda, ClientErrorMappers clientErrorMappers) {
    ResourceConfig application = ResourceConfig.forApplicationClass(EngineRestApplication.class);
    clientErrorMappers.registerIn(application);
    ServletRegistrationBean<ServletContainer> registration = new ServletRegistrationBean<>(new ServletContainer(application),
        camunda.getWebapp().getApplicationPath() + "/api/engine/*");
    registration.setName(SERVLET_NAME);
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
    return registration;
  }
}
