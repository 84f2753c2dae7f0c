package com.cxalign.jira.testing.preview;

import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.rules.TestRule;
import org.junit.runner.Description;
import org.junit.runners.model.Statement;

/**
 * A JUnit rule held open outside JUnit, for sample data that the hand-started preview keeps while it runs (a test
 * database and the services over it): the rule runs on a thread of its own around a statement that waits until
 * {@link #close()}, so that what its {@code before()} opened lives until then, and its {@code after()} releases it.
 * Hand it to {@link PluginPageServer.Builder#closeOnStop}.
 *
 * <pre>
 * HeldOpenRule&lt;Initiatives&gt; open = HeldOpenRule.open(new Initiatives(), "the preview's CX data");
 * server.closeOnStop(open);
 * fill(open.rule());
 * </pre>
 */
public final class HeldOpenRule<T extends TestRule> implements AutoCloseable {

    private final T rule;
    private final String name;
    private final CountDownLatch ready = new CountDownLatch(1);
    private final CountDownLatch done = new CountDownLatch(1);
    private final Thread thread;
    private volatile Throwable failure;

    private HeldOpenRule(T rule, String name) {
        this.rule = Objects.requireNonNull(rule, "rule");
        this.name = name;
        Statement holdOpen = new Statement() {
            @Override
            public void evaluate() throws InterruptedException {
                ready.countDown();
                done.await();
            }
        };
        thread = new Thread(() -> {
            try {
                rule.apply(holdOpen, Description.createSuiteDescription(name)).evaluate();
            } catch (Throwable t) {
                failure = t;
            } finally {
                ready.countDown();
            }
        }, "cx-preview-" + name.replaceAll("\\W+", "-"));
        thread.setDaemon(true);
    }

    /** Runs the rule's set-up and returns once it is done (or fails with the set-up's failure). */
    public static <T extends TestRule> HeldOpenRule<T> open(T rule, String name) {
        HeldOpenRule<T> open = new HeldOpenRule<>(rule, name);
        open.thread.start();
        try {
            if (!open.ready.await(60, TimeUnit.SECONDS)) {
                throw new IllegalStateException(name + " did not open within 60 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while opening " + name, e);
        }
        if (open.failure != null) {
            throw new IllegalStateException(name + " did not open", open.failure);
        }
        return open;
    }

    public T rule() {
        return rule;
    }

    /** Lets the rule's statement end, so that it releases what it opened; waits up to 30 s for that. */
    @Override
    public void close() {
        done.countDown();
        try {
            thread.join(TimeUnit.SECONDS.toMillis(30));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public String toString() {
        return name;
    }
}
