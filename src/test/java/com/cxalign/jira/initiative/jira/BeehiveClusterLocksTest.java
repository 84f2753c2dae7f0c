package com.cxalign.jira.initiative.jira;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.beehive.ClusterLock;
import com.atlassian.beehive.ClusterLockService;

import java.util.concurrent.TimeUnit;

import org.junit.Test;
import org.mockito.InOrder;

/** Work under Jira's cluster lock: taken with a time limit, always released, never skipped silently. */
public class BeehiveClusterLocksTest {

    private final ClusterLockService service = mock(ClusterLockService.class);
    private final ClusterLock lock = mock(ClusterLock.class);
    private final BeehiveClusterLocks locks = new BeehiveClusterLocks(service);

    @Test
    public void theWorkRunsHoldingTheNamedLockWhichIsReleasedAfterwards() throws Exception {
        when(service.getLockForName("cx.schema")).thenReturn(lock);
        when(lock.tryLock(BeehiveClusterLocks.WAIT_SECONDS, TimeUnit.SECONDS)).thenReturn(true);

        assertEquals("done", locks.underLock("cx.schema", () -> "done"));

        InOrder order = inOrder(lock);
        order.verify(lock).tryLock(BeehiveClusterLocks.WAIT_SECONDS, TimeUnit.SECONDS);
        order.verify(lock).unlock();
    }

    @Test
    public void theLockIsReleasedWhenTheWorkFails() throws Exception {
        when(service.getLockForName("cx.schema")).thenReturn(lock);
        when(lock.tryLock(BeehiveClusterLocks.WAIT_SECONDS, TimeUnit.SECONDS)).thenReturn(true);

        assertThrows(IllegalArgumentException.class, () -> locks.underLock("cx.schema", () -> {
            throw new IllegalArgumentException("boom");
        }));
        verify(lock).unlock();
    }

    @Test
    public void aLockHeldTooLongElsewhereIsAnErrorAndTheWorkDoesNotRun() throws Exception {
        when(service.getLockForName("cx.schema")).thenReturn(lock);
        when(lock.tryLock(BeehiveClusterLocks.WAIT_SECONDS, TimeUnit.SECONDS)).thenReturn(false);
        boolean[] ran = {false};

        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> locks.underLock("cx.schema", () -> ran[0] = true));

        assertTrue(e.getMessage(), e.getMessage().contains("cx.schema"));
        assertTrue(!ran[0]);
        verify(lock, never()).unlock();
    }
}
