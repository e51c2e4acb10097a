package org.doorstep.base.internal;

import org.doorstep.base.Mail;
import org.doorstep.base.Outbox;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;

/** Writes queued mail into {@code mail_outbox}, in the caller's transaction (a new one when there is none). */
@Component
class OutboxQueue implements Outbox {

    private final JdbcClient jdbc;
    private final MailRenderer renderer;
    private final ObjectProvider<JavaMailSender> sender;

    OutboxQueue(JdbcClient jdbc, MailRenderer renderer, ObjectProvider<JavaMailSender> sender) {
        this.jdbc = jdbc;
        this.renderer = renderer;
        this.sender = sender;
    }

    @Override
    public boolean deliveryConfigured() {
        // Spring Boot defines the sender only when spring.mail.host is set, even to nothing (an empty
        // SPRING_MAIL_HOST from a compose file), which configures no server either.
        JavaMailSender mailSender = sender.getIfAvailable();
        return mailSender != null && !(mailSender instanceof JavaMailSenderImpl impl && !StringUtils.hasText(impl.getHost()));
    }

    @Override
    @Transactional(propagation = Propagation.REQUIRED)
    public void queue(Mail mail) {
        MailRenderer.Rendered rendered = renderer.render(mail);
        long id = jdbc.sql("""
                insert into mail_outbox (recipient, recipient_user_id, kind, subject, body_text, body_html)
                values (?, ?, ?, ?, ?, ?) returning id""")
                .param(mail.to()).param(mail.recipientUserId()).param(mail.kind()).param(rendered.subject()).param(rendered.text())
                .param(rendered.html())
                .query(Long.class).single();
        for (Mail.MailAttachment attachment : mail.attachments()) {
            jdbc.sql("insert into mail_attachment (mail_id, file_name, content_type, content) values (?, ?, ?, ?)")
                    .params(id, attachment.fileName(), attachment.contentType(), attachment.content()).update();
        }
    }
}
