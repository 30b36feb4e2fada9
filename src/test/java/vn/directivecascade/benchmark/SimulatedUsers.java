package vn.directivecascade.benchmark;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Consumer;
import java.util.function.Function;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;

/**
 * Drafters and approvers working in parallel ({@code -Dbenchmark.clients}, default 4): each completes
 * a task through the engine's public API with the variables its form would send. Counts what they did,
 * for the throughput chart.
 */
final class SimulatedUsers implements AutoCloseable {

  static final int PAGE = 500;
  static final Duration PATIENCE = Duration.ofMinutes(Integer.getInteger("benchmark.patienceMinutes", 60));

  private final ExecutorService pool;
  private final TaskService taskService;
  private final LongAdder completed = new LongAdder();

  SimulatedUsers(ProcessEngine engine, int clients) {
    this.pool = Executors.newFixedThreadPool(clients);
    this.taskService = engine.getTaskService();
  }

  /** Completes every task, in parallel, with its variables. */
  void complete(List<Task> tasks, Function<Task, Map<String, Object>> variables) {
    complete(tasks, variables, task -> () -> { });
  }

  /**
   * Completes every task, in parallel, with its variables; {@code followUp} reads what it needs while
   * the task is open and gives what the same user does once it is completed.
   */
  void complete(List<Task> tasks, Function<Task, Map<String, Object>> variables, Function<Task, Runnable> followUp) {
    run(tasks, task -> {
      Map<String, Object> submitted = variables.apply(task);
      Runnable then = followUp.apply(task);
      taskService.complete(task.getId(), submitted);
      completed.increment();
      then.run();
    });
  }

  /** Runs {@code action} for every item in parallel and waits for all; the first failure fails the run. */
  <T> void run(List<T> items, Consumer<T> action) {
    List<Future<?>> done = new ArrayList<>();
    for (T item : items) {
      done.add(pool.submit(() -> action.accept(item)));
    }
    try {
      for (Future<?> future : done) {
        future.get();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } catch (ExecutionException e) {
      throw new IllegalStateException(e.getCause());
    }
  }

  /**
   * A client call that lost a race with a concurrent one is repeated, as a user would click again.
   * Two messages correlated at once to one waiting receive task lose it as an optimistic-locking
   * conflict or as a subscription that is gone by the time the winner committed.
   */
  static void retryOnConflict(Runnable call) {
    for (int attempt = 1; ; attempt++) {
      try {
        call.run();
        return;
      } catch (ProcessEngineException | NullPointerException e) {
        if (attempt == 20) {
          throw e;
        }
        try {
          Thread.sleep(5L * attempt);
        } catch (InterruptedException interrupted) {
          Thread.currentThread().interrupt();
          throw e;
        }
      }
    }
  }

  /**
   * Waits a moment for the engine's jobs; a step that has not finished after {@code -Dbenchmark.patienceMinutes}
   * (default 60) fails the run instead of hanging it.
   */
  static void waitForJobs(long stepStartedNanos, String step) throws InterruptedException {
    if (System.nanoTime() - stepStartedNanos > PATIENCE.toNanos()) {
      throw new AssertionError(step + " has not finished after " + PATIENCE);
    }
    Thread.sleep(200);
  }

  long completed() {
    return completed.sum();
  }

  @Override
  public void close() {
    pool.shutdown();
  }
}
