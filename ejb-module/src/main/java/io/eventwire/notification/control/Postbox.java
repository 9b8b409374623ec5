package io.eventwire.notification.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.Optional;
import java.util.Properties;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Delivers a mail over SMTP when a host is configured (EVENTWIRE_MAIL_SMTP_HOST / _PORT); without one
 * nothing leaves the machine and the mail lives only in the dev mailbox.
 */
@ApplicationScoped
public class Postbox {

    public static final String SMTP = "EMAIL";
    public static final String DEV_MAILBOX = "DEV_MAILBOX";

    @Inject
    @ConfigProperty(name = "eventwire.mail.smtp.host")
    Optional<String> smtpHost;

    @Inject
    @ConfigProperty(name = "eventwire.mail.smtp.port", defaultValue = "25")
    int smtpPort;

    @Inject
    @ConfigProperty(name = "eventwire.mail.from", defaultValue = "orders@eventwire.example")
    String from;

    /**
     * Sends and names the channel used. {@code identity} becomes the mail's Message-ID, the same at every attempt:
     * a mail sent again after its transaction rolled back can be recognised as the same mail by the receiver.
     */
    public String deliver(String recipient, String subject, String body, String identity) {
        if (smtpHost.isEmpty() || smtpHost.get().isBlank()) {
            return DEV_MAILBOX;
        }
        Properties properties = new Properties();
        properties.put("mail.smtp.host", smtpHost.get());
        properties.put("mail.smtp.port", String.valueOf(smtpPort));
        properties.put("mail.smtp.connectiontimeout", "5000");
        properties.put("mail.smtp.timeout", "5000");
        try {
            MimeMessage message = new MimeMessage(Session.getInstance(properties)) {
                @Override
                protected void updateMessageID() throws MessagingException {
                    setHeader("Message-ID", "<" + identity + "@eventwire>");
                }
            };
            message.setFrom(new InternetAddress(from));
            message.setRecipient(Message.RecipientType.TO, new InternetAddress(recipient));
            message.setSubject(subject);
            message.setText(body);
            Transport.send(message);
            return SMTP;
        } catch (MessagingException e) {
            throw new IllegalStateException("cannot mail " + recipient + " through " + smtpHost.get() + ":" + smtpPort, e);
        }
    }
}
