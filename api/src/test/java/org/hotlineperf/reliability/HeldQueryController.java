package org.hotlineperf.reliability;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/**
 * Test-only resolver of {@code Query.heldQuery}: signals that a request has arrived and holds it until the test
 * releases it, so that a test can shut the server down with a request in flight.
 */
@Controller
class HeldQueryController {

    private static volatile CountDownLatch arrived = new CountDownLatch(1);
    private static volatile CountDownLatch released = new CountDownLatch(1);

    static void reset() {
        arrived = new CountDownLatch(1);
        released = new CountDownLatch(1);
    }

    static boolean awaitArrival() throws InterruptedException {
        return arrived.await(60, TimeUnit.SECONDS);
    }

    static void release() {
        released.countDown();
    }

    @QueryMapping
    String heldQuery() throws InterruptedException {
        arrived.countDown();
        return released.await(60, TimeUnit.SECONDS) ? "released" : "timed out";
    }
}
