package vn.directivecascade.benchmark;

import java.sql.Connection;
import java.util.concurrent.atomic.LongAdder;
import javax.sql.DataSource;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;

/**
 * Counts every SQL statement and every commit or rollback the application sends to the database (the
 * engine, JPA and the benchmark's own reads alike), by wrapping the application's data source.
 */
@TestConfiguration(proxyBeanMethods = false)
class SqlCounter implements BeanPostProcessor {

  private final LongAdder statements = new LongAdder();
  private final LongAdder transactions = new LongAdder();

  @Override
  public Object postProcessAfterInitialization(Object bean, String beanName) {
    if (!(bean instanceof DataSource dataSource)) {
      return bean;
    }
    return ProxyDataSourceBuilder.create(dataSource)
        .afterQuery((execution, queries) -> statements.add(queries.size()))
        .afterMethod(method -> {
          if (method.getTarget() instanceof Connection && isTransactionEnd(method.getMethod().getName())) {
            transactions.increment();
          }
        })
        .build();
  }

  long statements() {
    return statements.sum();
  }

  long transactions() {
    return transactions.sum();
  }

  private static boolean isTransactionEnd(String connectionMethod) {
    return connectionMethod.equals("commit") || connectionMethod.equals("rollback");
  }
}
