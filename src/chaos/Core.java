import org.apache.activemq.artemis.api.core.client.ActiveMQClient;
import org.apache.activemq.artemis.api.core.client.ServerLocator;

/** Settings shared by the Core connections of the fault suite: fail fast, never retry behind our back. */
final class Core {

    private Core() {
    }

    static ServerLocator locator(String url) throws Exception {
        return ActiveMQClient.createServerLocator(url)
                .setCallTimeout(10_000)
                .setCallFailoverTimeout(10_000)
                .setInitialConnectAttempts(1)
                .setReconnectAttempts(0)
                .setBlockOnDurableSend(true);
    }

    static void closeQuietly(AutoCloseable... resources) {
        for (AutoCloseable resource : resources) {
            if (resource != null) {
                try {
                    resource.close();
                } catch (Exception ignored) {
                    // Closing after a failure: the connection is gone either way.
                }
            }
        }
    }
}
