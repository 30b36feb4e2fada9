package vn.directivecascade.operations;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.query.Query;

/**
 * Engine queries of our own code, in pages: with {@code queryMaxResultsLimit} set, the engine
 * refuses an unbounded {@code list()} whenever a user is signed in, also inside our services.
 */
public final class EngineQueries {

  /** Below the configured queryMaxResultsLimit (2000). */
  static final int PAGE = 1000;

  private EngineQueries() {
  }

  /** Every result of an ordered query, page by page. */
  public static <T> List<T> all(Query<?, T> query) {
    List<T> results = new ArrayList<>();
    for (int first = 0; ; first += PAGE) {
      List<T> page = query.listPage(first, PAGE);
      results.addAll(page);
      if (page.size() < PAGE) {
        return results;
      }
    }
  }
}
