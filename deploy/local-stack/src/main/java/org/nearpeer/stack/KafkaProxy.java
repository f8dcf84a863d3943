package org.nearpeer.stack;

import java.io.IOException;

import org.netcrusher.core.reactor.NioReactor;
import org.netcrusher.tcp.TcpCrusher;
import org.netcrusher.tcp.TcpCrusherBuilder;

/**
 * A TCP proxy (NetCrusher) between one service and the broker's proxied listener, so a fault test
 * can cut that service's connection to Kafka — and only that one — and restore it.
 */
final class KafkaProxy implements AutoCloseable {

    private final NioReactor reactor;
    private final TcpCrusher crusher;

    private KafkaProxy(NioReactor reactor, TcpCrusher crusher) {
        this.reactor = reactor;
        this.crusher = crusher;
    }

    /** NetCrusher logs every refused connection with a stack trace; while the link is cut that is the point, not news. */
    private static final java.util.logging.Logger QUIET = java.util.logging.Logger.getLogger("org.netcrusher");

    static KafkaProxy start(int listenPort, int brokerPort) throws IOException {
        QUIET.setLevel(java.util.logging.Level.OFF);
        NioReactor reactor = new NioReactor();
        TcpCrusher crusher = TcpCrusherBuilder.builder().withReactor(reactor).withBindAddress("127.0.0.1", listenPort)
                .withConnectAddress("127.0.0.1", brokerPort).buildAndOpen();
        return new KafkaProxy(reactor, crusher);
    }

    /** Drops every open connection and refuses new ones. */
    void cut() {
        if (crusher.isOpen()) {
            crusher.close();
        }
    }

    void restore() {
        if (!crusher.isOpen()) {
            crusher.open();
        }
    }

    @Override
    public void close() {
        crusher.close();
        reactor.close();
    }
}
