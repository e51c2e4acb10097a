package org.doorstep;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Every test server must listen on a free port: one on 8080 would clash with a Doorstep started by hand (and did,
 * when a second app instance lost its server.port=0 to application.properties). So for the whole test run this
 * holds 8080 on every address it is free on, and a test server that tries 8080 fails loudly instead of clashing
 * only on some machines. Registered in META-INF/services; says once what it did.
 */
public class PortGuard implements LauncherSessionListener {

    static final int GUARDED_PORT = 8080;

    /** Surefire opens more than one launcher session in a JVM: the guard speaks at the first only. */
    private static boolean announced;
    private static volatile boolean holding;

    private final List<ServerSocket> held = new ArrayList<>();

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        List<String> addresses = new ArrayList<>();
        for (String address : List.of("0.0.0.0", "127.0.0.1")) {
            ServerSocket socket = null;
            try {
                socket = new ServerSocket();
                socket.bind(new InetSocketAddress(InetAddress.getByName(address), GUARDED_PORT));
                held.add(socket);
                addresses.add(address);
            } catch (IOException inUse) {
                // taken already (by us on the wildcard, or by a Doorstep running by hand): a test server fails either way
                close(socket);
            }
        }
        holding = !held.isEmpty();
        if (announced) {
            return;
        }
        announced = true;
        System.out.println(addresses.isEmpty()
                ? "PortGuard: port " + GUARDED_PORT + " is in use by another program; tests must not need it"
                : "PortGuard: holding port " + GUARDED_PORT + " on " + String.join(" and ", addresses)
                        + " for this test run, so a test server that tries it fails (use a free port)");
    }

    /** Whether the guard holds the port now (not when another program had it as the tests started). */
    static boolean holding() {
        return holding;
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        held.forEach(PortGuard::close);
        held.clear();
        holding = false;
    }

    private static void close(ServerSocket socket) {
        if (socket == null) {
            return;
        }
        try {
            socket.close();
        } catch (IOException ignored) {
            // the JVM ends soon after and frees it anyway
        }
    }
}
