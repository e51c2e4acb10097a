package org.doorstep;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.BindException;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;

/** The guard is in place while the tests run: nothing in this JVM can listen on 8080. */
class PortGuardTest {

    @Test
    void a_server_that_tries_port_8080_during_the_tests_fails() {
        assumeTrue(PortGuard.holding(), "another program had port 8080 when the tests started");
        assertThatThrownBy(() -> {
            try (ServerSocket server = new ServerSocket(PortGuard.GUARDED_PORT)) {
                server.getLocalPort();
            }
        }).isInstanceOf(BindException.class);
    }
}
