package org.doorstep.workshop.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The push socket's framing, with frames as Vaadin's server writes them (observed from Chromium). */
class AtmosphereStreamTest {

    private static final String HANDSHAKE = "41|2e539273-f530-4c68-b968-888a2863434e|0|X|";

    @Test
    void the_handshake_gives_the_tracking_id_and_no_client_heartbeat_and_is_no_message() {
        AtmosphereStream stream = new AtmosphereStream();
        assertThat(stream.accept(HANDSHAKE)).isEmpty();
        assertThat(stream.trackingId()).isEqualTo("2e539273-f530-4c68-b968-888a2863434e");
        assertThat(stream.heartbeatMillis()).isZero();
    }

    @Test
    void a_message_split_over_frames_comes_out_whole_once_its_last_part_arrives() {
        AtmosphereStream stream = new AtmosphereStream();
        stream.accept(HANDSHAKE);
        assertThat(stream.accept("13|{\"syncId\"")).isEmpty();
        assertThat(stream.accept(":12}")).containsExactly("{\"syncId\":12}");
    }

    @Test
    void several_messages_in_one_frame_come_out_in_order_and_heartbeats_are_dropped() {
        AtmosphereStream stream = new AtmosphereStream();
        assertThat(stream.accept(HANDSHAKE + "12|{\"syncId\":1}1|X12|{\"syncId\":2}"))
                .containsExactly("{\"syncId\":1}", "{\"syncId\":2}");
    }

    @Test
    void lengths_count_characters_not_bytes_and_a_bar_inside_a_message_is_content() {
        AtmosphereStream stream = new AtmosphereStream();
        stream.accept(HANDSHAKE);
        String message = "{\"text\":\"Step 1 – a|b\"}";
        assertThat(stream.accept(message.length() + "|" + message)).containsExactly(message);
    }

    @Test
    void text_without_a_length_prefix_is_refused() {
        AtmosphereStream stream = new AtmosphereStream();
        stream.accept(HANDSHAKE);
        assertThatThrownBy(() -> stream.accept("{\"syncId\":1}|")).isInstanceOf(IllegalStateException.class);
    }
}
