package com.opsledger.infra.it;

import com.opsledger.infra.cli.ReplayCommand;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** The operators' command line: replay a projection of a running OpsLedger and follow it to the end. */
class ReplayCommandIT extends ApplicationIT {

    @Test
    void canReplayFromTheCommandLineWithAProgressBar() {
        StockFlows.stockItem(api(), "Cli", "pcs", 0);
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        int exit = ReplayCommand.run(new String[]{"replay", "warehouses-postgres", "--url=http://127.0.0.1:" + port,
                "--user=admin"}, new PrintStream(output, true, StandardCharsets.UTF_8), Api.adminPassword());
        String printed = output.toString(StandardCharsets.UTF_8);
        assertThat(exit).as(printed).isZero();
        assertThat(printed).contains("replaying warehouses-postgres", "[##############################] 100.0%",
                "events/s", "ETA", "warehouses-postgres is live again");

        output.reset();
        assertThat(ReplayCommand.run(new String[]{"replay", "no-such", "--url=http://127.0.0.1:" + port,
                "--user=admin"}, new PrintStream(output, true, StandardCharsets.UTF_8), Api.adminPassword()))
                .isEqualTo(1);
        assertThat(output.toString(StandardCharsets.UTF_8)).contains("404");
        output.reset();
        assertThat(ReplayCommand.run(new String[]{"replay", "warehouses-postgres", "--url=http://127.0.0.1:" + port},
                new PrintStream(output, true, StandardCharsets.UTF_8), null)).as("no token").isEqualTo(1);
        assertThat(output.toString(StandardCharsets.UTF_8)).contains("401");
        assertThat(ReplayCommand.run(new String[]{"replay"}, new PrintStream(output))).isEqualTo(2);
    }
}
