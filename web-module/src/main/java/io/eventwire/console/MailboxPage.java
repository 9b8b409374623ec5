package io.eventwire.console;

import io.eventwire.notification.boundary.Notifier;
import io.eventwire.notification.entity.Mail;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/** The dev mailbox: every mail Notification sent, newest first, whether SMTP carried it or not. */
@Named
@ViewScoped
public class MailboxPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Notifier notifier;

    private final PageModel<Mail> page = new PageModel<>(() -> notifier.countMails(), (first, max) -> notifier.newestFirst(first, max),
            mail -> String.valueOf(mail.id()));

    public PageModel<Mail> getPage() {
        return page;
    }
}
