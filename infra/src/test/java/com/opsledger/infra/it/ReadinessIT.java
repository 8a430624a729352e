package com.opsledger.infra.it;

import com.opsledger.OpsLedgerApplication;
import org.junit.jupiter.api.Test;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.annotation.Order;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A fresh installation starting: the web server listens before the start-up work (the seeded roles, the bootstrap
 * admin) is done, and neither the health answer nor the readiness probe says so until it is; once they do, the admin
 * signs in at once.
 */
class ReadinessIT {

    /** A start-up step ahead of the bootstrap admin that takes as long as the test wants. */
    @Order(-1)
    static class SlowStartUp implements ApplicationRunner {

        static final CountDownLatch REACHED = new CountDownLatch(1);
        static final CountDownLatch RELEASED = new CountDownLatch(1);

        @Override
        public void run(ApplicationArguments args) throws InterruptedException {
            REACHED.countDown();
            RELEASED.await(180, TimeUnit.SECONDS);
        }
    }

    @Test
    void canSignInAsAdminAsSoonAsReadinessSaysUp() throws Exception {
        String jdbcUrl = TestServers.freshDatabase("ready_" + Long.toString(System.nanoTime(), 36));
        int port = freePort();
        CompletableFuture<ConfigurableApplicationContext> starting = CompletableFuture.supplyAsync(() ->
                new SpringApplicationBuilder(OpsLedgerApplication.class, SlowStartUp.class).run(
                        "--server.port=" + port,
                        "--spring.datasource.url=" + jdbcUrl,
                        "--spring.datasource.username=" + TestServers.shared().username(),
                        "--spring.datasource.password=" + TestServers.shared().password(),
                        "--spring.elasticsearch.uris=" + TestServers.shared().elasticsearchUri(),
                        "--opsledger.elasticsearch.index-prefix=ready-",
                        "--spring.jmx.enabled=false"));
        try {
            while (!SlowStartUp.REACHED.await(500, TimeUnit.MILLISECONDS)) {
                if (starting.isDone()) {
                    starting.join();
                }
            }
            Api anonymous = Api.anonymous(port);
            Api.Response readiness = anonymous.get("/actuator/health/readiness");
            assertThat(readiness.status()).as("listening, but the start-up work is not done").isEqualTo(503);
            assertThat(readiness.body().path("status").asText()).isEqualTo("OUT_OF_SERVICE");
            assertThat(anonymous.get("/actuator/health").status()).as("the health answer agrees").isEqualTo(503);
            assertThat(anonymous.get("/actuator/health/liveness").status()).as("alive all the same").isEqualTo(200);
            assertThat(anonymous.login(Api.ADMIN, Api.adminPassword(), null).status()).as("no admin yet")
                    .isEqualTo(401);

            SlowStartUp.RELEASED.countDown();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
            while (anonymous.get("/actuator/health/readiness").status() != 200) {
                assertThat(System.nanoTime()).as("ready within 180 s").isLessThan(deadline);
                Thread.sleep(5);
            }
            Api.Response signedIn = anonymous.login(Api.ADMIN, Api.adminPassword(), null);
            assertThat(signedIn.status()).as(signedIn.body().toString()).isEqualTo(200);
            String token = signedIn.body().path("accessToken").asText();
            assertThat(anonymous.withToken(token).get("/api/v1/auth/me").body().path("username").asText())
                    .isEqualTo(Api.ADMIN);
            long healthDeadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
            while (anonymous.get("/actuator/health").status() != 200) {
                assertThat(System.nanoTime()).as("the health answer (reused for 1 s) agrees within 5 s")
                        .isLessThan(healthDeadline);
                Thread.sleep(50);
            }
        } finally {
            SlowStartUp.RELEASED.countDown();
            starting.get(300, TimeUnit.SECONDS).close();
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
