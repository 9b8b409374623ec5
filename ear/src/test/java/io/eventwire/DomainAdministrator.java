package io.eventwire;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * The test domain's administrator "admin", whose password src/bin/eventwire made and keeps in the password file
 * it names with eventwire.admin.passwordfile. Arquillian deploys through the domain's REST interface with it
 * (arquillian.xml reads eventwire.admin.password, set here before the first test class starts, so that the
 * password never appears on a command line); tests that run asadmin pass the file itself.
 */
public class DomainAdministrator implements LauncherSessionListener {

    public static final String USER = "admin";

    public static Path passwordFile() {
        return Path.of(System.getProperty("eventwire.admin.passwordfile", "../.eventwire/test/domain.password"));
    }

    public static String password() {
        Properties entries = new Properties();
        try (Reader file = Files.newBufferedReader(passwordFile())) {
            entries.load(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the domain's password file " + passwordFile(), e);
        }
        return entries.getProperty("AS_ADMIN_PASSWORD");
    }

    /** An asadmin command line that signs in as the administrator, e.g. {@code asadmin("start-domain", name)}. */
    public static List<String> asadmin(String... subcommand) {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("eventwire.payara.home"), "bin", "asadmin").toString(),
                "--interactive=false", "--user", USER, "--passwordfile", passwordFile().toString()));
        command.addAll(List.of(subcommand));
        return command;
    }

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        System.setProperty("eventwire.admin.password", password());
    }
}
