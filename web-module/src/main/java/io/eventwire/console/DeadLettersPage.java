package io.eventwire.console;

import io.eventwire.deadletter.boundary.DeadLetters;
import io.eventwire.deadletter.entity.DeadLetter;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * /console/dead-letters.xhtml: every dead letter beside the failure that killed it; retry and delete, one or
 * the selected ones. Viewers get no buttons; a forged action is refused here and by DeadLetters.
 */
@Named
@ViewScoped
public class DeadLettersPage implements Serializable {

    @Inject
    DeadLetters deadLetters;

    @Inject
    Caller caller;

    private List<DeadLetter> letters;

    private List<DeadLetter> selected = new ArrayList<>();

    public List<DeadLetter> getLetters() {
        if (letters == null) {
            letters = deadLetters.all();
        }
        return letters;
    }

    public void refresh() {
        letters = null;
        selected = new ArrayList<>();
    }

    public void retry(DeadLetter letter) {
        if (caller.mayAct()) {
            report(deadLetters.retry(letter.id()) ? 1 : 0, 1, "sent back to " + letter.originalQueue());
        }
    }

    public void delete(DeadLetter letter) {
        if (caller.mayAct()) {
            report(deadLetters.delete(letter.id()) ? 1 : 0, 1, "deleted");
        }
    }

    public void retrySelected() {
        if (caller.mayAct()) {
            report(deadLetters.retryAll(ids()), selected.size(), "sent back to their queues");
        }
    }

    public void deleteSelected() {
        if (caller.mayAct()) {
            report(deadLetters.deleteAll(ids()), selected.size(), "deleted");
        }
    }

    private List<String> ids() {
        return selected.stream().map(DeadLetter::id).toList();
    }

    private void report(int done, int asked, String what) {
        String text = done + " of " + asked + " " + what + (done < asked ? "; the others were gone already" : "");
        FacesContext.getCurrentInstance().addMessage(null,
                new FacesMessage(done < asked ? FacesMessage.SEVERITY_WARN : FacesMessage.SEVERITY_INFO, text, null));
        refresh();
    }

    public List<DeadLetter> getSelected() {
        return selected;
    }

    public void setSelected(List<DeadLetter> selected) {
        this.selected = selected == null ? new ArrayList<>() : selected;
    }
}
