package vn.directivecascade.fault;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Simulated users working at the same time, as many as threads. */
final class Clients implements AutoCloseable {

  private final ExecutorService pool;

  Clients(int threads) {
    pool = Executors.newFixedThreadPool(threads);
  }

  /** Runs all the work concurrently; the results in order, or the first failure rethrown. */
  <T> List<T> all(List<Callable<T>> work) throws Exception {
    List<T> results = new ArrayList<>();
    for (Future<T> future : pool.invokeAll(work)) {
      results.add(future.get());
    }
    return results;
  }

  <T> Future<T> submit(Callable<T> work) {
    return pool.submit(work);
  }

  Future<?> submit(Runnable work) {
    return pool.submit(work);
  }

  @Override
  public void close() {
    pool.shutdownNow();
  }
}
