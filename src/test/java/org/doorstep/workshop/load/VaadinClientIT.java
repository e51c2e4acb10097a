package org.doorstep.workshop.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.doorstep.TestData;
import org.doorstep.TestSignIn;
import org.doorstep.security.DemoAccounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;

/** The headless Vaadin client against the real app over HTTP and websockets, with the test-only push probe. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class VaadinClientIT {

    private static final String PROBE = "test/push-probe";
    private static final Duration FEW_SECONDS = Duration.ofSeconds(5);

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    private final List<VaadinClient> clients = new ArrayList<>();

    @AfterEach
    void closeClients() {
        VaadinClients.closeAll(clients);
    }

    private URI base() {
        return URI.create("http://localhost:" + port + "/");
    }

    private List<VaadinClient> openProbes(int count) {
        List<VaadinClient> opened = VaadinClients.open(base(), "trainee", DemoAccounts.PASSWORD, PROBE, count, 4);
        clients.addAll(opened);
        return opened;
    }

    @Test
    void twenty_signed_in_trainees_all_receive_a_push_within_seconds() {
        int before = PushProbeView.openProbes();
        List<VaadinClient> trainees = openProbes(20);
        assertThat(PushProbeView.openProbes()).isEqualTo(before + 20);
        assertThat(trainees).allSatisfy(client -> assertThat(client.pushConnected()).isTrue());

        long trigger = System.nanoTime();
        assertThat(PushProbeView.pushToAll("Step 2 of the workshop")).isEqualTo(before + 20);
        PushLatency latency = PushLatency.await(trigger, trainees, "Step 2 of the workshop", FEW_SECONDS);

        assertThat(latency.received()).as(latency.toString()).isEqualTo(20);
        assertThat(latency.maxMillis()).as(latency.toString()).isLessThan(FEW_SECONDS.toMillis());
    }

    @Test
    void three_pushes_in_a_row_all_arrive_in_order() {
        List<VaadinClient> trainees = openProbes(3);
        // Quotes and a non-ASCII dash: the server escapes them in JSON and the client must still find the text.
        List<String> steps = List.of("Step 1 – the 72-contacts week", "Step 2 – \"the stranger at the door\"",
                "Step 3 – four criteria");

        for (String step : steps) {
            PushProbeView.pushToAll(step);
            trainees.forEach(client -> client.awaitMessageContaining(step, FEW_SECONDS));
        }

        for (VaadinClient client : trainees) {
            List<PushedMessage> received = client.received();
            List<Integer> positions = steps.stream().map(step -> indexOf(received, step)).toList();
            assertThat(positions).isSorted().doesNotHaveDuplicates();
            List<Integer> syncIds = positions.stream().map(i -> received.get(i).syncId()).toList();
            assertThat(syncIds).isSorted().doesNotHaveDuplicates().allSatisfy(id -> assertThat(id).isPositive());
        }
    }

    @Test
    void a_signed_in_trainee_gets_the_probe_and_a_visitor_gets_the_login_view() {
        VaadinClient trainee = new VaadinClient().signIn(base(), "trainee", DemoAccounts.PASSWORD);
        VaadinClient visitor = new VaadinClient().visit(base());
        clients.addAll(List.of(trainee, visitor));

        assertThat(trainee.open(PROBE)).contains(PushProbeView.READY);
        assertThat(visitor.open(PROBE)).doesNotContain(PushProbeView.READY).contains("vaadin-login-form");
    }

    @Test
    void closing_a_client_detaches_its_ui_on_the_server() throws InterruptedException {
        int before = PushProbeView.openProbes();
        VaadinClient trainee = openProbes(1).getFirst();
        assertThat(PushProbeView.openProbes()).isEqualTo(before + 1);

        trainee.close();

        long deadline = System.nanoTime() + FEW_SECONDS.toNanos();
        while (PushProbeView.openProbes() > before && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(PushProbeView.openProbes()).isEqualTo(before);
        assertThat(trainee.pushConnected()).isFalse();
    }

    @Test
    void a_client_navigating_from_home_to_the_probe_receives_its_pushes() {
        VaadinClient trainee = new VaadinClient().signIn(base(), "trainee", DemoAccounts.PASSWORD);
        clients.add(trainee);
        assertThat(trainee.open("")).doesNotContain(PushProbeView.READY);

        assertThat(trainee.navigate(PROBE)).contains(PushProbeView.READY);
        PushProbeView.pushToAll("After a router-link navigation");

        assertThat(trainee.awaitMessageContaining("After a router-link navigation", FEW_SECONDS).json())
                .contains("After a router-link navigation");
    }

    @Test
    void opening_the_probe_with_a_push_parameter_pushes_to_the_other_probes() {
        List<VaadinClient> trainees = openProbes(2);
        VaadinClient trigger = openProbes(1).getFirst();

        trigger.navigate(PROBE + "?push=Pushed+by+a+client");

        trainees.forEach(client -> client.awaitMessageContaining("Pushed by a client", FEW_SECONDS));
        assertThat(trigger.received()).noneMatch(message -> message.contains("Pushed by a client"));
    }

    @Test
    void a_wrong_password_is_refused_at_sign_in() {
        // A fresh account, so this failure counts against no account another test signs in with.
        String username = TestData.in(context).demoTrainee("push", "Pat Push").username();
        assertThatThrownBy(() -> new VaadinClient().signIn(base(), username, "not the password"))
                .hasMessageContaining("refused");
        assertThat(new VaadinClient().signIn(base(), username, TestSignIn.PASSWORD)).isNotNull();
    }

    private static int indexOf(List<PushedMessage> received, String text) {
        for (int i = 0; i < received.size(); i++) {
            if (received.get(i).contains(text)) {
                return i;
            }
        }
        throw new AssertionError("never received: " + text);
    }
}
