package dev.ride.shell.warm;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The backend's side of just enough of protocol 3 for pgjdbc to log in (trust) and run simple
 * and extended queries, every query answered with one row of one int4 column ({@code 1}). It
 * serves the warm-up only: no data, no errors, no COPY. A login whose user is not the one it was
 * made for is refused, so that nobody else on the machine is served in the moment it listens.
 */
final class WarmUpProtocol {

    private static final int SSL_REQUEST = 80877103;
    private static final int GSS_REQUEST = 80877104;
    private static final String[][] PARAMETERS = {
            {"server_version", "15.0"}, {"server_encoding", "UTF8"}, {"client_encoding", "UTF8"},
            {"DateStyle", "ISO, MDY"}, {"integer_datetimes", "on"}, {"standard_conforming_strings", "on"},
            {"TimeZone", "UTC"}, {"IntervalStyle", "postgres"}, {"is_superuser", "on"},
            {"session_authorization", "ride"}, {"application_name", "ride"}};

    private final String user;
    /** What the driver sent and has not been answered yet (a message may come in pieces). */
    private final ByteArrayOutputStream received = new ByteArrayOutputStream();
    private boolean started;
    private boolean refused;

    /** @param user the only user this backend lets in */
    WarmUpProtocol(String user) {
        this.user = user;
    }

    /** Whether a login came with another user: the caller then closes the connection. */
    boolean refused() {
        return refused;
    }

    /** Takes what the driver sent and returns the answers to every message now complete. */
    byte[] answer(byte[] bytes, int length) {
        received.write(bytes, 0, length);
        return answerWhatIsComplete();
    }

    /** Answers every complete message received so far; a partial one waits for the rest. */
    private byte[] answerWhatIsComplete() {
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
                } else if (user.equals(startupUser(bytes, start + 8, start + length))) {
                    started = true;
                    loggedIn(reply);
                } else {
                    refused = true;
                    return new byte[0];
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
        return reply.toByteArray();
    }

    /** The value of {@code user} among a startup message's name/value pairs, or null. */
    private static String startupUser(byte[] bytes, int from, int to) {
        java.util.List<String> fields = new java.util.ArrayList<>();
        int at = from;
        for (int i = from; i < to; i++) {
            if (bytes[i] == 0) {
                fields.add(new String(bytes, at, i - at, StandardCharsets.UTF_8));
                at = i + 1;
            }
        }
        for (int i = 0; i + 1 < fields.size(); i += 2) {
            if (fields.get(i).equals("user")) {
                return fields.get(i + 1);
            }
        }
        return null;
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
