package org.doorstep.base.database;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The embedded mode's SMTP server (GreenMail, in memory), one per JVM on a free port, shared by every Spring
 * context in it like the embedded database, so whichever context's worker sends a mail, it lands here. Tests
 * read what arrived and may stop and start it to play a mail server that is away. Only loaded when GreenMail
 * is on the class path.
 */
public final class EmbeddedMailServer {

    private static @Nullable EmbeddedMailServer instance;
    private static int users;

    private final int port;
    private @Nullable GreenMail greenMail;

    private EmbeddedMailServer(int port) {
        this.port = port;
        start();
    }

    static synchronized EmbeddedMailServer acquire() {
        if (instance == null) {
            instance = new EmbeddedMailServer(freePort());
        }
        users++;
        return instance;
    }

    static synchronized @Nullable EmbeddedMailServer current() {
        return instance;
    }

    static synchronized void release() {
        users--;
        if (users <= 0 && instance != null) {
            instance.stop();
            instance = null;
        }
    }

    public int port() {
        return port;
    }

    /** Starts (again) on the same port, empty. */
    public synchronized void start() {
        if (greenMail == null) {
            greenMail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            greenMail.start();
        }
    }

    /** Stops it: connections are refused until {@link #start()}. */
    public synchronized void stop() {
        if (greenMail != null) {
            greenMail.stop();
            greenMail = null;
        }
    }

    /** Every mail received since it last started. */
    public synchronized List<MimeMessage> received() {
        return greenMail == null ? List.of() : List.of(greenMail.getReceivedMessages());
    }

    /** The mail received for one address (tests use addresses of their own, so others' mail does not count). */
    public List<MimeMessage> receivedBy(String address) {
        return received().stream().filter(message -> addressedTo(message, address)).toList();
    }

    private static boolean addressedTo(MimeMessage message, String address) {
        try {
            Address[] to = message.getAllRecipients();
            return to != null && Arrays.stream(to).anyMatch(a -> a.toString().equalsIgnoreCase(address));
        } catch (MessagingException e) {
            return false;
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("No free port for the embedded SMTP server", e);
        }
    }
}
