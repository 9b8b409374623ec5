package io.eventwire.platform;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * Brings the schema up to date at deploy, from the versioned scripts in db/migration. Hibernate never
 * generates schema: Payara skips JPA schema generation when it reloads an app at server start.
 * Bean-managed, so that no JTA transaction is active: Flyway commits each migration itself, which an
 * XA connection enlisted in a global transaction refuses.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class SchemaMigration {

    @Resource(lookup = "jdbc/eventwire")
    DataSource dataSource;

    @PostConstruct
    void migrate() {
        Flyway.configure(SchemaMigration.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load()
                .migrate();
    }
}
