package dev.ride.shell.warm;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketAddress;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A socket whose other end is a PostgreSQL backend in memory that answers every query with one
 * row of one int4 column ({@code 1}): just enough of protocol 3 for pgjdbc to log in (trust) and
 * run simple and extended queries. Nothing listens anywhere; every answer is made, in full, when
 * the driver flushes its message, so the driver always finds it ready to read. It serves the
 * warm-up only: no data, no errors, no COPY.
 */
final class InMemoryBackend extends Socket {

    private static final int SSL_REQUEST = 80877103;
    private static final int GSS_REQUEST = 80877104;
    private static final String[][] PARAMETERS = {
            {"server_version", "15.0"}, {"server_encoding", "UTF8"}, {"client_encoding", "UTF8"},
            {"DateStyle", "ISO, MDY"}, {"integer_datetimes", "on"}, {"standard_conforming_strings", "on"},
            {"TimeZone", "UTC"}, {"IntervalStyle", "postgres"}, {"is_superuser", "on"},
            {"session_authorization", "ride"}, {"application_name", "ride"}};

    /** What the driver sent and the backend has not read yet. */
    private final ByteArrayOutputStream received = new ByteArrayOutputStream();
    /** What the backend answered and the driver has not read yet. */
    private ByteBuffer answers = ByteBuffer.allocate(0);
    private boolean started;
    private boolean closed;

    private final InputStream in = new InputStream() {
        @Override
        public int read() {
            return answers.hasRemaining() ? answers.get() & 0xff : -1;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (!answers.hasRemaining()) {
                return -1;
            }
            int n = Math.min(len, answers.remaining());
            answers.get(b, off, n);
            return n;
        }

        @Override
        public int available() {
            return answers.remaining();
        }
    };

    private final OutputStream out = new OutputStream() {
        @Override
        public void write(int b) {
            received.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) {
            received.write(b, off, len);
        }

        @Override
        public void flush() {
            answerWhatIsComplete();
        }
    };

    @Override
    public void connect(SocketAddress endpoint, int timeout) {
        // nothing to reach: the backend is this object
    }

    @Override
    public boolean isConnected() {
        return true;
    }

    @Override
    public InputStream getInputStream() {
        return in;
    }

    @Override
    public OutputStream getOutputStream() {
        return out;
    }

    @Override
    public void setTcpNoDelay(boolean on) {
    }

    @Override
    public void setKeepAlive(boolean on) {
    }

    @Override
    public void setSoTimeout(int timeout) {
    }

    @Override
    public int getSoTimeout() {
        return 0;
    }

    @Override
    public void setReceiveBufferSize(int size) {
    }

    @Override
    public void setSendBufferSize(int size) {
    }

    @Override
    public void shutdownInput() {
    }

    @Override
    public void shutdownOutput() {
    }

    @Override
    public synchronized void close() {
        closed = true;
    }

    @Override
    public boolean isClosed() {
        return closed;
    }

    /** Answers every complete message received so far; a partial one waits for the rest. */
    private void answerWhatIsComplete() {
        byte[] bytes = received.toByteArray();
        ByteBuffer input = ByteBuffer.wrap(bytes);
        ByteArrayOutputStream reply = new ByteArrayOutputStream();
        while (true) {
            int start = input.position();
            if (!started) {
                if (input.remaining() < 8) {
                    break;
                }
                int length = input.getInt(start);
                if (input.remaining() < length) {
                    break;
                }
                int code = input.getInt(start + 4);
                input.position(start + length);
                if (code == SSL_REQUEST || code == GSS_REQUEST) {
                    reply.write('N');
                } else {
                    started = true;
                    loggedIn(reply);
                }
                continue;
            }
            if (input.remaining() < 5) {
                break;
            }
            byte type = input.get(start);
            int length = input.getInt(start + 1);
            if (input.remaining() < 1 + length) {
                break;
            }
            byte[] body = Arrays.copyOfRange(bytes, start + 5, start + 1 + length);
            input.position(start + 1 + length);
            answer(type, body, reply);
        }
        received.reset();
        received.write(bytes, input.position(), bytes.length - input.position());
        ByteBuffer next = ByteBuffer.allocate(answers.remaining() + reply.size());
        next.put(answers).put(reply.toByteArray()).flip();
        answers = next;
    }

    private static void loggedIn(ByteArrayOutputStream reply) {
        message(reply, 'R', ByteBuffer.allocate(4).putInt(0).array());
        for (String[] p : PARAMETERS) {
            message(reply, 'S', concat(cString(p[0]), cString(p[1])));
        }
        message(reply, 'K', ByteBuffer.allocate(8).putInt(1).putInt(1).array());
        ready(reply);
    }

    private static void answer(byte type, byte[] body, ByteArrayOutputStream reply) {
        switch (type) {
            case 'Q' -> {
                rows(reply);
                ready(reply);
            }
            case 'P' -> message(reply, '1', new byte[0]);
            case 'B' -> message(reply, '2', new byte[0]);
            case 'D' -> {
                if (body.length > 0 && body[0] == 'S') {
                    message(reply, 't', ByteBuffer.allocate(2).putShort((short) 0).array());
                }
                message(reply, 'T', rowDescription());
            }
            case 'E' -> {
                message(reply, 'D', dataRow());
                message(reply, 'C', cString("SELECT 1"));
            }
            case 'C' -> message(reply, '3', new byte[0]);
            case 'S' -> ready(reply);
            default -> {
                // 'H' (flush), 'X' (terminate): nothing to answer
            }
        }
    }

    private static void rows(ByteArrayOutputStream reply) {
        message(reply, 'T', rowDescription());
        message(reply, 'D', dataRow());
        message(reply, 'C', cString("SELECT 1"));
    }

    /** One column named ?column? of type int4 (OID 23), text format. */
    private static byte[] rowDescription() {
        byte[] name = cString("?column?");
        return ByteBuffer.allocate(2 + name.length + 18).putShort((short) 1).put(name)
                .putInt(0).putShort((short) 0).putInt(23).putShort((short) 4).putInt(-1).putShort((short) 0).array();
    }

    private static byte[] dataRow() {
        return ByteBuffer.allocate(7).putShort((short) 1).putInt(1).put((byte) '1').array();
    }

    private static void ready(ByteArrayOutputStream reply) {
        message(reply, 'Z', new byte[] {'I'});
    }

    private static void message(ByteArrayOutputStream reply, char type, byte[] body) {
        reply.write(type);
        reply.writeBytes(ByteBuffer.allocate(4).putInt(4 + body.length).array());
        reply.writeBytes(body);
    }

    private static byte[] cString(String s) {
        return (s + "\0").getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] both = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }
}
