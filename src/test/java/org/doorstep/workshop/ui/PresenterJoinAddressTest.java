package org.doorstep.workshop.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import org.doorstep.KaribuTest;
import org.doorstep.base.ui.QrCode;
import org.doorstep.workshop.WorkshopFixture;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/** Behind a load balancer the request's address is not the one people type: the projector shows the public one. */
@TestPropertySource(properties = "doorstep.public-url=https://doorstep.example.com/")
class PresenterJoinAddressTest extends KaribuTest {

    @Test
    void the_presenter_shows_the_configured_public_address_to_join_at_and_its_qr_code_with_the_session_code() {
        WorkshopFixture session = new WorkshopFixture(context);
        signInAs(session.cohort.trainer().username());
        navigate("workshop/" + session.code + "/present");
        PresenterView view = _get(PresenterView.class);
        assertThat(view.joinHint.getText())
                .isEqualTo("Scan the code, or go to https://doorstep.example.com/workshop/join and type");
        assertThat(view.joinCode.getText()).isEqualTo(session.code);
        QrCode qr = _get(view.joinQr, QrCode.class);
        assertThat(qr.getAlt()).hasValue("QR code of the join link https://doorstep.example.com/workshop/join?code=" + session.code);
        assertThat(qr.getSrc()).startsWith("data:image/svg+xml;base64,");
        assertThat(view.fullScreen.getText()).isEqualTo("Full screen");
    }
}
