package io.eventwire;

import jakarta.jms.ConnectionFactory;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;

/** A plain Core JMS client of the test broker, from outside the server. */
public final class Broker {

    private Broker() {
    }

    public static String url() {
        return System.getProperty("eventwire.broker.url", "tcp://127.0.0.1:28616");
    }

    /** The port of the broker's one acceptor, which speaks every protocol. */
    public static int port() {
        return java.net.URI.create(url()).getPort();
    }

    public static ConnectionFactory as(String user) {
        return new ActiveMQConnectionFactory(url(), user, user);
    }

    public static ConnectionFactory anonymous() {
        return new ActiveMQConnectionFactory(url());
    }
}
