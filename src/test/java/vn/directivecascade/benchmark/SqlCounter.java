package vn.directivecascade.benchmark;

import java.sql.Connection;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
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

  /** With -Dbenchmark.statementProfile=true each scenario also lists its most frequent statements, to find N+1 queries. */
  static final boolean PROFILE = Boolean.getBoolean("benchmark.statementProfile");

  private final LongAdder statements = new LongAdder();
  private final LongAdder transactions = new LongAdder();
  private final Map<String, LongAdder> byStatement = new ConcurrentHashMap<>();

  @Override
  public Object postProcessAfterInitialization(Object bean, String beanName) {
    if (!(bean instanceof DataSource dataSource)) {
      return bean;
    }
    return ProxyDataSourceBuilder.create(dataSource)
        .afterQuery((execution, queries) -> {
          statements.add(queries.size());
          if (PROFILE) {
            queries.forEach(query -> byStatement.computeIfAbsent(query.getQuery(), text -> new LongAdder()).increment());
          }
        })
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

  /** How often each statement ran so far (empty unless {@link #PROFILE}). */
  Map<String, Long> byStatement() {
    Map<String, Long> counts = new HashMap<>();
    byStatement.forEach((statement, count) -> counts.put(statement, count.sum()));
    return counts;
  }

  private static boolean isTransactionEnd(String connectionMethod) {
    return connectionMethod.equals("commit") || connectionMethod.equals("rollback");
  }
}
