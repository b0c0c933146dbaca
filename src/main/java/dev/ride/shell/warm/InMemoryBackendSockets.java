package dev.ride.shell.warm;

import java.net.InetAddress;
import java.net.Socket;

import javax.net.SocketFactory;

/** pgjdbc's {@code socketFactory}: each connection it opens is an {@link InMemoryBackend}. Public for the driver's reflection. */
public final class InMemoryBackendSockets extends SocketFactory {

    public InMemoryBackendSockets() {
    }

    @Override
    public Socket createSocket() {
        return new InMemoryBackend();
    }

    @Override
    public Socket createSocket(String host, int port) {
        return new InMemoryBackend();
    }

    @Override
    public Socket createSocket(String host, int port, InetAddress localHost, int localPort) {
        return new InMemoryBackend();
    }

    @Override
    public Socket createSocket(InetAddress host, int port) {
        return new InMemoryBackend();
    }

    @Override
    public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort) {
        return new InMemoryBackend();
    }
}
