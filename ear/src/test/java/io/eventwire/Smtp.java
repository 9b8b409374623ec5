package io.eventwire;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.List;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * A real SMTP server for the whole test run, in the test JVM: src/bin/eventwire test points the server's
 * mail settings (EVENTWIRE_MAIL_SMTP_HOST/PORT) at it before the run starts.
 */
public class Smtp implements LauncherSessionListener {

    public static final int PORT = Integer.getInteger("eventwire.smtp.port", 28025);

    private static GreenMail server;

    public static GreenMail server() {
        return server;
    }

    /** Every mail received so far with {@code email} among its recipients. */
    public static List<MimeMessage> mailsTo(String email) {
        return Arrays.stream(server.getReceivedMessages()).filter(mail -> {
            try {
                return Arrays.toString(mail.getAllRecipients()).contains(email);
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        server = new GreenMail(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        server.stop();
    }
}
