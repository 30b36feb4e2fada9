package vn.directivecascade.operations;

import java.util.Set;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.boot.sql.init.dependency.AbstractBeansOfTypeDependsOnDatabaseInitializationDetector;

/**
 * The engine checks its schema the moment it is built; on PostgreSQL Liquibase creates that schema
 * (Camunda's changelog), so the engine must wait for Liquibase. Spring Boot orders only the beans it
 * knows (JPA, JDBC templates); this adds the engine. Registered in META-INF/spring.factories.
 */
class ProcessEngineDependsOnDatabaseInitialization extends AbstractBeansOfTypeDependsOnDatabaseInitializationDetector {

  @Override
  protected Set<Class<?>> getDependsOnDatabaseInitializationBeanTypes() {
    return Set.of(ProcessEngine.class);
  }
}
