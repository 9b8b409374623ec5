package io.eventwire;

import java.io.File;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The one deployment of the whole suite (arquillian.xml, extension "suite"): the EAR the build produced, as it
 * is, with the in-container test classes and the test-only beans and servlets added to its WAR (a CDI bean
 * archive, so Arquillian can inject into them).
 */
public final class EventwireDeployment {

    private static final String WAR = "eventwire-web.war";

    /** By name: most are package-private, next to what they test. */
    private static final String[] IN_CONTAINER = {
            "io.eventwire.order.boundary.OrderSagaIT", "io.eventwire.order.boundary.OrderServiceIT",
            "io.eventwire.order.control.OrderStatusesIT", "io.eventwire.events.OrderPlacedVersionsIT",
            "io.eventwire.order.boundary.Redeliverer", "io.eventwire.order.boundary.PlaceThenFail",
            "io.eventwire.eventstore.boundary.EventWriters",
            "io.eventwire.platform.InDoubt", "io.eventwire.platform.HaltingResource"};

    private EventwireDeployment() {
    }

    @Deployment
    public static EnterpriseArchive ear() {
        EnterpriseArchive ear = ShrinkWrap.createFromZipFile(EnterpriseArchive.class,
                new File(System.getProperty("eventwire.ear", "target/eventwire.ear")));
        WebArchive war = ShrinkWrap.create(ZipImporter.class, WAR)
                .importFrom(ear.get(WAR).getAsset().openStream())
                .as(WebArchive.class)
                .addClasses(Eventually.class, StockFixture.class);
        for (String inContainer : IN_CONTAINER) {
            war.addClass(inContainer);
        }
        ear.delete(WAR);
        return ear.addAsModule(war);
    }
}
