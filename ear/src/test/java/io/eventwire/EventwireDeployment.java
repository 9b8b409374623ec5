package io.eventwire;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The EAR the build produced, deployed as it is, with the in-container test classes added to its WAR
 * (a CDI bean archive, so Arquillian can inject into them).
 */
public final class EventwireDeployment {

    private static final String WAR = "eventwire-web.war";

    private EventwireDeployment() {
    }

    public static EnterpriseArchive ear(Class<?>... testClasses) {
        EnterpriseArchive ear = ShrinkWrap.createFromZipFile(EnterpriseArchive.class,
                new File(System.getProperty("eventwire.ear", "target/eventwire.ear")));
        if (testClasses.length == 0) {
            return ear;
        }
        WebArchive war = ShrinkWrap.create(ZipImporter.class, WAR)
                .importFrom(ear.get(WAR).getAsset().openStream())
                .as(WebArchive.class)
                .addClasses(testClasses);
        ear.delete(WAR);
        return ear.addAsModule(war);
    }
}
