package dev.ride.shell.print;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.postgresql.core.Tuple;

/** A query result's rows as the driver received them; cells are decoded only when printed. */
public final class TupleRows implements ByteRows {

    private final List<Tuple> tuples;
    private Tuple current;

    public TupleRows(List<Tuple> tuples) {
        this.tuples = tuples;
    }

    @Override
    public int size() {
        return tuples.size();
    }

    @Override
    public String cell(int row, int column) {
        byte[] bytes = tuples.get(row).get(column);
        return bytes == null ? null : new String(bytes, StandardCharsets.UTF_8);
    }

    @Override
    public void seek(int row) {
        current = tuples.get(row);
    }

    @Override
    public byte[] bytes(int column) {
        return current.get(column);
    }

    @Override
    public int start(int column) {
        return 0;
    }

    @Override
    public int length(int column) {
        byte[] bytes = current.get(column);
        return bytes == null ? -1 : bytes.length;
    }
}
