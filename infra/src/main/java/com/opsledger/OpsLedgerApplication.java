package com.opsledger;

import com.opsledger.infra.cli.ReplayCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * OpsLedger, both sides in one process by default; {@code opsledger.role=command} or {@code query} runs one side
 * against the shared event store.
 */
@SpringBootApplication(scanBasePackages = "com.opsledger.infra")
public class OpsLedgerApplication {

    public static void main(String[] args) {
        if (ReplayCommand.handles(args)) {
            System.exit(ReplayCommand.run(args, System.out));
        }
        SpringApplication.run(OpsLedgerApplication.class, args);
    }
}
